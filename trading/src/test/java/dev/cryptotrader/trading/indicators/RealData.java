package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.SharedData;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.CandleFileParser;
import dev.cryptotrader.trading.importing.OnError;

import java.nio.file.Path;
import java.util.Optional;

/** Real candles from ../shared/data (surefire passes -Dshared.dir); tests skip, saying why, when it is absent. */
final class RealData {

    private static CandleSeries coinbase4h;

    private RealData() {
    }

    /** Coinbase BTC-USD 4h, 2016-05-18 onwards (~20,700 bars), read by the project's own parser. */
    static synchronized CandleSeries coinbaseBtcUsd4h() {
        if (coinbase4h == null) {
            Path file = sharedFile("data/coinbase_BTC-USD_4h.csv");
            coinbase4h = new CandleFileParser().parse(file, Timeframe.H4, Optional.empty(), OnError.FAIL).candles();
        }
        return coinbase4h;
    }

    private static Path sharedFile(String relative) {
        return SharedData.file(relative);
    }
}
