package dev.cryptotrader.charting;

/**
 * Something drawn on the price pane whose values the price axis should fit along with the candles (Bollinger Bands
 * outside the bars' range, say). Called on the JavaFX thread whenever the chart fits its price axis.
 */
@FunctionalInterface
public interface PriceRange {

    /**
     * Widens {@code lowHigh} ({@code [low, high]}) by the values drawn for bars opening from {@code fromMillis} to
     * {@code toMillis} inclusive; NaN values (an indicator's warm-up) are skipped.
     */
    void widen(long fromMillis, long toMillis, double[] lowHigh);
}
