package dev.cryptotrader.bench;

import com.google.inject.Guice;
import dev.cryptotrader.app.CoreModule;
import dev.cryptotrader.app.ui.UiModule;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.indicators.IndicatorResult;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
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

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.cryptotrader.bench.LivePathBenchmark.awaitFx;
import static dev.cryptotrader.bench.LivePathBenchmark.awaitPulses;
import static dev.cryptotrader.bench.LivePathBenchmark.onFx;

/**
 * The real main window over one million stored 1-minute bars (issue 4's goals): {@link #keyToRepaint} is the time
 * from a key press on the chart (pan or zoom, alternating direction) to the end of the frame that shows it (goal at
 * most 50 ms), and the trial's setup and teardown print the heap the window holds with the bars and its overlays
 * after a full GC (goal under 500 MB with five overlays). {@code overlays=five} turns on SMA 20, EMA 50, Bollinger
 * 20/2 on the price pane and RSI 14 and MACD 12/26/9 in subpanes, computed over all the bars; {@code none} is the
 * baseline from the same run. {@code zoom} is the bars in view: the latest 150 or all of them.
 *
 * <p>One measurement: on the FX thread, a KEY_PRESSED event goes to the focused chart (through its command
 * registry, as a real key does); the time stops when the pulse after the one that redrew the chart starts its scene
 * pass, which is after the redrawn frame has been rasterised (the next pulse waits for the renderer), and when the
 * work posted behind it ran. That overstates the latency by up to a pulse, never understates it. Software rendering
 * under headless Monocle unless {@code DISPLAY} is set. Run: {@code java --enable-native-access=ALL-UNNAMED -jar
 * bench/target/benchmarks.jar ChartWorkstation -f 1}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Djmh.shutdownTimeout=2"})
@State(Scope.Benchmark)
public class ChartWorkstationBenchmark {

    static final int BARS = 1_000_000;
    static final List<IndicatorSpec> FIVE_OVERLAYS = List.of(new IndicatorSpec.Sma(20), new IndicatorSpec.Ema(50),
            new IndicatorSpec.Bollinger(20, 2), new IndicatorSpec.Rsi(14), new IndicatorSpec.Macd(12, 26, 9));

    @Param({"none", "five"})
    public String overlays;

    @Param({"150", "all"})
    public String zoom;

    private Path dir;
    private Stage stage;
    private MainWindow window;
    private CandleChart chart;
    private static final KeyCode[] KEYS = {KeyCode.LEFT, KeyCode.RIGHT, KeyCode.EQUALS, KeyCode.MINUS};
    private int presses;

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("cryptotrader-workstation-");
        Path database = dir.resolve("candles.db");
        try (SqliteCandleStore store = SqliteCandleStore.open(database)) {
            store.upsert(SyntheticCandles.BTC_USD_1M, SyntheticCandles.randomWalk(BARS, 42));
        }
        String display = LivePathBenchmark.startJavaFx();
        window = onFx(() -> {
            MainWindow w = Guice.createInjector(new CoreModule(database), new UiModule()).getInstance(MainWindow.class);
            stage = new Stage();
            w.show(stage, MainWindow.WIDTH, MainWindow.HEIGHT);
            return w;
        });
        awaitFx("all bars loaded", 180, () -> {
            ChartData data = window.model().chart().data();
            return data != null && data.complete() && data.columns().size() == BARS;
        });
        chart = window.view().chart();
        List<IndicatorSpec> wanted = overlays.equals("five") ? FIVE_OVERLAYS : List.of();
        onFx(() -> {
            window.indicators().model().setAll(wanted);
            return null;
        });
        awaitFx(wanted.size() + " overlays computed over all bars", 180, () -> computed(
                window.indicators().shownResults().values()) == wanted.size());
        onFx(() -> {
            chart.showLatest(zoom.equals("all") ? BARS * 2 : Integer.parseInt(zoom));
            chart.pan(-10); // room to pan either way
            chart.requestFocus();
            return null;
        });
        awaitPulses(5);
        System.out.printf("%nchart workstation: %s, %,d bars, overlays %s, %,d bars in view; heap after full GC: "
                + "%.0f MB%n", display, BARS, overlays, onFx(() -> chart.visibleRange().barCount()), heapMegabytes());
    }

    private static long computed(Collection<IndicatorResult> results) {
        return results.stream().filter(r -> r.size() == BARS).count();
    }

    /** Heap in use after full collections: what the window keeps, not garbage waiting to be collected. */
    static double heapMegabytes() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        System.out.printf("%nchart workstation: overlays %s, zoom %s, after %,d key presses; heap after full GC: "
                + "%.0f MB%n", overlays, zoom, presses, heapMegabytes());
        onFx(() -> {
            window.close();
            stage.close();
            return null;
        });
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long keyToRepaint() throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        // Older, newer, zoom in, zoom out: each undoes the one before, so the view never runs into a limit where a key
        // would change nothing (and draw nothing).
        KeyCode key = KEYS[presses++ % KEYS.length];
        Platform.runLater(() -> {
            int before = chart.paintCountProperty().get();
            long pressed = System.nanoTime();
            ChangeListener<Number> painted = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old,
                                    Number count) {
                    if (count.intValue() > before) {
                        chart.paintCountProperty().removeListener(this);
                        afterNextPulse(() -> shown.complete(System.nanoTime() - pressed));
                    }
                }
            };
            chart.paintCountProperty().addListener(painted);
            Event.fireEvent(chart, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
        });
        return shown.get(30, TimeUnit.SECONDS);
    }

    /** Runs {@code then} once the next pulse has begun, i.e. after the frame drawn in this one was rendered. */
    private static void afterNextPulse(Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(then);
            }
        }.start();
    }
}
