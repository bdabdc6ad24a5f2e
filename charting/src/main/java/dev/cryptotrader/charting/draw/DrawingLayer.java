package dev.cryptotrader.charting.draw;

import dev.cryptotrader.charting.CandleChart;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Drawings and alert lines on a {@link CandleChart}, as a ChartFX plugin: paints the shapes it is given, picks them,
 * shows handles on the selected one, and turns mouse and keys into edits reported to a {@link DrawingLayerListener}.
 * <ul>
 *   <li>Create: {@link #arm} a tool, then click its points (two for lines, rays, rectangles and retracements, one for
 *       horizontal and vertical lines and notes; a note then asks for its text). Without a mouse, the arrows move a
 *       keyboard cursor and {@link #confirm()} (Enter) places a point there.</li>
 *   <li>Select by clicking a shape or an alert line; drag its body to move it, a handle to reshape it; arrows nudge
 *       the selection. Double-click or Enter edits its text.</li>
 *   <li>With the {@link #magnetProperty() magnet} on, points snap to the nearest open, high, low or close.</li>
 * </ul>
 * Mouse presses it handles are consumed, so the chart does not pan meanwhile. Call it on the JavaFX thread.
 */
public final class DrawingLayer extends ChartPlugin {

    private static final double PICK_TOLERANCE = 6;

    private final CandleChart chart;
    private final ChartMapping map;
    private final ShapeGeometry geo;
    private final ShapePainter painter;
    private final Pane overlay = new Pane();
    private final Canvas canvas = new Canvas();
    private final AlertMarks alertMarks = new AlertMarks();
    private final NoteEditor editor = new NoteEditor();
    private final KeyboardCursor cursor;
    private final LayerDrag drag;
    private final ObjectProperty<ShapeKind> tool = new SimpleObjectProperty<>(this, "tool");
    private final BooleanProperty magnet = new SimpleBooleanProperty(this, "magnet");
    private final List<ShapePoint> pending = new ArrayList<>();
    private boolean blank = true; // the canvas holds nothing drawn
    private List<Shape> shapes = List.of();
    private List<AlertMark> alerts = List.of();
    private DrawingLayerListener listener = new DrawingLayerListener.Ignore();
    private ShapePoint pointer;
    private boolean keyboardLast;
    private String selectedShape;
    private String selectedAlert;

    private DrawingLayer(CandleChart chart) {
        this.chart = chart;
        this.map = new ChartMapping(chart);
        this.geo = new ShapeGeometry(map);
        this.painter = new ShapePainter(geo);
        this.cursor = new KeyboardCursor(map);
        this.drag = new LayerDrag(this, map, geo);
        overlay.getStyleClass().add("drawing-layer");
        overlay.setPickOnBounds(false);
        overlay.setManaged(false);
        canvas.setMouseTransparent(true);
        overlay.getChildren().addAll(canvas, alertMarks, editor);
        getChartChildren().add(overlay);
        tool.addListener((obs, old, now) -> {
            pending.clear();
            cursor.reset(Optional.ofNullable(pointer));
            chart.setCursor(now == null ? null : Cursor.CROSSHAIR);
            repaint();
        });
        magnet.addListener((obs, old, now) -> repaint());
        LayerInput.install(this, chart);
    }

    /** Adds a drawing layer to {@code chart}'s plugins. */
    public static DrawingLayer attach(CandleChart chart) {
        DrawingLayer layer = new DrawingLayer(Objects.requireNonNull(chart, "chart"));
        chart.xyChart().getPlugins().add(layer);
        return layer;
    }

    /** Styles of the alert lines and the text field; the scene should load it after the chart's stylesheet. */
    public static String stylesheet() {
        return Objects.requireNonNull(DrawingLayer.class.getResource("drawing-layer.css")).toExternalForm();
    }

    public void setListener(DrawingLayerListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The shapes to show, bottom first; a selected shape that is gone is deselected. */
    public void setShapes(List<Shape> newShapes) {
        shapes = List.copyOf(newShapes);
        if (selectedShape != null && findShape(selectedShape).isEmpty()) {
            selectedShape = null;
        }
        repaint();
    }

    public List<Shape> shapes() {
        return shapes;
    }

    public void setAlerts(List<AlertMark> newAlerts) {
        alerts = List.copyOf(newAlerts);
        if (selectedAlert != null && alerts.stream().noneMatch(a -> a.id().equals(selectedAlert))) {
            selectedAlert = null;
        }
        alertMarks.show(alerts);
        alertMarks.select(selectedAlert);
        repaint();
    }

    public List<AlertMark> alerts() {
        return alerts;
    }

    /** Arms {@code kind}: the next clicks (or Enter presses) place its points. */
    public void arm(ShapeKind kind) {
        closeEditor();
        tool.set(null);
        tool.set(Objects.requireNonNull(kind, "kind"));
    }

    /** The armed tool; null when none is. */
    public ObjectProperty<ShapeKind> toolProperty() {
        return tool;
    }

    /** Snap points to the bar's open, high, low or close. */
    public BooleanProperty magnetProperty() {
        return magnet;
    }

    /**
     * Esc: drops the text being typed, else the tool in progress, else the selection. False when there was nothing
     * to cancel.
     */
    public boolean cancel() {
        if (editor.isOpen()) {
            editor.cancel();
            return true;
        }
        if (tool.get() != null) {
            tool.set(null);
            return true;
        }
        if (selectedShape != null || selectedAlert != null) {
            select(null);
            return true;
        }
        return false;
    }

    /**
     * Enter: with a tool armed, places its next point at the keyboard cursor; else edits the selected shape's text.
     * False when there was nothing to do.
     */
    public boolean confirm() {
        if (tool.get() != null) {
            keyboardLast = true;
            place(cursor.point());
            return true;
        }
        if (selectedShape != null) {
            editText(selectedShape);
            return true;
        }
        return false;
    }

    /** Selects the shape or alert with {@code id} (null: nothing). */
    public void select(String id) {
        selectedShape = id != null && findShape(id).isPresent() ? id : null;
        selectedAlert = id != null && alerts.stream().anyMatch(a -> a.id().equals(id)) ? id : null;
        alertMarks.select(selectedAlert);
        repaint();
    }

    /** Selects the next (or, with a negative step, previous) shape or alert, in drawing order. */
    public void selectNext(int step) {
        List<String> ids = new ArrayList<>(shapes.stream().map(Shape::id).toList());
        alerts.forEach(a -> ids.add(a.id()));
        if (ids.isEmpty()) {
            return;
        }
        int at = ids.indexOf(selectedShape != null ? selectedShape : selectedAlert);
        int next = at < 0 ? (step >= 0 ? 0 : ids.size() - 1) : Math.floorMod(at + Integer.signum(step), ids.size());
        select(ids.get(next));
    }

    public Optional<String> selectedShape() {
        return Optional.ofNullable(selectedShape);
    }

    public Optional<String> selectedAlert() {
        return Optional.ofNullable(selectedAlert);
    }

    /** The chart point under the mouse (magnet applied); empty when the mouse is not over the plot. */
    public Optional<ShapePoint> pointer() {
        return Optional.ofNullable(pointer);
    }

    /** Where Enter would place a point: the keyboard cursor. */
    public ShapePoint keyboardPoint() {
        return cursor.point();
    }

    /** Opens the text field on a shape: a note's content, another kind's label. */
    public void editText(String id) {
        Optional<Shape> found = findShape(id);
        if (found.isEmpty()) {
            return;
        }
        Shape s = found.get();
        editor.open(geo.x(s.point(0)), geo.y(s.point(0)), s.text(), text -> {
            if (!(text.isEmpty() && s.kind() == ShapeKind.TEXT_NOTE) && !text.equals(s.text())) {
                listener.textEdited(id, text);
            }
            chart.requestFocus();
        }, chart::requestFocus);
    }

    /** The text field of notes and labels (for tests and for focus checks). */
    public javafx.scene.control.TextField textField() {
        return editor;
    }

    /** Screen position of a chart point, for tests that click on shapes. */
    public Point2D toScreen(ShapePoint p) {
        return canvas.localToScreen(map.x(p.timeMillis()), map.y(p.price()));
    }

    @Override
    public void runPostLayout() {
        repaint();
    }

    // ---- used by LayerInput and LayerDrag ----

    Canvas canvas() {
        return canvas;
    }

    DrawingLayerListener listener() {
        return listener;
    }

    boolean editing() {
        return editor.isOpen();
    }

    KeyboardCursor cursor() {
        return cursor;
    }

    LayerDrag drag() {
        return drag;
    }

    void pointerAt(ShapePoint p) {
        pointer = p;
        keyboardLast = false;
        if (tool.get() != null) {
            repaint();
        }
    }

    void keyboardMoved() {
        keyboardLast = true;
        repaint();
    }

    Optional<Shape> findShape(String id) {
        return shapes.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The topmost shape within the pick tolerance of (x, y). */
    Optional<Shape> pick(double x, double y) {
        for (int i = shapes.size() - 1; i >= 0; i--) {
            if (geo.distance(shapes.get(i), x, y) <= PICK_TOLERANCE) {
                return Optional.of(shapes.get(i));
            }
        }
        return Optional.empty();
    }

    /** The alert line near (x, y), if any. */
    Optional<AlertMark> pickAlert(double x, double y) {
        return Optional.ofNullable(alertMarks.pick(map, x, y, PICK_TOLERANCE));
    }

    /** Adds a point of the armed tool; the last point creates the shape (a note first asks for its text). */
    void place(ShapePoint p) {
        ShapeKind kind = tool.get();
        if (kind == null) {
            return;
        }
        if (!pending.isEmpty()) {
            ShapePoint last = pending.getLast();
            if (Math.hypot(map.x(p.timeMillis()) - map.x(last.timeMillis()), map.y(p.price()) - map.y(last.price()))
                    < 3) {
                return; // the same spot twice is not a line
            }
        }
        pending.add(p);
        if (pending.size() < kind.points()) {
            repaint();
            return;
        }
        List<ShapePoint> points = List.copyOf(pending);
        tool.set(null);
        if (kind == ShapeKind.TEXT_NOTE) {
            ShapePoint at = points.getFirst();
            editor.open(map.x(at.timeMillis()), map.y(at.price()), "", text -> {
                if (!text.isEmpty()) {
                    listener.created(kind, points, text);
                }
                chart.requestFocus();
            }, chart::requestFocus);
        } else {
            listener.created(kind, points, "");
        }
    }

    void repaint() {
        double w = map.width();
        double h = map.height();
        overlay.resize(w, h);
        alertMarks.resize(w, h);
        boolean resized = canvas.getWidth() != w || canvas.getHeight() != h;
        if (resized) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        boolean nothingToDraw = shapes.isEmpty() && tool.get() == null;
        if (nothingToDraw && blank && !resized) {
            // Clearing a blank canvas would still mark it dirty, and the software pipeline would composite a
            // plot-sized transparent layer into every live frame for nothing.
            alertMarks.setVisible(map.hasBars());
            if (map.hasBars()) {
                alertMarks.reposition(map, drag.alertId(), drag.alertPrice());
            }
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        blank = nothingToDraw;
        if (!map.hasBars() && shapes.isEmpty()) {
            alertMarks.setVisible(false);
            return;
        }
        alertMarks.setVisible(true);
        for (Shape s : shapes) {
            Shape shown = drag.shown(s);
            painter.paint(g, shown, w, h, s.id().equals(selectedShape), false);
        }
        if (tool.get() != null) {
            boolean byKeys = keyboardLast || pointer == null;
            painter.paintPreview(g, tool.get(), pending, byKeys ? cursor.point() : pointer, byKeys, w, h);
        }
        alertMarks.reposition(map, drag.alertId(), drag.alertPrice());
    }

    CandleChart chart() {
        return chart;
    }

    boolean magnet() {
        return magnet.get();
    }

    ShapeKind armed() {
        return tool.get();
    }

    String selectedShapeId() {
        return selectedShape;
    }

    String selectedAlertId() {
        return selectedAlert;
    }

    private void closeEditor() {
        if (editor.isOpen()) {
            editor.commit();
        }
    }

    ShapeGeometry geometry() {
        return geo;
    }

    ChartMapping mapping() {
        return map;
    }

    /** Mouse events are handled by {@link LayerInput}; exposed for it. */
    Point2D local(MouseEvent e) {
        return canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
    }
}
