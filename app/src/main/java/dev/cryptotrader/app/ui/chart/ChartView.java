package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.trading.domain.Timeframe;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The candle chart of the selected series with the panes below it (indicator subpanes), and its keyboard: every key
 * is a {@link ChartCommand} in {@link #commands()}, where features add theirs. Keys reach the chart only while it has
 * the focus, so typing in the search field (or any text field) never moves the chart.
 */
public final class ChartView {

    private final CandleChart chart = new CandleChart();
    private final VBox panes = new VBox();
    private final ChartCommands commands = new ChartCommands();
    private ChartData shown;

    public ChartView(ChartViewModel model, Consumer<Timeframe> onTimeframeKey, Runnable toggleLive) {
        chart.setId("candle-chart");
        panes.getStyleClass().add("chart-panes");
        panes.getChildren().add(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        model.dataProperty().addListener((obs, old, data) -> show(data));
        chart.paintCountProperty().addListener((obs, old, count) -> model.painted());
        NavigationCommands.register(commands, chart, onTimeframeKey, toggleLive);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, commands::handle);
    }

    private void show(ChartData data) {
        if (data == null) {
            return;
        }
        boolean sameSeries = shown != null && shown.series().key().equals(data.series().key());
        if (sameSeries) {
            chart.updateData(data.columns());
        } else {
            chart.setData(data.label(), data.columns());
        }
        shown = data;
    }

    public CandleChart chart() {
        return chart;
    }

    /** The chart's keyboard commands; features register theirs here. */
    public ChartCommands commands() {
        return commands;
    }

    /**
     * The column of panes: the price chart first (it takes the spare height), subpanes below it. Features add and
     * remove their subpanes here.
     */
    public VBox panes() {
        return panes;
    }

    /** What the window shows in its centre. */
    public Node node() {
        return panes;
    }
}
