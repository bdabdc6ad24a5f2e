package dev.cryptotrader.charting.equity;

import io.fair_acc.chartfx.axes.spi.format.AbstractFormatter;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Value-axis labels with thousands separators and as many decimals as the tick step needs ({@code 12,500},
 * {@code 0.25}), never scientific notation, with an optional suffix ({@code -10%}).
 */
final class AxisNumbers extends AbstractFormatter {

    private final String suffix;
    private DecimalFormat format = withDecimals(0);

    AxisNumbers(String suffix) {
        this.suffix = suffix;
    }

    @Override
    public void updateFormatter(DoubleArrayList ticks, double unitScaling) {
        super.updateFormatter(ticks, unitScaling);
        double step = ticks.size() > 1 ? Math.abs(ticks.getDouble(1) - ticks.getDouble(0)) / unitScaling : 1;
        format = withDecimals(decimalsFor(step));
    }

    /** Decimals that tell ticks {@code step} apart: 0 for 2,500, 1 for 0.5, 2 for 0.25. */
    static int decimalsFor(double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            return 2;
        }
        for (int d = 0; d < 8; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 8;
    }

    private static DecimalFormat withDecimals(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f;
    }

    @Override
    public String toString(Number value) {
        double v = value.doubleValue();
        return format.format(v == 0 ? 0 : v) + suffix; // no "-0"
    }

    @Override
    public Number fromString(String string) {
        return null;
    }

    @Override
    protected void rangeUpdated() {
        // decimals are chosen in updateFormatter from the tick step
    }
}
