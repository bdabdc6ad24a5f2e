package dev.cryptotrader.charting.heatmap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A heat map of a metric over two parameters, drawn on a canvas: one coloured cell per parameter pair (value written in
 * it when it fits), parameter values along both axes, a colour legend on the right and a readout line naming the cell
 * under the mouse. A click selects a cell and activates it; with the focus, the arrow keys move the selection and
 * Enter or Space activates it, so the map works without a mouse. Colours of text and selection come from
 * {@link #stylesheet()}; the scale's bad, middle and good colours too.
 */
public final class HeatMap extends Region {

    private final Canvas canvas = new Canvas();
    private final HeatMapPainter painter = new HeatMapPainter();
    private final ObjectProperty<HeatMapData> data = new SimpleObjectProperty<>(this, "data");
    private final ReadOnlyObjectWrapper<HeatCell> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Text text = probe("heat-map-text");
    private final Text muted = probe("heat-map-muted");
    private final Text empty = probe("heat-map-empty");
    private final Text selection = probe("heat-map-selection");
    private final Text bad = probe("heat-map-bad");
    private final Text middle = probe("heat-map-middle");
    private final Text good = probe("heat-map-good");
    private HeatCell hover;
    private Consumer<HeatCell> onActivated = cell -> { };

    public HeatMap() {
        getStyleClass().add("heat-map");
        setFocusTraversable(true);
        getChildren().addAll(canvas, text, muted, empty, selection, bad, middle, good);
        data.addListener((obs, old, d) -> {
            selected.set(null);
            hover = null;
            paint();
        });
        focusedProperty().addListener((obs, old, f) -> paint());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> setHover(cellAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(null));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        setPrefSize(560, 380);
        setMinSize(200, 160);
    }

    /** The stylesheet with the heat map's colours; load it after the candle chart's. */
    public static String stylesheet() {
        return Objects.requireNonNull(HeatMap.class.getResource("heatmap.css")).toExternalForm();
    }

    /** What is shown; setting it clears the selection. Null shows a hint instead. */
    public ObjectProperty<HeatMapData> dataProperty() {
        return data;
    }

    public void setData(HeatMapData newData) {
        data.set(newData);
    }

    public ReadOnlyObjectProperty<HeatCell> selectedCellProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Called with a cell when it is clicked, or selected and Enter or Space pressed. */
    public void setOnCellActivated(Consumer<HeatCell> action) {
        onActivated = Objects.requireNonNull(action, "action");
    }

    /** Selects the cell at {@code column, row} (clamped to the grid); nothing without data. */
    public void select(int column, int row) {
        HeatMapData d = data.get();
        if (d == null || d.isEmpty()) {
            return;
        }
        int c = Math.max(0, Math.min(d.columns() - 1, column));
        int r = Math.max(0, Math.min(d.rows() - 1, row));
        selected.set(d.cell(c, r));
        paint();
    }

    /** Activates the selected cell, if any. */
    public void activateSelected() {
        if (selected.get() != null) {
            onActivated.accept(selected.get());
        }
    }

    /** The text of the readout line: the hovered cell, else the selected one, else a hint. */
    public String readout() {
        HeatMapData d = data.get();
        HeatCell cell = hover != null ? hover : selected.get();
        if (d == null || d.isEmpty()) {
            return "";
        }
        if (cell == null) {
            return "Click a cell (or arrows, Enter) to load it"; // short: it shares the line with the legend title
        }
        return d.xName() + " = " + HeatMapData.parameterText(cell.x()) + ", " + d.yName() + " = "
                + HeatMapData.parameterText(cell.y()) + "  →  " + d.metricName() + " "
                + (Double.isNaN(cell.value()) ? "—" : d.format().apply(cell.value()));
    }

    /** The centre of a cell in this node's coordinates (for tests and keyboard users' tooltips). */
    public javafx.geometry.Point2D cellCentre(int column, int row) {
        HeatMapLayout l = grid();
        return new javafx.geometry.Point2D(l.cellX(column) + l.cellWidth() / 2, l.cellY(row) + l.cellHeight() / 2);
    }

    /** The cell at a point of this node, or null. */
    public HeatCell cellAt(double x, double y) {
        HeatMapData d = data.get();
        int[] at = d == null ? null : grid().cellAt(x, y);
        return at == null ? null : d.cell(at[0], at[1]);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private HeatMapLayout grid() {
        HeatMapData d = data.get();
        return HeatMapLayout.of(getWidth(), getHeight(), d == null ? 0 : d.columns(), d == null ? 0 : d.rows());
    }

    private void paint() {
        HeatMapColours colours = new HeatMapColours(colour(bad, "#d73027"), colour(middle, "#fee08b"),
                colour(good, "#1a9850"));
        HeatMapPainter.Style style = new HeatMapPainter.Style(colour(text, "#d0d3da"), colour(muted, "#8b90a0"),
                colour(empty, "#2a2e39"), colour(selection, "#4aa8ff"));
        painter.paint(canvas.getGraphicsContext2D(), grid(), data.get(), colours, style,
                new HeatMapPainter.Frame(selected.get(), hover, isFocused(), readout()));
    }

    private void setHover(HeatCell cell) {
        if (!Objects.equals(cell, hover)) {
            hover = cell;
            paint();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        HeatCell cell = cellAt(e.getX(), e.getY());
        if (cell != null) {
            select(cell.column(), cell.row());
            activateSelected();
        }
    }

    private void keyPressed(KeyEvent e) {
        HeatMapData d = data.get();
        if (d == null || d.isEmpty()) {
            return;
        }
        HeatCell at = selected.get();
        int c = at == null ? 0 : at.column();
        int r = at == null ? 0 : at.row();
        switch (e.getCode()) {
            case LEFT -> select(at == null ? c : c - 1, r);
            case RIGHT -> select(at == null ? c : c + 1, r);
            case UP -> select(c, at == null ? r : r + 1);
            case DOWN -> select(c, at == null ? r : r - 1);
            case ENTER, SPACE -> activateSelected();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private Text probe(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setVisible(false);
        t.setManaged(false);
        return t;
    }

    private static Color colour(Text probe, String fallback) {
        Paint fill = probe.getFill();
        return fill instanceof Color c && probe.getScene() != null && !Color.BLACK.equals(c) ? c
                : Color.web(fallback);
    }
}
