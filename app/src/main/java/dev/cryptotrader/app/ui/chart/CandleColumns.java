package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.CandleSeries;

/** Turns exact stored candles into the plain doubles a chart draws. */
public final class CandleColumns {

    private CandleColumns() {
    }

    public static OhlcvColumns of(CandleSeries s) {
        int n = s.size();
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = s.openTime(i);
            open[i] = s.open(i);
            high[i] = s.high(i);
            low[i] = s.low(i);
            close[i] = s.close(i);
            volume[i] = s.volume(i);
        }
        return new OhlcvColumns(time, open, high, low, close, volume);
    }
}
