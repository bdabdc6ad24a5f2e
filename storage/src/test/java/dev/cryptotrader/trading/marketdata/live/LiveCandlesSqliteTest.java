package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;
import dev.cryptotrader.trading.venue.stream.StreamSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole live path of each venue into real SQLite: the real feed and REST adapter against a fake venue that streams,
 * drops the connection mid-stream and serves the missed bars over REST. Afterwards the stored series must be exactly
 * the source: no gap, no bar twice, no forming values. It lives in storage/ because trading/ cannot see SQLite.
 */
class LiveCandlesSqliteTest {

    private static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    private static final long MINUTE = 60_000L;

    @TempDir
    Path dir;

    private static Candle bar(int i) {
        BigDecimal open = new BigDecimal("42000.5").add(BigDecimal.valueOf(3L * i));
        return new Candle(T0 + i * MINUTE, open, open.add(new BigDecimal("12.25")),
                open.subtract(new BigDecimal("8.125")), open.add(new BigDecimal("1.5")),
                new BigDecimal("1.2345678").add(BigDecimal.valueOf(i)));
    }

    private static Candle partial(Candle c) {
        return new Candle(c.openTime(), c.open(), c.high(), c.low(), c.open(), new BigDecimal("0.5"));
    }

    private static List<Candle> bars(int from, int to) {
        List<Candle> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(bar(i));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(ScriptedVenue.Kind.class)
    void aDropMidStreamLeavesTheStoredSeriesEqualToTheSource(ScriptedVenue.Kind kind) throws Exception {
        AtomicLong now = new AtomicLong(T0 + 10 * MINUTE + 30_000); // minute 10 is forming
        Clock clock = now::get;
        SeriesKey key = new SeriesKey(kind.exchange, kind.instrument, Timeframe.M1);
        List<Candle> closed = new CopyOnWriteArrayList<>();
        List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();

        try (ScriptedVenue venue = new ScriptedVenue(kind, bars(0, 40));
             SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("live.db"));
             SqliteCoverageLedger ledger = SqliteCoverageLedger.open(dir.resolve("live.db"))) {
            store.upsert(key, CandleSeries.of(bars(0, 5)));
            venue.script(kind.frames(bars(10, 12), bar(12), LiveCandlesSqliteTest::partial));
            venue.script(kind.frames(bars(20, 21), bar(21), LiveCandlesSqliteTest::partial));
            VenueConfig config = VenueConfig.defaults().withRestBaseUrl(venue.restRoot()).withClock(clock)
                    .withWsBaseUrl(kind == ScriptedVenue.Kind.KUCOIN ? null : venue.wsRoot() + kind.wsPath);
            StreamSettings settings = StreamSettings.defaults()
                    .withReconnect(new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 0.2));
            LiveCandleService service = new LiveCandleService(Venues.liveFeed(kind.exchange, config, settings),
                    Venues.marketData(kind.exchange, config), store, ledger, clock, Backoff.defaults());

            try (Subscription ignored = service.start(key, listener(closed, statuses))) {
                ScriptedVenue.Connection first = venue.nextConnection();
                await(() -> closed.size() == 2, closed, statuses); // minutes 10 and 11 closed on the stream
                now.set(T0 + 20 * MINUTE + 30_000); // ten minutes pass while the connection is down
                first.drop();
                venue.nextConnection();
                await(() -> closed.size() == 11, closed, statuses); // 12..19 from REST, 20 from the stream
            }

            assertThat(strings(store.readAll(key).toCandles())).isEqualTo(strings(bars(0, 21)));
            assertThat(closed).extracting(Candle::openTime)
                    .isEqualTo(bars(10, 21).stream().map(Candle::openTime).toList());
        }
    }

    private static LiveCandleListener listener(List<Candle> closed, List<ConnectionStatus> statuses) {
        return new LiveCandleListener() {
            @Override
            public void onForming(Candle candle) {
            }

            @Override
            public void onClosed(Candle candle) {
                closed.add(candle);
            }

            @Override
            public void onStatus(ConnectionStatus status) {
                statuses.add(status);
            }
        };
    }

    private static void await(BooleanSupplier condition, List<Candle> closed, List<ConnectionStatus> statuses)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; closed " + closed.stream().map(Candle::openTime).toList()
                        + ", statuses " + statuses);
            }
            Thread.sleep(5);
        }
    }

    /** Bars compared by value: SQLite hands decimals back at the series' common scale. */
    private static List<String> strings(List<Candle> candles) {
        return candles.stream().map(c -> c.openTime() + " " + c.open().stripTrailingZeros().toPlainString() + " "
                + c.high().stripTrailingZeros().toPlainString() + " " + c.low().stripTrailingZeros().toPlainString()
                + " " + c.close().stripTrailingZeros().toPlainString() + " "
                + c.volume().stripTrailingZeros().toPlainString()).toList();
    }
}
