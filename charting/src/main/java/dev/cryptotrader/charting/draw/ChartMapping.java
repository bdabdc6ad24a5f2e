package dev.cryptotrader.charting.draw;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;

/**
 * Between plot pixels and chart points (time in epoch ms, price) on a {@link CandleChart}. Times snap to bar slots:
 * the open time of the nearest bar, and past either end of the data the slots continue at the bar spacing, so a line
 * can reach into the future. With the magnet on, a price snaps to the nearest of that bar's open, high, low and close.
 */
final class ChartMapping {

    private final CandleChart chart;

    ChartMapping(CandleChart chart) {
        this.chart = chart;
    }

    double x(long timeMillis) {
        return chart.timeAxis().getDisplayPosition(timeMillis / 1000.0);
    }

    double y(double price) {
        return chart.priceAxis().getDisplayPosition(price);
    }

    double width() {
        return chart.xyChart().getCanvas().getWidth();
    }

    double height() {
        return chart.xyChart().getCanvas().getHeight();
    }

    double priceAt(double y) {
        return chart.priceAxis().getValueForDisplay(y);
    }

    /** The point under plot pixel (x, y): time snapped to the nearest bar slot, price to OHLC when {@code magnet}. */
    ShapePoint pointAt(double x, double y, boolean magnet) {
        long raw = Math.round(chart.timeAxis().getValueForDisplay(x) * 1000);
        int slot = nearestSlot(raw);
        long time = hasBars() ? slotTime(slot) : raw;
        double price = priceAt(y);
        return new ShapePoint(Math.max(0, time), magnet ? snapPrice(slot, price) : price);
    }

    int barCount() {
        return chart.columns().size();
    }

    boolean hasBars() {
        return !chart.columns().isEmpty();
    }

    /** The slot of the bar nearest to {@code timeMillis}; below 0 or at/after size() beyond the data. */
    int nearestSlot(long timeMillis) {
        OhlcvColumns c = chart.columns();
        int n = c.size();
        if (n == 0) {
            return 0;
        }
        long step = Math.max(1, chart.barMillis());
        long first = c.openTime()[0];
        long last = c.openTime()[n - 1];
        if (timeMillis <= first) {
            return (int) Math.max(-1_000_000, Math.round((double) (timeMillis - first) / step));
        }
        if (timeMillis >= last) {
            return n - 1 + (int) Math.min(1_000_000, Math.round((double) (timeMillis - last) / step));
        }
        int i = c.indexAtOrAfter(timeMillis);
        return timeMillis - c.openTime()[i - 1] < c.openTime()[i] - timeMillis ? i - 1 : i;
    }

    /** Open time of {@code slot}; slots past either end continue at the bar spacing. */
    long slotTime(int slot) {
        OhlcvColumns c = chart.columns();
        int n = c.size();
        long step = Math.max(1, chart.barMillis());
        if (slot < 0) {
            return c.openTime()[0] + slot * step;
        }
        if (slot >= n) {
            return c.openTime()[n - 1] + (slot - n + 1) * step;
        }
        return c.openTime()[slot];
    }

    /** The nearest of the bar's open, high, low and close; {@code price} itself for a slot without a bar. */
    double snapPrice(int slot, double price) {
        OhlcvColumns c = chart.columns();
        if (slot < 0 || slot >= c.size()) {
            return price;
        }
        double best = c.open()[slot];
        for (double p : new double[]{c.high()[slot], c.low()[slot], c.close()[slot]}) {
            if (Math.abs(p - price) < Math.abs(best - price)) {
                best = p;
            }
        }
        return best;
    }

    /** The bar's open, low, close and high in ascending order (for stepping through them by keyboard). */
    double[] levels(int slot) {
        OhlcvColumns c = chart.columns();
        double[] levels = {c.open()[slot], c.high()[slot], c.low()[slot], c.close()[slot]};
        java.util.Arrays.sort(levels);
        return levels;
    }

    /** The newest bar in view, or the newest bar when none is; -1 without bars. */
    int lastVisibleSlot() {
        OhlcvColumns c = chart.columns();
        if (c.isEmpty()) {
            return -1;
        }
        int last = chart.visibleRange().lastBar();
        return last >= 0 && last < c.size() ? last : c.size() - 1;
    }

    /** Open time of the bar on screen that contains {@code timeMillis} (a finer timeframe's bar), else the time. */
    long containingBarTime(long timeMillis) {
        OhlcvColumns c = chart.columns();
        int i = c.indexAtOrAfter(timeMillis + 1) - 1;
        if (i < 0 || timeMillis - c.openTime()[i] >= Math.max(1, chart.barMillis())) {
            return timeMillis;
        }
        return c.openTime()[i];
    }

    double close(int slot) {
        return chart.columns().close()[slot];
    }

    /** A keyboard step in price: one hundredth of the visible price range. */
    double priceStep() {
        double range = chart.priceAxis().getMax() - chart.priceAxis().getMin();
        return range > 0 ? range / 100 : 1;
    }
}
