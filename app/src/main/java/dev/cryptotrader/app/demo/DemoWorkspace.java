package dev.cryptotrader.app.demo;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.CandleFileParser;
import dev.cryptotrader.trading.importing.ImportFormat;
import dev.cryptotrader.trading.importing.OnError;
import dev.cryptotrader.trading.marketdata.Resampler;
import dev.cryptotrader.trading.port.CandleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills an empty database with real market data that a Maven package ships, so the first launch is useful offline:
 * one week of Bitstamp BTC/USD trades (25 Nov - 1 Dec 2013) aggregated to 1m and resampled to every higher
 * timeframe, and two days of Binance.US ETH/USD 5m (13-15 Mar 2023). No network call, ever.
 */
public final class DemoWorkspace {

    public static final String BTC_TRADES = "/bitstamp_trades_from_20131125_usd.csv";
    static final String ETH_5M = "/ETH-USD-PT5M-2023-3-13_2023-3-15.json";

    public static final SeriesKey BTC_1M = new SeriesKey(Exchange.of("bitstamp"), Instrument.of("BTC", "USD"),
            Timeframe.M1);
    public static final SeriesKey ETH_5M_KEY = new SeriesKey(Exchange.of("binanceus"), Instrument.of("ETH", "USD"),
            Timeframe.M5);

    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspace.class);

    private DemoWorkspace() {
    }

    /** Seeds only when the store holds no series at all; returns what it stored ("bitstamp BTC/USD 1m: 9,876 bars"). */
    public static List<String> seedIfEmpty(CandleStore store) {
        if (!store.listSeries().isEmpty()) {
            return List.of();
        }
        List<String> seeded = new ArrayList<>();
        CandleFileParser parser = new CandleFileParser();
        CandleSeries btc = parser.parse("ta4j-examples:" + BTC_TRADES, resource(BTC_TRADES), Timeframe.M1,
                Optional.of(ImportFormat.TRADES_CSV), OnError.FAIL).candles();
        storeWithHigherTimeframes(store, BTC_1M, btc, seeded);
        CandleSeries eth = parser.parse("ta4j-examples:" + ETH_5M, resource(ETH_5M), Timeframe.M5,
                Optional.of(ImportFormat.TA4J_JSON), OnError.FAIL).candles();
        storeWithHigherTimeframes(store, ETH_5M_KEY, eth, seeded);
        LOG.info("demo workspace seeded: {}", seeded);
        return seeded;
    }

    private static void storeWithHigherTimeframes(CandleStore store, SeriesKey base, CandleSeries bars,
                                                  List<String> seeded) {
        store.upsert(base, bars);
        seeded.add(base + ": " + bars.size() + " bars");
        for (Timeframe tf : Timeframe.values()) {
            if (tf == base.timeframe() || !tf.isMultipleOf(base.timeframe())) {
                continue;
            }
            // Partial buckets at either end would be bars that never existed, so only whole ones are stored.
            CandleSeries higher = Resampler.resample(bars, base.timeframe(), tf).completeBuckets();
            if (!higher.isEmpty()) {
                store.upsert(base.withTimeframe(tf), higher);
                seeded.add(base.withTimeframe(tf) + ": " + higher.size() + " bars");
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoWorkspace.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo data " + name
                        + " is missing from the classpath: the org.ta4j:ta4j-examples:0.18 jar should provide it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo data " + name, e);
        }
    }
}
