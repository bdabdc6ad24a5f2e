package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.chart.alert.AlertController;
import dev.cryptotrader.app.ui.chart.alert.AlertMonitor;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.draw.DrawingLayer;
import dev.cryptotrader.charting.draw.DrawingLayerListener;
import dev.cryptotrader.charting.draw.ShapeKind;
import dev.cryptotrader.charting.draw.ShapePoint;
import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.port.AlertStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.DrawingStore;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/**
 * Drawings and alerts on the price chart, wired together: one {@link DrawingLayer} on the chart, the
 * {@link DrawingController} and {@link AlertController} behind it (they share one ordered background queue), and the
 * {@link AlertMonitor} the live and replay paths feed. {@link #messageProperty()} says what happened last (an undo, an
 * alert that fired, an edit that was refused), for the status bar.
 */
public final class ChartAnnotations {

    private final DrawingLayer layer;
    private final DrawingController drawings;
    private final AlertController alerts;
    private final AlertMonitor monitor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ChartAnnotations(CandleChart chart, DrawingStore drawingStore, AlertStore alertStore, AlertMonitor monitor,
                            Clock clock, FxBridge bridge) {
        this.layer = DrawingLayer.attach(chart);
        this.monitor = monitor;
        SerialWork work = new SerialWork(bridge);
        this.drawings = new DrawingController(layer, drawingStore, clock, work, this::say);
        this.alerts = new AlertController(layer, alertStore, monitor, clock, work, this::say);
        layer.setListener(new Events());
    }

    /** Follows the series on screen: drawings and alerts of its symbol, on every timeframe. */
    public void bind(ChartViewModel model) {
        model.dataProperty().addListener((obs, old, data) -> show(data));
        show(model.dataProperty().get());
    }

    public void show(ChartData data) {
        if (data == null) {
            return;
        }
        SymbolKey symbol = SymbolKey.of(data.series().key());
        drawings.show(symbol, data.columns());
        alerts.show(symbol, data.columns());
    }

    public DrawingLayer layer() {
        return layer;
    }

    public DrawingController drawings() {
        return drawings;
    }

    public AlertController alerts() {
        return alerts;
    }

    public AlertMonitor monitor() {
        return monitor;
    }

    /** Del: the selected drawing or alert; false when nothing is selected. */
    public boolean deleteSelected() {
        return drawings.deleteSelected() || alerts.deleteSelected();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void say(String text) {
        message.set(text);
    }

    /** Routes what the user did on the layer to the controller it belongs to. */
    private final class Events implements DrawingLayerListener {
        @Override
        public void created(ShapeKind kind, List<ShapePoint> points, String text) {
            drawings.created(kind, points, text);
        }

        @Override
        public void moved(String shapeId, List<ShapePoint> points) {
            drawings.moved(shapeId, points);
        }

        @Override
        public void textEdited(String shapeId, String text) {
            drawings.textEdited(shapeId, text);
        }

        @Override
        public void alertMoved(String alertId, double price) {
            alerts.moved(alertId, price);
        }
    }
}
