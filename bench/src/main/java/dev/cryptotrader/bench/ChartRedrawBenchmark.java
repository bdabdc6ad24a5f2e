package dev.cryptotrader.bench;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.dataset.DataSet;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
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

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A full redraw of a {@link CandleChart} with one million 1-minute bars loaded (goal: median at most 16 ms in software
 * rendering), at three zoom levels: the latest 150 bars, 4,000 bars (the old zoom-out limit) and all of them. One
 * redraw is: pan by one bar (alternately left and right, so the axes, the price range and every candle change), fire a
 * pulse at once ({@code Toolkit.firePulse}: CSS, layout, and ChartFX's canvas drawing in its post-layout listener),
 * then {@code Scene.snapshot}, which rasterises the whole scene in software (Monocle headless, {@code prism.order=sw};
 * a {@code DISPLAY} is used when set), all synchronously on the FX thread. The snapshot's read-back of the pixels is
 * included in both variants. Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar
 * ChartRedraw -f 1}.
 *
 * <p>{@code renderer=chart} is the chart as shipped (one merged candle per pixel column when zoomed out further than a
 * bar per pixel); {@code renderer=chartfx} swaps in ChartFX's plain {@link CandleStickRenderer} over the same dataset,
 * which draws every visible bar. The ratio of the two at the same zoom comes from the same run. Sample mode, so the
 * report gives the median (p0.50) in ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Djmh.shutdownTimeout=2"})
@State(Scope.Benchmark)
public class ChartRedrawBenchmark {

    static final int BARS = 1_000_000;
    /** Within Monocle's headless screen (1280x800); a larger stage overflows its buffer. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    @Param({"chart", "chartfx"})
    public String renderer;

    /** Bars in view: 150, 4000 or "all". */
    @Param({"150", "4000", "all"})
    public String zoom;

    private Stage stage;
    private Scene scene;
    private CandleChart chart;
    private WritableImage image;
    private int direction = 1;
    private String environment;

    @Setup(Level.Trial)
    public void open() throws Exception {
        environment = LivePathBenchmark.startJavaFx();
        OhlcvColumns bars = randomWalk(BARS, 42);
        fx(() -> {
            chart = new CandleChart();
            scene = new Scene(chart, WIDTH, HEIGHT);
            scene.getStylesheets().add(CandleChart.stylesheet());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            chart.setData("BENCH 1m", bars);
            if (renderer.equals("chartfx")) {
                Renderer ours = chart.xyChart().getRenderers().getFirst();
                DataSet data = ours.getDatasets().getFirst();
                ours.getDatasets().clear();
                CandleStickRenderer plain = new CandleStickRenderer(false);
                plain.setComputeLocalRange(false); // the chart sets the price range, as for ours
                plain.getDatasets().add(data);
                chart.xyChart().getRenderers().setAll(plain);
            } else if (!renderer.equals("chart")) {
                throw new IllegalArgumentException("renderer " + renderer);
            }
            chart.showLatest(zoom.equals("all") ? BARS * 2 : Integer.parseInt(zoom));
            chart.pan(-10); // room to pan one bar either way, also when all bars are in view
            image = new WritableImage(WIDTH, HEIGHT);
            scene.snapshot(image);
            return null;
        });
        fx(() -> {
            com.sun.javafx.tk.Toolkit.getToolkit().firePulse(); // lays out and draws the chart once
            return null;
        });
        if (renderer.equals("chart")) { // the snapshot must redraw the candles, or this measures nothing
            int painted = fx(() -> chart.paintCountProperty().get());
            redraw();
            if (fx(() -> chart.paintCountProperty().get()) == painted) {
                throw new IllegalStateException("a pan and a snapshot did not redraw the chart");
            }
        }
        int shown = fx(() -> chart.visibleRange().barCount());
        System.out.printf("%nchart redraw: %s, renderer %s, %,d bars in view of %,d, %dx%d%n", environment, renderer,
                shown, BARS, WIDTH, HEIGHT);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        fx(() -> {
            stage.close();
            return null;
        });
    }

    @Benchmark
    public WritableImage redraw() throws Exception {
        return fx(() -> {
            chart.pan(direction);
            direction = -direction;
            // A pulse, now rather than at the next vsync: CSS, layout and the chart's drawing (ChartFX draws in a
            // post-layout pulse listener, which a snapshot alone does not run). The snapshot then rasterises it.
            com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
            return scene.snapshot(image);
        });
    }

    /**
     * Runs {@code work} on the FX thread and waits for it, up to ten minutes: ChartFX's plain renderer takes over a
     * minute for one frame of a million bars in software rendering.
     */
    static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    static OhlcvColumns randomWalk(int n, long seed) {
        Random r = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 30_000;
        long start = 1_600_000_000_000L;
        for (int i = 0; i < n; i++) {
            t[i] = start + i * 60_000L;
            o[i] = price;
            price = Math.max(1, price + r.nextGaussian() * 20);
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + r.nextDouble() * 10;
            l[i] = Math.min(o[i], c[i]) - r.nextDouble() * 10;
            v[i] = r.nextDouble() * 10;
        }
        return new OhlcvColumns(t, o, h, l, c, v);
    }
}
