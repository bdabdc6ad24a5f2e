package dev.cryptotrader.charting;

import io.fair_acc.chartfx.axes.spi.format.AbstractFormatter;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Price tick labels with as many decimals as the tick step needs and no more: {@code 1,185} for steps of 5,
 * {@code 0.0425} for steps of 0.0005. Never scientific notation.
 */
final class PriceFormatter extends AbstractFormatter {

    private DecimalFormat format = formatWithDecimals(2);

    @Override
    public void updateFormatter(DoubleArrayList newMajorTickMarks, double unitScaling) {
        super.updateFormatter(newMajorTickMarks, unitScaling);
        double step = newMajorTickMarks.size() > 1
                ? Math.abs(newMajorTickMarks.getDouble(1) - newMajorTickMarks.getDouble(0)) / unitScaling : 1;
        format = formatWithDecimals(decimalsFor(step));
    }

    /** Decimals needed to tell ticks {@code step} apart: 0 for 5 or 10, 1 for 2.5, 4 for 0.0005. */
    static int decimalsFor(double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            return 2;
        }
        for (int d = 0; d < 10; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 10;
    }

    static DecimalFormat formatWithDecimals(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f;
    }

    @Override
    public String toString(Number value) {
        return format.format(value.doubleValue());
    }

    @Override
    public Number fromString(String string) {
        return null;
    }

    @Override
    protected void rangeUpdated() {
        // Decimals are chosen in updateFormatter from the tick step.
    }
}
