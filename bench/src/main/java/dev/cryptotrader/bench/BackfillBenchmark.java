package dev.cryptotrader.bench;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.backfill.Backfill;
import dev.cryptotrader.trading.marketdata.backfill.BackfillListener;
import dev.cryptotrader.trading.marketdata.backfill.BackfillResult;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;
import mockwebserver3.MockWebServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Backfilling one-minute bars from a local fake venue, end to end: the real {@link Backfill} engine with the venue's
 * real REST adapter ({@link Venues#marketData}: OkHttp, rate-limit budget, JSON parsing, page checks) into a new
 * {@link SqliteCandleStore} file with a {@link SqliteCoverageLedger} on the same file, wired like the CLI's
 * {@code backfill} command. The fake server ({@link FakeKlineVenue}, an OkHttp {@link MockWebServer}) serves pages
 * pre-rendered in the trial setup in the venue's recorded shape, so JSON generation is not timed; it runs in the same
 * JVM and shares the two cores with the client.
 *
 * <p>Single shot per invocation; each invocation gets a fresh adapter (so its client-side rate-limit budget is a fresh,
 * real one, never disabled) and a fresh database file. Bars per run: Binance 1,000,000 (1,000 pages); KuCoin 999,000
 * (666 pages: a full million would need 2,001 weight of the 2,000 / 30 s pool and wait for the next window); Bitfinex
 * 300,000 (30 pages: its candles budget is 30 requests / min). Candles/s = bars / (ms/op / 1000).
 *
 * <ul>
 * <li>{@code backfill}: the end-to-end path the goal is about (≥ 200k candles/s).</li>
 * <li>{@code fetchOnly}: baseline, the same pages through the adapter (HTTP, JSON parse, page checks) without storing.</li>
 * <li>{@code storeOnly}: baseline, the same bars already as per-page {@code CandleSeries}, upserted page by page like
 *     the backfill does (one transaction each).</li>
 * </ul>
 * Every method throws unless the store (or the fetched pages) really holds every bar, so a broken run cannot report a
 * fast number.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx3g"})
public class BackfillBenchmark {

    @State(Scope.Benchmark)
    public static class Venue {
        @Param({"binance", "kucoin", "bitfinex"})
        public String venue;

        FakeKlineVenue fake;
        MockWebServer server;
        SeriesKey key;
        TimeRange range;
        int bars;
        CandleSeries[] pages;

        @Setup(Level.Trial)
        public void start() throws IOException {
            fake = new FakeKlineVenue(FakeKlineVenue.Spec.of(venue), 42);
            key = fake.spec.key();
            range = fake.spec.range();
            bars = fake.spec.bars;
            pages = new CandleSeries[fake.spec.pages()];
            for (int p = 0; p < pages.length; p++) {
                pages[p] = fake.page(p);
            }
            server = fake.start();
            System.out.printf("%n%s: %,d bars in %d pages of %,d, %,d bytes of JSON pre-rendered%n", venue, bars,
                    fake.spec.pages(), fake.spec.pageBars, fake.renderedBytes());
        }

        @TearDown(Level.Trial)
        public void stop() {
            server.close();
        }

        /** Every bar is stored, none twice, from the first to the last minute. */
        void requireStored(SqliteCandleStore store) {
            SeriesInfo info = store.info(key).orElseThrow(() -> new IllegalStateException("nothing stored for " + key));
            if (info.barCount() != bars || info.firstOpenTime() != range.from()
                    || info.lastOpenTime() != range.to() - FakeKlineVenue.MINUTE) {
                throw new IllegalStateException("expected " + bars + " bars in " + range + ", the store holds " + info);
            }
        }
    }

    @State(Scope.Thread)
    public static class Run {
        TempDatabase db;
        SqliteCandleStore store;
        SqliteCoverageLedger ledger;
        ExchangeMarketData adapter;

        @Setup(Level.Invocation)
        public void open(Venue v) throws InterruptedException {
            db = new TempDatabase("backfill.db");
            store = SqliteCandleStore.open(db.file());
            ledger = SqliteCoverageLedger.open(db.file());
            adapter = Venues.marketData(v.key.exchange(),
                    VenueConfig.defaults().withRestBaseUrl(v.server.url("/").toString()));
            v.fake.resetUsage();
            // MockWebServer records every request; drop the last run's so memory stays flat.
            while (v.server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
                // drained
            }
        }

        @TearDown(Level.Invocation)
        public void close() {
            ledger.close();
            store.close();
            db.delete();
        }
    }

    @Benchmark
    public BackfillResult backfill(Venue v, Run run) {
        BackfillResult result = new Backfill(run.adapter, run.store, run.ledger, Clock.system())
                .run(v.key, v.range, BackfillListener.NONE, new CancellationToken());
        if (result.inserted() != v.bars || result.barsFetched() != v.bars || result.cancelled()) {
            throw new IllegalStateException("expected " + v.bars + " bars fetched and inserted, got " + result);
        }
        v.requireStored(run.store);
        return result;
    }

    @Benchmark
    public long fetchOnly(Venue v, Run run) {
        long fetched = 0;
        long cursor = v.range.from();
        while (cursor < v.range.to()) {
            HistoryPage page = run.adapter.fetchHistory(v.key.instrument(), v.key.timeframe(), cursor, v.range.to());
            fetched += page.candles().size();
            cursor = page.coveredTo();
        }
        if (fetched != v.bars) {
            throw new IllegalStateException("expected " + v.bars + " bars fetched, got " + fetched);
        }
        return fetched;
    }

    @Benchmark
    public long storeOnly(Venue v, Run run) {
        long inserted = 0;
        for (CandleSeries page : v.pages) {
            inserted += run.store.upsert(v.key, page).inserted();
        }
        if (inserted != v.bars) {
            throw new IllegalStateException("expected " + v.bars + " bars inserted, got " + inserted);
        }
        v.requireStored(run.store);
        return inserted;
    }
}
