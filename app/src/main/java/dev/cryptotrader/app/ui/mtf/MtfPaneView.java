package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.app.ui.chart.crosshair.CrosshairReadout;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.crosshair.CrosshairPlugin;
import dev.cryptotrader.charting.crosshair.CrosshairState;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One pane: a header with its timeframe picker and status, then its candle chart with the synced crosshair. */
final class MtfPaneView {

    private final MtfPaneModel model;
    private final CandleChart chart = new CandleChart();
    private final CrosshairPlugin crosshair;
    private final CrosshairReadout readout;
    private final ComboBox<Timeframe> timeframe = new ComboBox<>();
    private final VBox root = new VBox();

    MtfPaneView(MtfPaneModel model, SeriesKey symbol, CrosshairState state) {
        this.model = model;
        timeframe.getItems().setAll(Timeframe.values());
        timeframe.valueProperty().bindBidirectional(model.timeframeProperty());
        timeframe.setFocusTraversable(false);
        timeframe.getStyleClass().add("mtf-timeframe");
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("mtf-pane-status");
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("mtf-pane-problem");
        HBox header = new HBox(timeframe, status, problem);
        header.getStyleClass().add("mtf-pane-header");

        crosshair = CrosshairPlugin.attach(state, chart, chart::columns);
        readout = new CrosshairReadout(state, chart::columns);
        hideLegend(chart);
        StackPane.setAlignment(readout.node(), Pos.TOP_LEFT);
        chart.getChildren().add(readout.node());
        model.barsProperty().addListener((obs, old, bars) -> show(symbol, bars));
        show(symbol, model.barsProperty().get());

        VBox.setVgrow(chart, Priority.ALWAYS);
        root.getChildren().addAll(header, chart);
        root.getStyleClass().add("mtf-pane");
    }

    private void show(SeriesKey symbol, OhlcvColumns bars) {
        String label = symbol.instrument().symbol() + " · " + model.timeframe().label();
        chart.setData(label, bars);
        readout.setTitle(label);
        readout.refresh();
    }

    /**
     * The readout takes the place of the chart's one-line legend. (A {@code CandleChart} hook to hide its legend would
     * be cleaner than the style-class lookup.)
     */
    static void hideLegend(CandleChart chart) {
        Node legend = chart.lookup(".candle-chart-legend");
        if (legend != null) {
            legend.setVisible(false);
        }
    }

    CandleChart chart() {
        return chart;
    }

    CrosshairPlugin crosshair() {
        return crosshair;
    }

    CrosshairReadout readout() {
        return readout;
    }

    MtfPaneModel model() {
        return model;
    }

    Node node() {
        return root;
    }
}
