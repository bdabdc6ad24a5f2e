package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ReadoutSource;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.overlay.IndicatorSubpane;
import dev.cryptotrader.charting.overlay.OverlayContent;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorLine;
import dev.cryptotrader.trading.indicators.IndicatorPane;
import dev.cryptotrader.trading.indicators.IndicatorResult;
import dev.cryptotrader.trading.indicators.IndicatorSession;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import dev.cryptotrader.trading.indicators.Indicators;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The overlays on the demo workspace, headless: keys, menu, dialog, persistence, values, screenshot. */
@ExtendWith(ApplicationExtension.class)
class IndicatorOverlaysFxTest {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};

    @TempDir
    Path dir;
    private static CandleSeries btc;
    private IndicatorHarness harness;

    @BeforeAll
    static void readDemo(@TempDir Path seedDir) {
        try (CandleStore store = SqliteCandleStore.open(seedDir.resolve("seed.db"))) {
            DemoWorkspace.seedIfEmpty(store);
            btc = store.readAll(DemoWorkspace.BTC_1M);
        }
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private Path demoDb() {
        Path db = dir.resolve("demo.db");
        if (!Files.exists(db)) {
            try (CandleStore store = SqliteCandleStore.open(db)) {
                store.upsert(DemoWorkspace.BTC_1M, btc);
            }
        }
        return db;
    }

    private IndicatorHarness open(FxRobot robot) throws Exception {
        Path db = demoDb();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        harness = WaitForAsyncUtils.asyncFx(() -> new IndicatorHarness(stage, db)).get(20, TimeUnit.SECONDS);
        waitFor(() -> {
            ChartData data = harness.chartModel.data();
            return data != null && data.complete() && harness.view.chart().paintCountProperty().get() > 1;
        });
        return harness;
    }

    @Test
    void eachIndicatorTogglesByKeyWithTa4jValues(FxRobot robot) throws Exception {
        IndicatorHarness h = open(robot);
        IndicatorSession ta4j = Indicators.session(btc);
        robot.clickOn(h.view.chart());
        IndicatorKind[] kinds = IndicatorKind.values();
        for (int i = 0; i < kinds.length; i++) {
            IndicatorKind kind = kinds[i];
            IndicatorSpec spec = kind.defaultSpec();
            robot.press(KeyCode.ALT).type(DIGITS[i]).release(KeyCode.ALT);
            waitFor(() -> h.overlays.shownResults().containsKey(spec));
            assertThat(h.overlays.model().active()).as(kind.name()).containsExactly(spec);
            OverlayContent content = kind.pane() == IndicatorPane.PRICE ? h.overlays.priceRenderer().content()
                    : subpane(h, spec).renderer().content();
            assertThat(content.size()).isEqualTo(btc.size());
            IndicatorResult expected = ta4j.computeWithTa4j(spec);
            for (IndicatorLine line : expected.lines()) {
                double[] shown = line.name().equals("histogram") ? content.histogram().values()
                        : content.lines().stream().filter(l -> l.name().endsWith(" " + line.name())).findFirst()
                        .orElseThrow().values();
                assertWithinBillionth(spec + " " + line.name(), shown, line.values(), btc.size());
            }
            if (kind.pane() == IndicatorPane.PRICE) {
                assertThat(h.view.chart().xyChart().getRenderers()).contains(h.overlays.priceRenderer());
                assertThat(h.overlays.priceLegend().texts()).startsWith(spec.label());
            } else {
                IndicatorSubpane pane = subpane(h, spec);
                assertThat(h.view.panes().getChildren()).contains(pane);
                assertThat(pane.renderer().content().levels()).isEqualTo(kind.referenceLevels());
                assertThat(pane.title().texts().getFirst()).isEqualTo(spec.label());
                assertAlignedWithPriceChart(h.view.chart(), pane);
            }
            robot.press(KeyCode.ALT).type(DIGITS[i]).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(h.overlays.model().active()).as(kind + " off").isEmpty();
            assertThat(h.overlays.subpanes()).isEmpty();
            assertThat(h.view.chart().xyChart().getRenderers()).doesNotContain(h.overlays.priceRenderer());
            assertThat(h.view.panes().getChildren()).containsExactly(h.view.chart());
        }
    }

    @Test
    void menuItemsToggleAndTheReadoutGivesValues(FxRobot robot) throws Exception {
        IndicatorHarness h = open(robot);
        robot.clickOn("#menu-indicators");
        robot.clickOn("RSI  (Alt+4)");
        IndicatorSpec rsi = IndicatorKind.RSI.defaultSpec();
        waitFor(() -> h.overlays.shownResults().containsKey(rsi));
        assertThat(subpane(h, rsi).renderer().content().lines()).hasSize(1);
        CheckMenuItem item = (CheckMenuItem) h.menuBar.getMenus().getFirst().getItems().get(3);
        assertThat(item.isSelected()).isTrue();

        int last = h.view.chart().barCount() - 1;
        List<ReadoutSource.Item> readout = h.overlays.readout().itemsAt(last);
        double expected = Indicators.session(btc).computeWithTa4j(rsi).main().value(last);
        assertThat(readout).containsExactly(new ReadoutSource.Item("RSI 14", IndicatorStyle.format(expected)));
        assertThat(subpane(h, rsi).title().texts()).containsExactly("RSI 14", IndicatorStyle.format(expected));

        robot.clickOn("#menu-indicators");
        robot.clickOn("RSI  (Alt+4)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.overlays.subpanes()).isEmpty();
        assertThat(item.isSelected()).isFalse();
    }

    @Test
    void aBadParameterIsRefusedNamingTheFieldAndChangesNothing(FxRobot robot) throws Exception {
        IndicatorHarness h = open(robot);
        robot.clickOn(h.view.chart());
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT4).release(KeyCode.ALT);
        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
        waitFor(() -> robot.lookup("#indicator-field-1-1").tryQuery().isPresent());
        TextField period = robot.lookup("#indicator-field-1-1").queryAs(TextField.class);
        assertThat(period.getText()).isEqualTo("14");

        robot.interact(() -> period.setText("0"));
        robot.clickOn((javafx.scene.Node) robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(ButtonType.OK));
        assertThat(robot.lookup("#indicator-dialog-error").queryLabeled().getText())
                .isEqualTo("RSI period must be 1..10000, was 0");
        robot.interact(() -> period.setText("x1"));
        robot.clickOn((javafx.scene.Node) robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(ButtonType.OK));
        assertThat(robot.lookup("#indicator-dialog-error").queryLabeled().getText())
                .isEqualTo("RSI period must be a number, was 'x1'");
        assertThat(h.overlays.model().active()).containsExactly(new IndicatorSpec.Rsi(14));

        robot.interact(() -> period.setText("21"));
        robot.clickOn((javafx.scene.Node) robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(ButtonType.OK));
        waitFor(() -> h.overlays.shownResults().containsKey(new IndicatorSpec.Rsi(21)));
        assertThat(h.overlays.model().active()).containsExactly(new IndicatorSpec.Rsi(21));
        assertThat(subpane(h, new IndicatorSpec.Rsi(21)).title().texts().getFirst()).isEqualTo("RSI 21");
    }

    @Test
    void theIndicatorsComeBackAfterARestartOnTheSameFile(FxRobot robot) throws Exception {
        IndicatorHarness first = open(robot);
        List<IndicatorSpec> chosen = List.of(new IndicatorSpec.Sma(20), new IndicatorSpec.Ema(50),
                new IndicatorSpec.Bollinger(20, 2.5), new IndicatorSpec.Macd(12, 26, 9));
        robot.interact(() -> first.overlays.model().setAll(chosen));
        waitFor(() -> first.layouts.load(IndicatorsViewModel.DEFAULT_LAYOUT)
                .map(l -> l.layout().indicators().equals(chosen)).orElse(false));
        robot.interact(() -> first.view.chart().getScene().getWindow().hide());
        first.close();
        harness = null;

        IndicatorHarness second = open(robot);
        waitFor(() -> second.overlays.model().active().equals(chosen));
        waitFor(() -> second.overlays.shownResults().keySet().containsAll(chosen));
        assertThat(second.overlays.subpanes().keySet()).containsExactly(new IndicatorSpec.Macd(12, 26, 9));
        assertThat(second.overlays.priceRenderer().content().lines()).hasSize(5); // SMA, EMA, 3 Bollinger lines
    }

    @Test
    void writesTheOverlayScreenshot(FxRobot robot) throws Exception {
        IndicatorHarness h = open(robot);
        List<IndicatorSpec> specs = List.of(new IndicatorSpec.Sma(20), new IndicatorSpec.Ema(50),
                new IndicatorSpec.Bollinger(20, 2), new IndicatorSpec.Rsi(14), new IndicatorSpec.Macd(12, 26, 9));
        robot.interact(() -> h.overlays.model().setAll(specs));
        waitFor(() -> h.overlays.shownResults().keySet().containsAll(specs));
        robot.interact(() -> h.view.chart().showLatest(200));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = h.view.chart().getScene().snapshot(null));
        Path out = Path.of("target/screenshots/chart-overlays.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.toFile());
        assertThat(Files.size(out)).isGreaterThan(10_000);
        assertThat(h.view.panes().getChildren()).hasSize(3);
        // the price chart keeps most of the height
        assertThat(h.view.chart().getHeight()).isGreaterThan(2 * subpane(h, specs.get(3)).getHeight());
    }

    private static IndicatorSubpane subpane(IndicatorHarness h, IndicatorSpec spec) {
        IndicatorSubpane pane = h.overlays.subpanes().get(spec);
        assertThat(pane).as("subpane of " + spec).isNotNull();
        return pane;
    }

    /** Both plots span the same x range on screen, so a bar sits under its candle. */
    private static void assertAlignedWithPriceChart(CandleChart chart, IndicatorSubpane pane) {
        Bounds price = chart.xyChart().getCanvas().localToScene(chart.xyChart().getCanvas().getLayoutBounds());
        Bounds sub = pane.xyChart().getCanvas().localToScene(pane.xyChart().getCanvas().getLayoutBounds());
        assertThat(sub.getMinX()).as("plot left").isCloseTo(price.getMinX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(sub.getMaxX()).as("plot right").isCloseTo(price.getMaxX(),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(pane.timeAxis().getMin()).isEqualTo(chart.timeAxis().getMin());
        assertThat(pane.timeAxis().getMax()).isEqualTo(chart.timeAxis().getMax());
    }

    private static void assertWithinBillionth(String what, double[] actual, double[] expected, int n) {
        for (int i = 0; i < n; i++) {
            double a = actual[i];
            double t = expected[i];
            boolean same = Double.isNaN(t) ? Double.isNaN(a) : Math.abs(a - t) <= 1e-9 * Math.abs(t);
            if (!same) {
                fail("%s bar %d: shown %s, ta4j %s", what, i, a, t);
            }
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
