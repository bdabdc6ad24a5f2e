package dev.cryptotrader.charting;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The latest close as a dashed line across the plot and a tag over the price axis, coloured like the latest candle
 * ({@code :last-up} / {@code :last-down} on the chart node). An overlay repositioned after each redraw: ChartFX's own
 * watch indicator lays its label out wrongly in 11.3.
 */
final class LastPriceMarker extends Pane {

    private static final PseudoClass UP = PseudoClass.getPseudoClass("last-up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("last-down");

    private final XYChart chart;
    private final Axis priceAxis;
    private final Line line = new Line();
    private final Label tag = new Label();
    private double price = Double.NaN;

    LastPriceMarker(XYChart chart, Axis priceAxis) {
        this.chart = chart;
        this.priceAxis = priceAxis;
        getStyleClass().add("last-price");
        line.getStyleClass().add("last-price-line");
        tag.getStyleClass().add("last-price-tag");
        line.setManaged(false);
        tag.setManaged(false);
        getChildren().addAll(line, tag);
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    /** Takes the latest bar of {@code c}; call {@link #reposition()} after the chart has laid out. */
    void show(OhlcvColumns c) {
        if (c.isEmpty()) {
            price = Double.NaN;
            setVisible(false);
            return;
        }
        int last = c.size() - 1;
        price = c.close()[last];
        tag.setText(PriceFormatter.formatWithDecimals(Legend.decimals(price)).format(price));
        boolean up = price >= c.open()[last];
        pseudoClassStateChanged(UP, up);
        pseudoClassStateChanged(DOWN, !up);
    }

    /** Places line and tag at the price's height on the plot; hides them when the price is out of view. */
    void reposition() {
        Canvas plot = chart.getCanvas();
        double y = priceAxis.getDisplayPosition(price);
        if (Double.isNaN(price) || getScene() == null || y < 0 || y > plot.getHeight()) {
            setVisible(false);
            return;
        }
        Point2D left = sceneToLocal(plot.localToScene(0, y));
        Point2D right = sceneToLocal(plot.localToScene(plot.getWidth(), y));
        double w = tag.prefWidth(-1);
        double h = tag.prefHeight(-1);
        line.setStartX(left.getX());
        line.setEndX(right.getX());
        line.setStartY(left.getY());
        line.setEndY(left.getY());
        tag.resizeRelocate(Math.max(right.getX(), getWidth() - w), left.getY() - h / 2, w, h);
        setVisible(true);
    }
}
