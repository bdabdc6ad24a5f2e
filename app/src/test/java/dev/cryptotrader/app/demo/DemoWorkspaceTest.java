package dev.cryptotrader.app.demo;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.Resampler;
import dev.cryptotrader.trading.port.SeriesInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline demo workspace, from the real data inside org.ta4j:ta4j-examples (no ../shared needed). */
class DemoWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void seedsRealBtcAndEthIntoAnEmptyDatabaseOnce() {
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("demo.db"))) {
            List<String> seeded = DemoWorkspace.seedIfEmpty(store);
            assertThat(seeded).anyMatch(s -> s.startsWith("bitstamp BTC/USD 1m"))
                    .anyMatch(s -> s.startsWith("bitstamp BTC/USD 1h"))
                    .anyMatch(s -> s.startsWith("binanceus ETH/USD 5m: 580 bars"));
            SeriesInfo btc = store.info(DemoWorkspace.BTC_1M).orElseThrow();
            assertThat(Instant.ofEpochMilli(btc.firstOpenTime())).isEqualTo(Instant.parse("2013-11-25T00:00:00Z"));
            assertThat(btc.lastOpenTime()).isGreaterThan(Instant.parse("2013-12-01T00:00:00Z").toEpochMilli());
            assertThat(btc.barCount()).isGreaterThan(5_000);

            List<SeriesInfo> before = store.listSeries();
            assertThat(DemoWorkspace.seedIfEmpty(store)).isEmpty(); // a second launch leaves the data alone
            assertThat(store.listSeries()).isEqualTo(before);
        }
    }

    @Test
    void oneMinuteBarsAreTheTradesAggregatedExactly() throws Exception {
        Map<Long, BigDecimal[]> expected = aggregateTradesByHand();
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("demo.db"))) {
            DemoWorkspace.seedIfEmpty(store);
            CandleSeries minutes = store.readAll(DemoWorkspace.BTC_1M);
            assertThat(minutes.size()).isEqualTo(expected.size());
            int i = 0;
            for (var e : expected.entrySet()) {
                var c = minutes.candle(i++);
                assertThat(c.openTime()).isEqualTo(e.getKey());
                BigDecimal[] ohlcv = e.getValue();
                assertThat(c.open()).isEqualByComparingTo(ohlcv[0]);
                assertThat(c.high()).isEqualByComparingTo(ohlcv[1]);
                assertThat(c.low()).isEqualByComparingTo(ohlcv[2]);
                assertThat(c.close()).isEqualByComparingTo(ohlcv[3]);
                assertThat(c.volume()).isEqualByComparingTo(ohlcv[4]);
            }
            // Higher timeframes are the stored 1m resampled, minus partial buckets.
            CandleSeries hours = store.readAll(DemoWorkspace.BTC_1M.withTimeframe(Timeframe.H1));
            CandleSeries expectedHours = Resampler.resample(minutes, Timeframe.M1, Timeframe.H1).completeBuckets();
            assertThat(hours.sameValues(expectedHours)).isTrue();
        }
    }

    /** Reads the shipped trades file directly and buckets it per minute with BigDecimal arithmetic. */
    private static Map<Long, BigDecimal[]> aggregateTradesByHand() throws Exception {
        Map<Long, BigDecimal[]> minutes = new TreeMap<>();
        try (var in = DemoWorkspace.class.getResourceAsStream(DemoWorkspace.BTC_TRADES);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split(",");
                long minute = Long.parseLong(f[0]) / 60 * 60_000L;
                BigDecimal price = new BigDecimal(f[1]);
                BigDecimal amount = new BigDecimal(f[2]);
                BigDecimal[] b = minutes.get(minute);
                if (b == null) {
                    minutes.put(minute, new BigDecimal[] {price, price, price, price, amount});
                } else {
                    b[1] = b[1].max(price);
                    b[2] = b[2].min(price);
                    b[3] = price;
                    b[4] = b[4].add(amount);
                }
            }
        }
        return minutes;
    }
}
