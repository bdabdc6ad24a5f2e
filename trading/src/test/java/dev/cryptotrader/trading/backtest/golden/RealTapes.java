package dev.cryptotrader.trading.backtest.golden;

import dev.cryptotrader.trading.SharedData;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.CandleFileParser;
import dev.cryptotrader.trading.importing.OnError;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real series from ../shared/data (surefire passes -Dshared.dir) for the golden backtests and the ta4j cross-check,
 * read by the project's own parser as the other real-data tests read them. A missing file skips the test and says
 * why.
 */
public enum RealTapes {
    COINBASE_BTC_USD_4H("coinbase-btc-usd-4h", "data/coinbase_BTC-USD_4h.csv", Timeframe.H4, "coinbase BTC-USD 4h"),
    TRADINGVIEW_BTC_USD_1D("tradingview-btc-usd-1d", "data/tradingview_INDEX-BTCUSD_1d.csv", Timeframe.D1,
            "tradingview INDEX:BTCUSD 1d"),
    /** The demo workspace's series (the ta4j-examples file), 5-minute bars over two days. */
    DEMO_ETH_USD_5M("demo-eth-usd-5m", "data/Binance-ETH-USD-PT5M-20230313_20230315.json", Timeframe.M5,
            "demo ETH-USD 5m");

    private static final Map<RealTapes, BarTape> LOADED = new ConcurrentHashMap<>();

    private final String id;
    private final String file;
    private final Timeframe timeframe;
    private final String label;

    RealTapes(String id, String file, Timeframe timeframe, String label) {
        this.id = id;
        this.file = file;
        this.timeframe = timeframe;
        this.label = label;
    }

    /** Short name used in golden file names. */
    public String id() {
        return id;
    }

    public BarTape tape() {
        return LOADED.computeIfAbsent(this, t -> {
            var candles = new CandleFileParser().parse(sharedFile(t.file), t.timeframe, Optional.empty(),
                    OnError.FAIL).candles();
            return BarTape.of(t.label, t.timeframe.millis(), candles);
        });
    }

    private static Path sharedFile(String relative) {
        return SharedData.file(relative);
    }
}
