package dev.cryptotrader.app.ui.chart.projection;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.CandleSeries;

import java.math.BigDecimal;

/** The newest bars on screen back as candles, for the indicators package (which takes a {@link CandleSeries}). */
final class RecentCandles {

    private RecentCandles() {
    }

    /**
     * The last {@code count} bars of {@code c}. The doubles came from exact decimals, and {@code BigDecimal.valueOf}
     * gives back the shortest decimal of each, which is that decimal.
     */
    static CandleSeries of(OhlcvColumns c, int count) {
        int from = Math.max(0, c.size() - count);
        CandleSeries.Builder b = CandleSeries.builder(c.size() - from);
        for (int i = from; i < c.size(); i++) {
            b.add(c.openTime()[i], BigDecimal.valueOf(c.open()[i]), BigDecimal.valueOf(c.high()[i]),
                    BigDecimal.valueOf(c.low()[i]), BigDecimal.valueOf(c.close()[i]),
                    BigDecimal.valueOf(Math.max(0, c.volume()[i])));
        }
        return b.build();
    }
}
