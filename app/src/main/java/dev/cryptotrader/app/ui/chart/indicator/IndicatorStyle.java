package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.overlay.OverlayContent;
import dev.cryptotrader.charting.overlay.OverlayLegend;
import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorLine;
import dev.cryptotrader.trading.indicators.IndicatorPane;
import dev.cryptotrader.trading.indicators.IndicatorResult;
import dev.cryptotrader.trading.indicators.IndicatorSpec;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How indicator values look on the chart: which palette colour each line gets, what the renderer draws (lines, the
 * Bollinger fill, the MACD histogram, guide levels) and how values read in legends and the readout.
 */
final class IndicatorStyle {

    private IndicatorStyle() {
    }

    /**
     * The palette colour of each line of {@code spec}. Price overlays take the colour of their place among the price
     * overlays (so two SMAs differ); subpane lines have fixed colours: main line blue, second line orange.
     */
    static int[] colours(IndicatorSpec spec, int pricePosition) {
        return switch (spec.kind()) {
            case SMA, EMA -> new int[]{pricePosition};
            case BOLLINGER -> new int[]{pricePosition, pricePosition, pricePosition};
            case RSI -> new int[]{2};
            case MACD -> new int[]{1, 3, 1};
            case STOCHASTIC -> new int[]{1, 3};
            case ATR -> new int[]{5};
        };
    }

    /** Lines, band and histogram of results on the price pane or one subpane; all share the columns' times. */
    static OverlayContent content(OhlcvColumns columns, List<IndicatorResult> results, List<int[]> colours,
                                  List<Double> levels) {
        int size = results.isEmpty() ? 0 : results.getFirst().size();
        if (size > columns.size()) {
            throw new IllegalArgumentException(size + " values for " + columns.size() + " bars");
        }
        List<OverlayContent.Line> lines = new ArrayList<>();
        List<OverlayContent.Band> bands = new ArrayList<>();
        OverlayContent.Histogram histogram = null;
        for (int r = 0; r < results.size(); r++) {
            IndicatorResult result = results.get(r);
            int[] colour = colours.get(r);
            if (result.spec().kind() == IndicatorKind.BOLLINGER) {
                bands.add(new OverlayContent.Band(result.line("upper").values(), result.line("lower").values(),
                        colour[0]));
            }
            for (int i = 0; i < result.lines().size(); i++) {
                IndicatorLine line = result.lines().get(i);
                if (line.name().equals("histogram")) {
                    histogram = new OverlayContent.Histogram(line.values());
                } else {
                    lines.add(new OverlayContent.Line(result.spec().label() + " " + line.name(), line.values(),
                            colour[i]));
                }
            }
        }
        return new OverlayContent(columns.openTime(), size, lines, bands, histogram, levels);
    }

    /**
     * The legend of one indicator at a bar: its label, then each line's value in the line's colour ("MACD 12, 26, 9",
     * "12.30", "10.10", "2.20"); "—" where a value is missing (warm-up, or no such bar).
     */
    static List<OverlayLegend.Item> legend(IndicatorResult result, int[] colours, int bar) {
        List<OverlayLegend.Item> items = new ArrayList<>();
        boolean onPrice = result.spec().pane() == IndicatorPane.PRICE;
        items.add(new OverlayLegend.Item(result.spec().label(), onPrice ? colours[0] : OverlayLegend.TITLE));
        for (int i = 0; i < result.lines().size(); i++) {
            IndicatorLine line = result.lines().get(i);
            double v = bar >= 0 && bar < line.size() ? line.value(bar) : Double.NaN;
            items.add(new OverlayLegend.Item(format(v), colours[i]));
        }
        return items;
    }

    /** Two decimals with grouping from 1 up; four significant digits below (MACD of a cheap coin). */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double abs = Math.abs(v);
        int decimals = abs >= 1 || abs == 0 ? 2 : Math.min(10, 3 - (int) Math.floor(Math.log10(abs)));
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    /** The readout label of one line: "SMA 20", or "MACD 12, 26, 9 signal" for indicators with several lines. */
    static String readoutLabel(IndicatorSpec spec, IndicatorLine line) {
        return spec.kind().lineNames().size() == 1 ? spec.label() : spec.label() + " " + line.name();
    }
}
