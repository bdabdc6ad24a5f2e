package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BacktestRun;
import dev.cryptotrader.trading.execution.FeeSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestViewModelTest {

    /** The public base tiers: binance 10 / 10, bitfinex 10 / 20, nothing for coinbase. */
    static final FeeSchedule FEES = FeeSchedule.defaults();

    private final FakeBacktestService service = new FakeBacktestService();
    private final RecordingExporter exporter = new RecordingExporter();

    private BacktestViewModel model(FxBridge bridge, FeeSchedule fees) {
        return new BacktestViewModel(service, FakeBacktestService::series, () -> fees, exporter, bridge);
    }

    @Test
    void loadingSelectsTheChartSeriesAndFillsFeesFromTheSchedule() {
        BacktestViewModel model = model(FxBridge.sameThread(), FeeSchedule.defaults()); // bitfinex 10 / 20
        model.selectSeries(FakeBacktestService.ETH_1D);
        model.load();

        assertThat(model.strategies()).extracting(StrategySpec::id).containsExactly("sma-cross", "rsi-reversion",
                "json-rule");
        assertThat(model.form().strategy().get().id()).isEqualTo("sma-cross");
        assertThat(model.form().parameters()).extracting(ParameterField::name).containsExactly("fast", "slow");
        assertThat(model.form().series().get().key()).isEqualTo(FakeBacktestService.ETH_1D);
        assertThat(model.form().from().get()).hasToString("2024-01-01");
        assertThat(model.form().takerFee().get()).isEqualTo("20");
        assertThat(model.feeHintProperty().get()).isEqualTo("From the bitfinex fee schedule");

        model.form().takerFee().set("15");
        model.load(); // opening the window again re-reads the lists but keeps what was typed
        assertThat(model.form().takerFee().get()).isEqualTo("15");

        model.form().series().set(model.series().get(2));
        assertThat(model.feeHintProperty().get()).isEqualTo("No fee schedule for coinbase: type the fees");
        assertThat(model.form().takerFee().get()).as("kept").isEqualTo("15");
    }

    @Test
    void aRunShowsItsResultAndABadFieldIsNamed() {
        BacktestViewModel model = model(FxBridge.sameThread(), FEES);
        model.load();
        model.run();
        BacktestResult r = model.resultProperty().get();
        assertThat(r).isNotNull();
        assertThat(model.statusProperty().get()).startsWith("sma-cross(fast=10, slow=40) · " + r.trades().size()
                + " trades · net profit ");
        assertThat(model.progressProperty().get()).isEqualTo(1);
        assertThat(service.lastRequest.config().costs().takerFeeBps()).isEqualTo(10);

        model.form().parameter("slow").orElseThrow().value().set("9999");
        model.run();
        assertThat(model.errorProperty().get()).isEqualTo("Parameter slow must be between 5 and 500, was 9999");
        assertThat(model.errorFieldProperty().get()).isEqualTo("param-slow");
        assertThat(service.runs.get()).as("a bad form runs nothing").isEqualTo(1);
    }

    @Test
    void engineErrorsAreShownAsTheyAre() {
        BacktestService failing = new FakeBacktestService() {
            @Override
            public BacktestRun run(BacktestRequest request, RunControl control) {
                throw new IllegalArgumentException("fewer bars (120) than the warm-up (200) of sma-cross");
            }
        };
        BacktestViewModel model = new BacktestViewModel(failing, FakeBacktestService::series, () -> FEES,
                exporter, FxBridge.sameThread());
        model.load();
        model.run();
        assertThat(model.errorProperty().get()).isEqualTo("fewer bars (120) than the warm-up (200) of sma-cross");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheJobAndDropsWhatItStillReturns() {
        Queue<Runnable> background = new ArrayDeque<>();
        BacktestViewModel model = model(new FxBridge(background::add, Runnable::run), FEES);
        model.load();
        background.poll().run(); // the lists
        model.run();
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).as("indeterminate until reported").isEqualTo(-1);

        model.cancel();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled");
        background.poll().run(); // the job ends after all
        assertThat(model.resultProperty().get()).as("a cancelled run's result is dropped").isNull();

        model.run();
        background.poll().run();
        assertThat(model.resultProperty().get()).isNotNull();
    }

    @Test
    void pinningComparesUpToEightRunsAndParametersLoadIntoTheForm() {
        BacktestViewModel model = model(FxBridge.sameThread(), FEES);
        model.load();
        for (int i = 0; i < 9; i++) {
            model.form().parameter("fast").orElseThrow().value().set(Integer.toString(5 + i));
            model.run();
            model.pin();
            model.pin(); // twice is once
        }
        assertThat(model.pinned()).hasSize(BacktestViewModel.MAX_PINNED);
        assertThat(model.statusProperty().get()).isEqualTo("At most 8 runs can be compared: unpin one first");
        model.unpin(model.pinned().getFirst());
        assertThat(model.pinned()).hasSize(7);

        model.loadParameters(Map.of("fast", 15.0, "slow", 60.0));
        assertThat(model.form().parameter("fast").orElseThrow().value().get()).isEqualTo("15");
        assertThat(model.form().parameter("slow").orElseThrow().value().get()).isEqualTo("60");
    }

    @Test
    void exportWritesThroughTheExporter(@TempDir Path dir) throws Exception {
        BacktestViewModel model = model(FxBridge.sameThread(), FEES);
        model.load();
        model.run();
        Path file = dir.resolve("trades.csv");
        model.export(Exporter.Kind.TRADES_CSV, file);
        assertThat(Files.readString(file)).startsWith("trades of sma-cross(fast=10, slow=40)");
        assertThat(model.statusProperty().get()).isEqualTo("Saved Trades CSV to " + file);
        exporter.fail = true;
        model.export(Exporter.Kind.METRICS_JSON, dir.resolve("m.json"));
        assertThat(model.errorProperty().get()).startsWith("Could not save Metrics JSON to ").endsWith(": disk full");
    }

    /** Writes a one-line file per export, or fails like a full disk. */
    static final class RecordingExporter implements Exporter {
        boolean fail;

        @Override
        public void tradesCsv(BacktestResult result, Path file) throws java.io.IOException {
            write(file, "trades of " + result.label());
        }

        @Override
        public void equityCsv(BacktestResult result, Path file) throws java.io.IOException {
            write(file, "equity of " + result.label());
        }

        @Override
        public void metricsJson(BacktestResult result, Path file) throws java.io.IOException {
            write(file, "{\"label\": \"" + result.label() + "\"}");
        }

        private void write(Path file, String text) throws java.io.IOException {
            if (fail) {
                throw new java.io.IOException("disk full");
            }
            Files.writeString(file, text);
        }
    }
}
