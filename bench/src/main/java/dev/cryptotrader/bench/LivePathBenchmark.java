package dev.cryptotrader.bench;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.cryptotrader.app.CoreModule;
import dev.cryptotrader.app.market.MarketDataAccess;
import dev.cryptotrader.app.ui.UiModule;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.live.LiveViewModel;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Issue 3's live-path goal: <em>the live path at 1,000 messages/s for 60 s: every message applied, and the FX thread
 * never blocked for more than 16 ms.</em>
 *
 * <p>The trial setup builds the real thing: a SQLite file holding {@code historyBars} Binance BTC/USDT 1m bars (default
 * one million, a random walk) that end two days ({@code catchUpMinutes}) before now; a local fake Binance
 * ({@link FakeBinance}: REST klines for the missing days, which the live service fetches as its catch-up, and the kline
 * WebSocket); JavaFX started
 * headless (Monocle, software rendering; a {@code DISPLAY} is used when set); and the real {@link MainWindow} built by
 * Guice from {@code CoreModule} + {@code UiModule}, shown at 1280x800 on that database with the series fully loaded
 * (all bars on the chart, painted) and {@code config.json} beside the database pointing Binance at the fake. Before
 * the run, after a full collection, it pans and zooms the chart for {@code lookAroundSeconds} (default 5; 0 for a
 * window that has only just opened), as a user looks around before turning live on.
 *
 * <p>{@link #liveStream} turns live on ({@code MainViewModel.live().onProperty()}). The fake answers the SUBSCRIBE
 * and then sends 60,000 kline frames in Binance's real shape ({@code DOCEX_ws_kline_event.json} in
 * shared/fixtures/exchange/binance, compact) paced by a scheduled sender at 1,000 per second for 60 s: 99 updates of
 * the forming bar, then the bar closed ({@code "x":true}), and on to the next minute, so 600 closed bars. They start at
 * the minute live is turned on: the live service passes on closed bars only from the bar forming at subscription on,
 * so earlier ones would be stored but never reach the chart. The score is the single-shot time from turning live on
 * until the chart has applied the last message (about 60 s plus the latency of the last one). One stream per trial
 * ({@code -wi 0 -i 1}): the 600 closed bars run ten hours ahead of the clock, and a second subscription would get
 * them replayed by the live service's catch-up as bars it had not yet passed on.
 *
 * <p>Throughout, a {@link StallProbe} measures how long the FX thread is busy: a probe thread posts a
 * {@code Platform.runLater} every millisecond and records the delay until it runs (when the FX thread was blocked by
 * something for N ms, the probe posted at the start waits N ms), and an {@link AnimationTimer} records the gaps
 * between pulses (nominally 16.7 ms). The results come as JMH secondary results ({@link FxStalls}: {@code stallMaxMs}
 * is the goal's figure, at most 16; {@code stallMaxAfter5sMs} leaves out the first seconds of the subscription, with
 * its REST catch-up and code still being compiled) and as a line at the end of each trial, with the five worst stalls
 * and when they happened, and the collections during the run. JMH adds up secondary results of this kind over forks:
 * with {@code -f 2} or more, read the per-trial lines.
 *
 * <p>Nothing is reported unless every message was applied: the run throws if the messages the chart counted
 * ({@code LiveViewModel.messagesProperty()}) differ from those sent, if any live bar on the chart (the newest one in
 * particular) differs from the last message sent for it, if the closed bars read back from SQLite are not exactly the
 * 600 closed messages (and the catch-up's bars before them, without a hole), or if the connection dropped or a frame
 * was refused.
 *
 * <p>{@link #idleBaseline} is the same window and probe for 60 s with live off, so the stalls can be read as a ratio
 * to what an idle app shows on the same machine at the same time (GC, JIT, the OS scheduler).
 * {@link MachinePauseBenchmark} gives the floor below both: how late threads that only sleep wake on this machine.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
// OkHttp's dispatcher keeps an idle non-daemon thread for 60 s after the stream closed: JMH need not wait 30 s for it.
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Djmh.shutdownTimeout=2", "-XX:+UseG1GC",
        "-Xms1g"}) // the launcher's GUI_GC
public class LivePathBenchmark {

    static final SeriesKey KEY = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);
    static final long MINUTE = Timeframe.M1.millis();
    static final long DAY = 24 * 60 * MINUTE;
    static final int MESSAGES_PER_SECOND = 1_000;
    static final int SECONDS = 60;
    static final int MESSAGES = MESSAGES_PER_SECOND * SECONDS;
    /** Every CLOSE_EVERY-th message closes the bar: 99 forming updates, then the closed bar. */
    static final int CLOSE_EVERY = 100;
    static final int CLOSED_BARS = MESSAGES / CLOSE_EVERY;
    /** The goal: the FX thread never blocked for longer. */
    static final double GOAL_MS = 16;

    /** The goal's figures, as JMH secondary results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class FxStalls {
        /** The longest time the FX thread kept a probe waiting: the goal's "maximum stall" (at most 16 ms). */
        public double stallMaxMs;
        /** 99.9th percentile of the probe delays (one probe per millisecond). */
        public double stallP999Ms;
        /** Mean probe delay. */
        public double stallMeanMs;
        /** The longest stall after the first 5 s (subscription, REST catch-up, code still being compiled). */
        public double stallMaxAfter5sMs;
        /** The longest gap between two pulses (an AnimationTimer); nominally 16.7 ms at 60 frames/s. */
        public double pulseGapMaxMs;
        /** Messages the chart counted as applied (liveStream only: equals those sent, else the run fails). */
        public double messagesApplied;
        /** Closed bars read back from SQLite after the run (liveStream only: 600, else the run fails). */
        public double closedBarsStored;
        /** Frames in which the chart redrew its candles during the run (at most one a pulse). */
        public double chartRedraws;

        void set(StallProbe.Result r) {
            stallMaxMs = r.maxMs();
            stallP999Ms = r.p999Ms();
            stallMeanMs = r.meanMs();
            stallMaxAfter5sMs = r.maxAfter5sMs();
            pulseGapMaxMs = r.maxPulseGapMs();
        }
    }

    /** The app on its database, the fake venue, and what was sent. */
    @State(Scope.Benchmark)
    public static class Workstation {

        /** Bars stored before the run (the chart loads them all). */
        @Param("1000000")
        public int historyBars;

        /**
         * Seconds of panning and zooming the chart before the run, as a user looks around before turning live on: it
         * draws a few hundred frames, so the renderer's code is compiled as in a session that has been in use. 0: live
         * goes on in a window that has drawn only its first frames (its first live frames then take 0.3 s each in
         * software rendering, interpreted).
         */
        @Param("5")
        public int lookAroundSeconds;

        /**
         * Minutes between the stored history's end and now (default two days), which the live service's REST
         * catch-up fetches. It stores them but does not put them on the chart, so the first live bars appear after a
         * gap of that length, and for the first 150 live bars the view spans it.
         */
        @Param("2880")
        public int catchUpMinutes;

        Path dir;
        Path database;
        long historyEnd;
        FakeBinance venue;
        Injector injector;
        MainWindow window;
        Stage stage;
        String display;
        String iterationLabel = "";
        FakeBinance.Stream stream; // liveStream's, prepared before the run
        StallProbe probe; // prepared before the run, begun by it
        long nextMinute; // after the last streamed bar; 0 before the stream

        @Setup(Level.Trial)
        public void start() throws Exception {
            try {
                open();
            } catch (Exception | Error e) {
                try {
                    stop();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        private void open() throws Exception {
            dir = Files.createTempDirectory("cryptotrader-livepath-");
            database = dir.resolve("candles.db");
            historyEnd = Timeframe.M1.bucketStart(System.currentTimeMillis()) - catchUpMinutes * MINUTE;
            // One walk: the stored history, then the bars only the venue has (the catch-up, and a day to spare).
            CandleSeries walk = randomWalk(historyEnd - (long) historyBars * MINUTE,
                    historyBars + catchUpMinutes + (int) (DAY / MINUTE), 42);
            long t = System.nanoTime();
            try (SqliteCandleStore store = SqliteCandleStore.open(database)) {
                store.upsert(KEY, walk.slice(0, historyBars));
            }
            System.out.printf("%nlive path: %,d bars of %s stored in %d ms%n", historyBars, KEY,
                    (System.nanoTime() - t) / 1_000_000);
            venue = new FakeBinance(walk.slice(historyBars, walk.size()));
            Files.writeString(dir.resolve("config.json"), "{\"exchanges\":{\"binance\":{\"rest_base_url\":\""
                    + venue.restUrl() + "\",\"ws_base_url\":\"" + venue.wsUrl() + "\"}}}");

            display = startJavaFx();
            t = System.nanoTime();
            window = onFx(() -> {
                injector = Guice.createInjector(new CoreModule(database), new UiModule());
                MainWindow w = injector.getInstance(MainWindow.class);
                stage = new Stage();
                w.show(stage, MainWindow.WIDTH, MainWindow.HEIGHT);
                return w;
            });
            awaitFx("the series fully loaded", 180, () -> {
                ChartData data = window.model().chart().data();
                return data != null && data.complete() && data.series().key().equals(KEY)
                        && data.columns().size() == historyBars;
            });
            awaitPulses(3); // the pulse after the full load draws it
            if (onFx(() -> window.view().chart().paintCountProperty().get()) == 0) {
                throw new IllegalStateException("live path: the chart never painted");
            }
            System.out.printf("live path: main window up with all %,d bars on the chart in %d ms (%s)%n",
                    historyBars, (System.nanoTime() - t) / 1_000_000, display);
        }

        /** Pans and zooms for {@link #lookAroundSeconds}, one step a frame, then shows the latest bars as opened. */
        private void lookAround() throws Exception {
            if (lookAroundSeconds <= 0) {
                return;
            }
            CandleChart chart = window.view().chart();
            int before = redraws();
            long end = System.nanoTime() + lookAroundSeconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(1);
            AnimationTimer steps = new AnimationTimer() {
                private int frame;

                @Override
                public void handle(long now) {
                    if (System.nanoTime() >= end) {
                        stop();
                        chart.showLatest(CandleChart.DEFAULT_VISIBLE_BARS);
                        done.countDown();
                        return;
                    }
                    switch (frame++ / 30 % 4) { // half a second each: older, zoom out, newer, zoom in
                        case 0 -> chart.pan(-15);
                        case 1 -> chart.zoom(0.97);
                        case 2 -> chart.pan(15);
                        default -> chart.zoom(1 / 0.97);
                    }
                }
            };
            onFx(() -> {
                steps.start();
                return null;
            });
            if (!done.await(lookAroundSeconds + 60L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("live path: looking around did not end");
            }
            awaitPulses(3);
            System.out.printf("live path: looked around for %d s first (%d frames drawn)%n", lookAroundSeconds,
                    redraws() - before);
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            // Diagnostic: -Dlivepath.jfr=FILE writes the flight recordings started with -XX:StartFlightRecording
            // there (the fork ends before the JVM would dump them itself).
            String jfr = System.getProperty("livepath.jfr");
            if (jfr != null) {
                for (var recording : jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings()) {
                    recording.dump(Path.of(jfr));
                }
            }
            try {
                if (window != null) {
                    liveOff();
                    onFx(() -> {
                        stage.hide();
                        return null;
                    });
                    injector.getInstance(MarketDataAccess.class).close();
                    injector.getInstance(CandleStore.class).close();
                }
            } finally {
                Platform.exit();
                if (venue != null) {
                    venue.stopServing();
                }
                deleteRecursively(dir);
            }
        }

        /**
         * Before the run: a full collection, so the run starts on a clean heap (the load's garbage gone), then the
         * user looks around ({@link #lookAround}) and the stream is rendered (for {@code liveStream}).
         *
         * <p>The order matters. A full collection (or a G1 marking cycle) arms every compiled method's entry barrier
         * and clears soft references (JavaFX's glyph and style caches among them), so the first frames after it
         * run slower (profiled with the collection right before live went on, the entry barriers took a third of
         * the FX thread's time in the first frame; {@code -Dlivepath.gcJustBefore=true} puts it back there). A
         * user does not force a collection just before turning live on, so the app runs for a few seconds after it,
         * as in a session in use. The stream's frames are written into one byte array allocated with the venue
         * ({@link FakeBinance#frameText}), which G1 never copies, so the run's collections are the app's own. The
         * stall probe's arrays are allocated before the collection too: nothing large is allocated after it (that
         * would start a marking cycle).
         */
        @Setup(Level.Iteration)
        public void iteration(BenchmarkParams benchmark, IterationParams params) throws Exception {
            if (nextMinute != 0) {
                throw new IllegalStateException("LivePathBenchmark streams once per trial: run it with -wi 0 -i 1 "
                        + "(more forks for more samples). A second subscription would get the first stream's closed "
                        + "bars, which lie in the future, replayed by the live service's catch-up.");
            }
            iterationLabel = (params.getType() == IterationType.WARMUP ? "warmup " : "measurement ")
                    + params.getCount();
            probe = StallProbe.prepare(); // before the collection: its arrays are large (see StallProbe.prepare)
            System.gc();
            lookAround();
            Thread.sleep(3_000); // let the compilations settle
            stream = benchmark.getBenchmark().endsWith(".liveStream") ? venue.prepare(streamMinute()) : null;
            if (Boolean.getBoolean("livepath.gcJustBefore")) {
                System.gc(); // diagnostic: the collection right before live goes on, as this benchmark once had it
            }
            Thread.sleep(500);
        }

        /** Turns live off after each stream and waits until the connection is closed, so the next one starts anew. */
        @TearDown(Level.Iteration)
        public void liveOff() throws Exception {
            if (window != null && onFx(() -> live().onProperty().get())) {
                onFx(() -> {
                    live().onProperty().set(false);
                    return null;
                });
                venue.awaitClosed(30);
            }
        }

        LiveViewModel live() {
            return window.model().live();
        }

        int redraws() throws Exception {
            return onFx(() -> window.view().chart().paintCountProperty().get());
        }

        /**
         * The minute the stream starts in: the current one, as the live service passes on closed bars only from the
         * minute it starts in (within the last 5 s of a minute this waits for the next, so both agree: live is
         * turned on within a second of this).
         */
        long streamMinute() throws InterruptedException {
            long now = System.currentTimeMillis();
            if (now - Timeframe.M1.bucketStart(now) > MINUTE - 5_000) {
                Thread.sleep(Timeframe.M1.bucketStart(now) + MINUTE + 100 - now);
            }
            long minute = Timeframe.M1.bucketStart(System.currentTimeMillis());
            if (minute >= venue.restEnd()) {
                throw new IllegalStateException("the fake venue's REST history ends before the stream would start");
            }
            return minute;
        }

        /** What the chart and the store hold before a stream, to check what it added. */
        record Before(long messages, int chartBars, SeriesInfo stored) {
        }

        Before before() throws Exception {
            return new Before(onFx(() -> live().messagesProperty().get()),
                    onFx(() -> window.model().chart().data().columns().size()),
                    injector.getInstance(CandleStore.class).info(KEY).orElseThrow());
        }

        /**
         * Throws unless every message was applied: counted by the chart, the live bars on the chart equal to the
         * last message of each, the closed ones stored in SQLite right after the bars stored before (the REST
         * catch-up's, on the first stream), without a hole. Returns {messages applied, closed bars stored, bars
         * caught up}.
         */
        long[] verify(FakeBinance.Stream stream, Set<ConnectionStatus.State> states, Before before) throws Exception {
            List<String> problems = new ArrayList<>();
            long minute = stream.minute;
            if (stream.refused.get() > 0) {
                problems.add(stream.refused.get() + " frames were refused by the server's WebSocket (queue full)");
            }
            Set<ConnectionStatus.State> bad = EnumSet.of(ConnectionStatus.State.DISCONNECTED,
                    ConnectionStatus.State.FRAME_REJECTED, ConnectionStatus.State.FAILED,
                    ConnectionStatus.State.CATCH_UP_FAILED);
            bad.retainAll(states);
            if (!bad.isEmpty()) {
                problems.add("the stream went through " + bad + ": " + onFx(() -> live().statusTextProperty().get()));
            }
            long applied = onFx(() -> live().messagesProperty().get()) - before.messages();
            if (applied != stream.sent.get()) {
                problems.add(stream.sent.get() + " messages sent but " + applied + " applied");
            }
            // The bars missed before the stream started are caught up over REST, stored and reread onto the chart.
            long catchUp = (minute - before.stored().lastOpenTime()) / MINUTE - 1;
            OhlcvColumns chart = onFx(() -> window.model().chart().data().columns());
            int n = chart.size();
            if (n != before.chartBars() + catchUp + CLOSED_BARS) {
                problems.add("the chart holds " + n + " bars, not the " + before.chartBars() + " it held + "
                        + catchUp + " caught up + " + CLOSED_BARS + " streamed");
            } else {
                for (int b = 0; b < CLOSED_BARS; b++) {
                    int i = n - CLOSED_BARS + b;
                    double[] want = stream.closedValues(b);
                    double[] got = {chart.openTime()[i], chart.open()[i], chart.high()[i], chart.low()[i],
                            chart.close()[i], chart.volume()[i]};
                    if (!Arrays.equals(want, got)) {
                        problems.add((b == CLOSED_BARS - 1 ? "the newest bar" : "live bar " + b) + " on the chart is "
                                + Arrays.toString(got) + ", the last message for it was " + Arrays.toString(want));
                        break;
                    }
                }
            }
            CandleStore store = injector.getInstance(CandleStore.class);
            CandleSeries stored = store.read(KEY, new TimeRange(minute, Long.MAX_VALUE));
            if (stored.size() != CLOSED_BARS) {
                problems.add(stored.size() + " closed bars stored, " + CLOSED_BARS + " closed messages sent");
            } else {
                for (int b = 0; b < CLOSED_BARS; b++) {
                    if (!stored.candle(b).sameValues(stream.closedBars.candle(b))) {
                        problems.add("stored bar " + b + " is " + stored.candle(b) + ", the closed message was "
                                + stream.closedBars.candle(b));
                        break;
                    }
                }
            }
            long last = minute + (CLOSED_BARS - 1) * MINUTE;
            SeriesInfo info = store.info(KEY).orElseThrow();
            if (info.barCount() != before.stored().barCount() + catchUp + CLOSED_BARS || info.lastOpenTime() != last) {
                problems.add("the series holds " + info.barCount() + " bars up to " + info.lastOpenTime()
                        + ", expected " + before.stored().barCount() + " stored + " + catchUp + " caught up + "
                        + CLOSED_BARS + " streamed, up to " + last);
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("live path: not every message was applied, so no figure: "
                        + String.join("; ", problems));
            }
            nextMinute = last + MINUTE;
            return new long[]{applied, stored.size(), catchUp};
        }
    }

    @Benchmark
    public long liveStream(Workstation w, FxStalls out) throws Exception {
        FakeBinance.Stream stream = w.stream;
        if (Timeframe.M1.bucketStart(System.currentTimeMillis()) != stream.minute) {
            throw new IllegalStateException("live path: the stream was prepared for another minute");
        }
        Workstation.Before before = w.before();
        CompletableFuture<Long> allApplied = new CompletableFuture<>();
        Set<ConnectionStatus.State> states = EnumSet.noneOf(ConnectionStatus.State.class);
        ChangeListener<Number> counter = (obs, old, count) -> {
            if (count.longValue() - before.messages() >= MESSAGES) {
                allApplied.complete(System.nanoTime());
            }
        };
        ChangeListener<ConnectionStatus.State> stateListener = (obs, old, state) -> {
            if (state != null) {
                states.add(state);
            }
        };
        onFx(() -> {
            w.live().messagesProperty().addListener(counter);
            w.live().stateProperty().addListener(stateListener);
            return null;
        });

        int redrawsBefore = w.redraws();
        StallProbe probe = w.probe.begin();
        long started = System.nanoTime();
        long toggleNanos = onFx(() -> {
            long t0 = System.nanoTime();
            w.live().onProperty().set(true);
            return System.nanoTime() - t0;
        });
        long applied;
        StallProbe.Result stalls;
        try {
            stream.awaitAllSent(SECONDS + 60);
            applied = allApplied.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("live path: " + stream.sent.get() + " of " + MESSAGES + " messages sent, "
                    + (onFx(() -> w.live().messagesProperty().get()) - before.messages()) + " applied; status "
                    + onFx(() -> w.live().statusTextProperty().get()), e);
        } finally {
            stalls = probe.stop();
            onFx(() -> {
                w.live().messagesProperty().removeListener(counter);
                w.live().stateProperty().removeListener(stateListener);
                return null;
            });
        }
        int redraws = w.redraws() - redrawsBefore;
        long[] checked = w.verify(stream, onFx(() -> EnumSet.copyOf(states)), before);
        out.set(stalls);
        out.messagesApplied = checked[0];
        out.closedBarsStored = checked[1];
        out.chartRedraws = redraws;
        System.out.printf("%nlive path, live ON (%s), %s, load %s: %d messages in %d ms (sent %.1f/s), all applied "
                        + "(last one %.1f ms after it was sent); %d closed bars stored after %d caught up over REST; "
                        + "chart redrawn %d times; turning live on took %.1f ms on the FX thread; %s%n",
                w.iterationLabel, w.display, loadAverage(), checked[0], (applied - started) / 1_000_000,
                stream.sent.get() * 1e9 / (stream.lastSentNanos - stream.firstSentNanos),
                (applied - stream.lastSentNanos) / 1e6, checked[1], checked[2], redraws, toggleNanos / 1e6,
                stalls.describe());
        return applied - started;
    }

    @Benchmark
    public long idleBaseline(Workstation w, FxStalls out) throws Exception {
        int redrawsBefore = w.redraws();
        StallProbe probe = w.probe.begin();
        long started = System.nanoTime();
        Thread.sleep(SECONDS * 1000L);
        StallProbe.Result stalls = probe.stop();
        out.set(stalls);
        out.chartRedraws = w.redraws() - redrawsBefore;
        System.out.printf("%nlive path, live OFF (idle baseline, %s), %s, load %s: chart redrawn %d times; %s%n",
                w.iterationLabel, w.display, loadAverage(), (long) out.chartRedraws, stalls.describe());
        return System.nanoTime() - started;
    }

    // ---- the FX thread's stalls

    // ---- the fake Binance

    /**
     * A local Binance: {@code GET /api/v3/klines} serves the bars after the stored history (12-field rows, decimals as
     * strings with 8 places, as in shared/fixtures/exchange/binance) up to the minute the first stream starts, and the
     * WebSocket answers a SUBSCRIBE with {@code {"result":null,"id":1}}, then sends the prepared {@link Stream} of
     * kline events paced at 1,000 a second, and answers LIST_SUBSCRIPTIONS pings.
     */
    static final class FakeBinance extends Dispatcher {

        private static final String STREAM = "btcusdt@kline_1m";
        private static final int FRAME_ROOM = 400;

        private final MockWebServer server = new MockWebServer();
        private final CandleSeries rest; // the venue's bars after the stored ones, price scale 2, volume scale 8
        private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fake-binance-sender");
            t.setDaemon(true);
            return t;
        });
        /**
         * The text of a stream's frames (ASCII, at most {@value #FRAME_ROOM} bytes each), one after another. Allocated
         * once, with the venue: a humongous array, which G1 never copies, allocated before the run's full collection,
         * so filling it for a stream allocates nothing large (a large allocation right before the run would start a
         * G1 marking cycle, which slows the first frames after it; see {@link Workstation#iteration}).
         */
        private final byte[] frameText = new byte[MESSAGES * FRAME_ROOM];
        /** Where each frame of {@link #frameText} ends. */
        private final int[] frameEnds = new int[MESSAGES];
        private volatile long restUntil = Long.MAX_VALUE; // REST has no bar from here on
        private volatile Stream next;
        private volatile CountDownLatch closed = new CountDownLatch(0);

        FakeBinance(CandleSeries rest) throws IOException {
            this.rest = rest;
            server.setDispatcher(this);
            server.start();
        }

        String restUrl() {
            return server.url("/").toString();
        }

        String wsUrl() {
            return "ws://" + server.getHostName() + ":" + server.getPort();
        }

        /** The open time after the last bar the REST history can serve. */
        long restEnd() {
            return rest.openTime(rest.size() - 1) + MINUTE;
        }

        /** The stream the next subscription gets; see {@link Stream#Stream}. */
        Stream prepare(long minute) {
            Stream stream = new Stream(minute, priceBefore(minute));
            restUntil = Math.min(restUntil, minute);
            next = stream;
            return stream;
        }

        private long priceBefore(long minute) {
            Stream previous = next;
            if (previous != null) {
                return previous.closedBars.closeMantissa(CLOSED_BARS - 1);
            }
            int before = (int) ((minute - rest.openTime(0)) / MINUTE) - 1;
            return before >= 0 && before < rest.size() ? rest.closeMantissa(before) : 4_000_000;
        }

        void awaitClosed(long seconds) throws InterruptedException {
            closed.await(seconds, TimeUnit.SECONDS);
        }

        /**
         * One subscription's kline events, rendered before it starts: from {@code minute} on, 100 messages a bar (99
         * updates of the forming bar, then the bar closed), 600 bars, opening at {@code price}.
         */
        final class Stream {
            final long minute;
            final CandleSeries closedBars;
            final AtomicInteger sent = new AtomicInteger();
            final AtomicInteger refused = new AtomicInteger();
            private final CountDownLatch allSent = new CountDownLatch(1);
            volatile long firstSentNanos;
            volatile long lastSentNanos;
            private boolean started; // guarded by this

            Stream(long minute, long price) {
                this.minute = minute;
                SplittableRandom random = new SplittableRandom(minute);
                CandleSeries.Builder bars = CandleSeries.builder(CLOSED_BARS, 2, 8);
                long tradeId = 3_000_000_000L;
                StringBuilder s = new StringBuilder(FRAME_ROOM);
                int end = 0;
                for (int b = 0; b < CLOSED_BARS; b++) {
                    long t = minute + b * MINUTE;
                    long open = price;
                    long high = open;
                    long low = open;
                    long close = open;
                    long volume = 0; // scale 8, in Binance's 0.00001 lot step
                    long quote = 0; // scale 10 (volume x close)
                    long firstTrade = tradeId + 1;
                    for (int j = 0; j < CLOSE_EVERY; j++) {
                        close = Math.max(100, close + Math.round(gaussian(random) * open * 0.0001));
                        high = Math.max(high, close);
                        low = Math.min(low, close);
                        long lots = 1 + random.nextLong(300);
                        volume += lots * 1_000;
                        quote += lots * 1_000 * close;
                        tradeId += 1 + random.nextInt(30);
                        s.setLength(0);
                        // As DOCEX_ws_kline_event.json, compact: {"e":"kline","E":..,"s":"BTCUSDT","k":{"t":..,"T":..,
                        // "s":"BTCUSDT","i":"1m","f":..,"L":..,"o":"0.0010","c":"0.0020","h":"0.0025","l":"0.0015",
                        // "v":"1000","n":100,"x":false,"q":"1.0000","V":"500","Q":"0.500","B":"123456"}}
                        s.append("{\"e\":\"kline\",\"E\":").append(t + j * 600L)
                                .append(",\"s\":\"BTCUSDT\",\"k\":{\"t\":").append(t).append(",\"T\":")
                                .append(t + MINUTE - 1).append(",\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":")
                                .append(firstTrade).append(",\"L\":").append(tradeId).append(",\"o\":\"");
                        decimal(s, open, 2, 8).append("\",\"c\":\"");
                        decimal(s, close, 2, 8).append("\",\"h\":\"");
                        decimal(s, high, 2, 8).append("\",\"l\":\"");
                        decimal(s, low, 2, 8).append("\",\"v\":\"");
                        decimal(s, volume, 8, 8).append("\",\"n\":").append(tradeId - firstTrade + 1)
                                .append(",\"x\":").append(j == CLOSE_EVERY - 1).append(",\"q\":\"");
                        decimal(s, quote / 100, 8, 8).append("\",\"V\":\"");
                        decimal(s, volume / 2 / 1000 * 1000, 8, 8).append("\",\"Q\":\"");
                        decimal(s, quote / 200, 8, 8).append("\",\"B\":\"0\"}}");
                        if (s.length() > FRAME_ROOM) {
                            throw new IllegalStateException("a kline frame of " + s.length() + " characters");
                        }
                        for (int c = 0; c < s.length(); c++) {
                            frameText[end++] = (byte) s.charAt(c);
                        }
                        frameEnds[b * CLOSE_EVERY + j] = end;
                    }
                    bars.addMantissas(t, open, high, low, close, volume);
                    price = close;
                }
                closedBars = bars.build();
            }

            /** Frame {@code n}: {@code frameText[frameEnds[n - 1]..frameEnds[n])}, from 0 for the first. */
            String frame(int n) {
                int from = n == 0 ? 0 : frameEnds[n - 1];
                return new String(frameText, from, frameEnds[n] - from, StandardCharsets.US_ASCII);
            }

            /** {open time, open, high, low, close, volume} of closed bar {@code b}, as the chart should hold them. */
            double[] closedValues(int b) {
                CandleSeries c = closedBars;
                return new double[]{c.openTime(b), c.open(b), c.high(b), c.low(b), c.close(b), c.volume(b)};
            }

            void awaitAllSent(long seconds) throws Exception {
                if (!allSent.await(seconds, TimeUnit.SECONDS)) {
                    throw new TimeoutException("the fake venue did not send everything in " + seconds + " s");
                }
            }

            /** Every millisecond, sends the frames due by then: exactly 1,000 a second on average, never ahead. */
            synchronized void start(WebSocket ws) {
                if (started) {
                    throw new IllegalStateException("a second subscription to the same stream");
                }
                started = true;
                long t0 = System.nanoTime();
                firstSentNanos = t0;
                sender.scheduleAtFixedRate(() -> {
                    int due = (int) Math.min(MESSAGES, (System.nanoTime() - t0) / 1_000_000 + 1);
                    int n = sent.get();
                    while (n < due) {
                        if (!ws.send(frame(n))) {
                            refused.incrementAndGet();
                        }
                        n = sent.incrementAndGet();
                    }
                    if (n >= MESSAGES) {
                        lastSentNanos = System.nanoTime();
                        allSent.countDown();
                        throw new IllegalStateException("all sent"); // how a task ends its own fixed-rate schedule
                    }
                }, 0, 1, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
                closed = new CountDownLatch(1);
                return new MockResponse.Builder().webSocketUpgrade(new Socket(closed)).build();
            }
            HttpUrl url = request.getUrl();
            if (!"/api/v3/klines".equals(url.encodedPath()) || !"BTCUSDT".equals(url.queryParameter("symbol"))
                    || !"1m".equals(url.queryParameter("interval"))) {
                return json(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
            }
            long start = Long.parseLong(url.queryParameter("startTime"));
            long end = Math.min(Long.parseLong(url.queryParameter("endTime")), restUntil - 1);
            int limit = Integer.parseInt(url.queryParameter("limit"));
            StringBuilder body = new StringBuilder(limit * 180).append('[');
            int rows = 0;
            int from = (int) Math.max(0, Math.ceilDiv(start - rest.openTime(0), MINUTE));
            for (int i = from; i < rest.size() && rest.openTime(i) <= end && rows < limit; i++, rows++) {
                if (rows > 0) {
                    body.append(',');
                }
                row(body, i);
            }
            return json(200, body.append(']').toString());
        }

        // [1706630400000,"43519.34000000","43936.00000000","43171.00000000","43488.71000000","20.55495000",
        //  1706633999999,"891428.42858070",3743,"10.91428000","473782.95739920","0"]
        private void row(StringBuilder s, int i) {
            long t = rest.openTime(i);
            long volume = rest.volumeMantissa(i);
            long close = rest.closeMantissa(i);
            s.append('[').append(t).append(",\"");
            decimal(s, rest.openMantissa(i), 2, 8).append("\",\"");
            decimal(s, rest.highMantissa(i), 2, 8).append("\",\"");
            decimal(s, rest.lowMantissa(i), 2, 8).append("\",\"");
            decimal(s, close, 2, 8).append("\",\"");
            decimal(s, volume, 8, 8).append("\",").append(t + MINUTE - 1).append(",\"");
            decimal(s, volume / 1000 * close, 7, 8).append("\",").append(100 + (t / MINUTE) % 4000).append(",\"");
            decimal(s, volume / 2 / 1000 * 1000, 8, 8).append("\",\"");
            decimal(s, volume / 2 / 1000 * close, 7, 8).append("\",\"0\"]");
        }

        private static MockResponse json(int code, String body) {
            return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json;charset=UTF-8")
                    .setHeader("X-MBX-USED-WEIGHT-1M", "2").body(body).build();
        }

        /** The server's end of one kline WebSocket connection. */
        private final class Socket extends WebSocketListener {
            private final CountDownLatch closed;

            Socket(CountDownLatch closed) {
                this.closed = closed;
            }

            @Override
            public void onMessage(WebSocket ws, String text) {
                if (text.contains("\"SUBSCRIBE\"")) {
                    Stream stream = next;
                    if (stream == null || !text.contains(STREAM)) {
                        ws.send("{\"error\":{\"code\":2,\"msg\":\"Invalid request: the fake streams only " + STREAM
                                + "\"},\"id\":1}");
                        return;
                    }
                    ws.send("{\"result\":null,\"id\":1}");
                    stream.start(ws);
                } else if (text.contains("\"LIST_SUBSCRIPTIONS\"")) {
                    String id = text.replaceAll(".*\"id\":(\\d+).*", "$1");
                    ws.send("{\"result\":[\"" + STREAM + "\"],\"id\":" + id + "}");
                }
            }

            @Override
            public void onClosing(WebSocket ws, int code, String reason) {
                ws.close(1000, null);
                closed.countDown();
            }

            @Override
            public void onFailure(WebSocket ws, Throwable t, okhttp3.Response response) {
                closed.countDown();
            }
        }

        /** Stops sending and shuts the server down (not {@code close()}: the server calls that on its dispatcher). */
        void stopServing() {
            sender.shutdownNow();
            server.close();
        }
    }

    // ---- helpers

    /** Starts JavaFX: on {@code DISPLAY} when set, else headless Monocle with software rendering. */
    static String startJavaFx() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        if (!up.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start in 60 s");
        }
        Platform.setImplicitExit(false);
        return display != null ? "DISPLAY=" + display
                : "headless " + System.getProperty("glass.platform") + " " + System.getProperty("monocle.platform")
                + ", prism " + System.getProperty("prism.order");
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Waits until {@code n} pulses have run (each lays out and draws what changed). */
    static void awaitPulses(int n) throws Exception {
        CountDownLatch pulses = new CountDownLatch(n);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
            }
        };
        onFx(() -> {
            timer.start();
            return null;
        });
        try {
            if (!pulses.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("live path: no " + n + " pulses in 30 s");
            }
        } finally {
            onFx(() -> {
                timer.stop();
                return null;
            });
        }
    }

    static void awaitFx(String what, long seconds, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("live path: not reached within " + seconds + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /** One-minute BTC/USDT bars from {@code start}: a random walk around 40,000, price scale 2, volume scale 8. */
    static CandleSeries randomWalk(long start, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CandleSeries.Builder b = CandleSeries.builder(count, 2, 8);
        long price = 4_000_000;
        for (int i = 0; i < count; i++) {
            long open = price;
            long close = Math.max(100, open + Math.round(gaussian(random) * open * 0.0005));
            long high = Math.max(open, close) + Math.round(Math.abs(gaussian(random)) * open * 0.0002);
            long low = Math.max(1, Math.min(open, close) - Math.round(Math.abs(gaussian(random)) * open * 0.0002));
            // About 3 BTC a minute in Binance's 0.00001 lot step (volume at scale 8).
            long volume = (Math.round(Math.abs(gaussian(random)) * 300_000) + random.nextLong(1_000)) * 1_000;
            b.addMantissas(start + i * MINUTE, open, high, low, close, volume);
            price = close;
        }
        return b.build();
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** {@code mantissa / 10^scale} in plain notation with {@code places} (>= scale) decimals. */
    static StringBuilder decimal(StringBuilder s, long mantissa, int scale, int places) {
        String digits = new BigDecimal(java.math.BigInteger.valueOf(mantissa), scale).setScale(places)
                .toPlainString();
        return s.append(digits);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
