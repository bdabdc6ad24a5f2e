package dev.cryptotrader.app.ui.main;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.SeriesInfo;

import java.util.List;

/**
 * What the main window shows first, read before it opens: the stored series and the latest bars of the richest one
 * (the series {@link MainViewModel#start()} would open).
 */
public record FirstView(List<SeriesInfo> series, SeriesKey richest, OhlcvColumns latest) {

    public FirstView {
        series = List.copyOf(series);
    }
}
