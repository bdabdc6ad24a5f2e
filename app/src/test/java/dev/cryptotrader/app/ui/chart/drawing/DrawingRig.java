package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.chart.alert.AlertMonitor;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.draw.DrawingLayer;
import dev.cryptotrader.charting.draw.ShapePoint;
import dev.cryptotrader.storage.SqliteAlertStore;
import dev.cryptotrader.storage.SqliteDrawingStore;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The real chart view with drawings and alerts on a SQLite file, as the app wires it (same-thread bridge), showing
 * demo-like bars: a random walk around 800 quoted in cents. A new rig on the same file is a restart.
 */
final class DrawingRig implements AutoCloseable {

    /** 2013-11-25T00:00:00Z */
    static final long START = 1_385_337_600_000L;
    static final SeriesKey BTC_1M = new SeriesKey(Exchange.of("bitstamp"), Instrument.of("BTC", "USD"), Timeframe.M1);
    static final Clock CLOCK = Clock.fixed(START - 86_400_000L);

    final SqliteDrawingStore drawingStore;
    final SqliteAlertStore alertStore;
    final ChartViewModel model;
    final ChartView view;
    final ChartAnnotations annotations;
    final OhlcvColumns columns;

    private DrawingRig(Path db, SeriesKey key, OhlcvColumns columns) {
        drawingStore = SqliteDrawingStore.open(db);
        alertStore = SqliteAlertStore.open(db);
        FxBridge bridge = FxBridge.sameThread();
        model = new ChartViewModel(() -> {
            throw new IllegalStateException("the rig offers its bars; nothing is read");
        }, bridge);
        view = new ChartView(model, tf -> { }, () -> { });
        AlertMonitor monitor = new AlertMonitor(alertStore, CLOCK, bridge);
        annotations = new ChartAnnotations(view.chart(), drawingStore, alertStore, monitor, CLOCK, bridge);
        annotations.bind(model);
        DrawingCommands.register(view.commands(), annotations);
        monitor.start();
        this.columns = columns;
        model.offer(key, columns);
        model.open(new SeriesInfo(key, columns.size(), columns.openTime()[0], columns.openTime()[columns.size() - 1]));
    }

    /** Builds the rig on the FX thread, shows it in {@code stage} and waits for the first paint. */
    static DrawingRig show(FxRobot robot, Stage stage, Path db, SeriesKey key, OhlcvColumns columns, int width,
                           int height) throws Exception {
        DrawingRig rig = WaitForAsyncUtils.asyncFx(() -> {
            DrawingRig r = new DrawingRig(db, key, columns);
            Scene scene = new Scene(r.view.panes(), width, height);
            scene.getStylesheets().addAll(CandleChart.stylesheet(), DrawingLayer.stylesheet());
            stage.setScene(scene);
            stage.show();
            return r;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rig.chart().paintCountProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return rig;
    }

    CandleChart chart() {
        return view.chart();
    }

    DrawingLayer layer() {
        return annotations.layer();
    }

    /** Screen position of a chart point. */
    Point2D screen(long timeMillis, double price) {
        return layer().toScreen(new ShapePoint(timeMillis, price));
    }

    /** Open time of the bar {@code back} bars before the newest. */
    long barTime(int back) {
        return columns.openTime()[columns.size() - 1 - back];
    }

    /** A price {@code fraction} of the way up the visible price axis. */
    double priceAt(double fraction) {
        double min = chart().priceAxis().getMin();
        double max = chart().priceAxis().getMax();
        return min + (max - min) * fraction;
    }

    /** Random-walk bars in cents, {@code step} ms apart. */
    static OhlcvColumns bars(int n, long step, long seed) {
        Random r = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 800;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * step;
            o[i] = cents(price);
            price = Math.max(10, price + r.nextGaussian() * 3);
            c[i] = cents(price);
            h[i] = cents(Math.max(o[i], c[i]) + r.nextDouble() * 2);
            l[i] = cents(Math.min(o[i], c[i]) - r.nextDouble() * 2);
            v[i] = cents(r.nextDouble() * 10);
        }
        return new OhlcvColumns(t, o, h, l, c, v);
    }

    private static double cents(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    @Override
    public void close() {
        drawingStore.close();
        alertStore.close();
    }
}
