package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.port.SeriesInfo;

/**
 * Bars of one series ready to draw. {@code complete} is false while only the latest bars are loaded (the first paint)
 * and true once the whole series is.
 */
public record ChartData(SeriesInfo series, OhlcvColumns columns, boolean complete) {

    public String label() {
        return series.key().instrument().symbol() + " · " + series.key().timeframe().label() + " · "
                + series.key().exchange().id();
    }
}
