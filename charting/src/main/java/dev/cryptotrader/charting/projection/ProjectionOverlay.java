package dev.cryptotrader.charting.projection;

import dev.cryptotrader.charting.CandleChart;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trade idea and a forecast cone over a {@link CandleChart}, as a ChartFX plugin (add it with
 * {@code chart.xyChart().getPlugins().add(overlay)}).
 *
 * <p>The idea: entry, stop and target lines starting at the idea's bar and reaching to the right edge, a green reward
 * zone between entry and target, a red risk zone between entry and stop, and a verdict label (the ratio, or why
 * there is none: then the zones are hidden, since they would show a wrong picture). Each line can be dragged; its
 * {@link #level} property changes as it moves, and whoever computes the verdict listens and calls
 * {@link #setVerdict}. The cone: ±1σ and ±2σ bands drawn into the blank slots right of the latest bar.
 *
 * <p>This class only draws; it knows no trading maths. Colours come from {@link #stylesheet()}. FX thread only.
 */
public final class ProjectionOverlay extends ChartPlugin {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final CandleChart chart;
    private final Pane layer = new Pane();
    private final Rectangle clip = new Rectangle();
    private final Rectangle rewardZone = new Rectangle();
    private final Rectangle riskZone = new Rectangle();
    private final Label verdict = new Label();
    private final Map<ProjectionLevel, LevelLine> lines = new EnumMap<>(ProjectionLevel.class);
    private final ObjectProperty<ProjectionLevel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ConeShape coneShape = new ConeShape();
    private long ideaTime;
    private boolean ideaShown;
    private boolean valid;
    private ConeGeometry cone;

    public ProjectionOverlay(CandleChart chart) {
        this.chart = Objects.requireNonNull(chart, "chart");
        layer.getStyleClass().add("projection-layer");
        layer.setPickOnBounds(false);
        layer.setClip(clip);
        rewardZone.getStyleClass().add("projection-reward");
        riskZone.getStyleClass().add("projection-risk");
        verdict.getStyleClass().add("projection-verdict");
        verdict.setId("projection-verdict");
        for (var n : new javafx.scene.Node[] {rewardZone, riskZone, verdict}) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
        layer.getChildren().addAll(coneShape.nodes());
        layer.getChildren().addAll(rewardZone, riskZone);
        for (ProjectionLevel level : ProjectionLevel.values()) {
            LevelLine line = new LevelLine(level, this::priceAtSceneY, () -> {
                selected.set(level);
                chart.requestFocus(); // the chart's own press handler never sees this press: it was consumed
            });
            line.price.addListener((obs, old, price) -> layoutIdea());
            lines.put(level, line);
            layer.getChildren().addAll(line.nodes());
        }
        layer.getChildren().add(verdict);
        selected.addListener((obs, old, level) -> lines.values().forEach(l -> l.select(l.level == level)));
        getChartChildren().add(layer);
        showIdeaNodes(false);
        coneShape.setVisible(false);
    }

    /** The overlay's stylesheet; the scene should load it. */
    public static String stylesheet() {
        return Objects.requireNonNull(ProjectionOverlay.class.getResource("projection.css")).toExternalForm();
    }

    /** Shows an idea starting at the bar that opens at {@code openTime} (epoch ms). */
    public void showIdea(long openTime, double entry, double stop, double target) {
        ideaTime = openTime;
        ideaShown = true;
        level(ProjectionLevel.ENTRY).set(entry);
        level(ProjectionLevel.STOP).set(stop);
        level(ProjectionLevel.TARGET).set(target);
        showIdeaNodes(true);
        layoutIdea();
    }

    public void hideIdea() {
        ideaShown = false;
        selected.set(null);
        showIdeaNodes(false);
    }

    public boolean isIdeaShown() {
        return ideaShown;
    }

    /** The price of one level: dragging its line sets it, and setting it moves the line. */
    public DoubleProperty level(ProjectionLevel level) {
        return lines.get(level).price;
    }

    /** The level the user grabbed last (keyboard nudges move it), or null. */
    public ObjectProperty<ProjectionLevel> selectedProperty() {
        return selected;
    }

    /** The text beside the idea; {@code valid} false hides the zones and shows the text as a warning. */
    public void setVerdict(String text, boolean valid) {
        this.valid = valid;
        verdict.setText(text);
        verdict.pseudoClassStateChanged(INVALID, !valid);
        layoutIdea();
    }

    public String verdictText() {
        return verdict.getText();
    }

    public void showCone(ConeGeometry geometry) {
        cone = Objects.requireNonNull(geometry, "geometry");
        coneShape.setVisible(true);
        layoutCone();
    }

    public void hideCone() {
        cone = null;
        coneShape.setVisible(false);
    }

    public boolean isConeShown() {
        return cone != null;
    }

    /** ChartFX calls this after each redraw (axes may have moved). */
    @Override
    public void runPostLayout() {
        layoutIdea();
        layoutCone();
    }

    /** The plot's top-left corner in layer coordinates, or null before the chart is in a scene. */
    private Point2D plotOrigin() {
        Canvas canvas = chart.xyChart().getCanvas();
        if (layer.getScene() == null || canvas.getScene() == null) {
            return null;
        }
        Point2D o = layer.sceneToLocal(canvas.localToScene(0, 0));
        clip.setX(o.getX());
        clip.setY(o.getY());
        clip.setWidth(canvas.getWidth());
        clip.setHeight(canvas.getHeight());
        return o;
    }

    private double priceAtSceneY(double sceneY) {
        Canvas canvas = chart.xyChart().getCanvas();
        return chart.priceAxis().getValueForDisplay(canvas.sceneToLocal(0, sceneY).getY());
    }

    private void layoutIdea() {
        Point2D o = ideaShown ? plotOrigin() : null;
        if (o == null) {
            return;
        }
        double x0 = o.getX() + chart.timeAxis().getDisplayPosition(ideaTime / 1000.0);
        double x1 = o.getX() + chart.xyChart().getCanvas().getWidth();
        double yEntry = y(o, ProjectionLevel.ENTRY);
        double yStop = y(o, ProjectionLevel.STOP);
        double yTarget = y(o, ProjectionLevel.TARGET);
        for (LevelLine line : lines.values()) {
            line.layout(x0, x1, y(o, line.level));
        }
        zone(rewardZone, x0, x1, yEntry, yTarget);
        zone(riskZone, x0, x1, yEntry, yStop);
        rewardZone.setVisible(valid);
        riskZone.setVisible(valid);
        verdict.applyCss();
        double w = verdict.prefWidth(-1);
        double h = verdict.prefHeight(-1);
        double top = Math.min(yEntry, Math.min(yStop, yTarget));
        double bottom = Math.max(yEntry, Math.max(yStop, yTarget));
        double y = top - h - 3 >= o.getY() ? top - h - 3 : bottom + 3; // above the box, else below it
        double x = Math.max(o.getX() + 4, Math.min(x0 + 4, x1 - w - 4));
        verdict.resizeRelocate(x, y, w, h);
    }

    private double y(Point2D o, ProjectionLevel level) {
        return o.getY() + chart.priceAxis().getDisplayPosition(level(level).get());
    }

    private static void zone(Rectangle r, double x0, double x1, double ya, double yb) {
        r.setX(x0);
        r.setY(Math.min(ya, yb));
        r.setWidth(Math.max(0, x1 - x0));
        r.setHeight(Math.abs(ya - yb));
    }

    private void layoutCone() {
        Point2D o = cone == null ? null : plotOrigin();
        if (o == null) {
            return;
        }
        double right = o.getX() + chart.xyChart().getCanvas().getWidth();
        coneShape.layout(cone, t -> o.getX() + chart.timeAxis().getDisplayPosition(t / 1000.0),
                p -> o.getY() + chart.priceAxis().getDisplayPosition(p), right);
    }

    private void showIdeaNodes(boolean visible) {
        lines.values().forEach(l -> l.setVisible(visible));
        rewardZone.setVisible(visible && valid);
        riskZone.setVisible(visible && valid);
        verdict.setVisible(visible);
    }

    /** The node a mouse drag grabs to move {@code level} (for tests and screenshots). */
    public javafx.scene.Node handle(ProjectionLevel level) {
        return lines.get(level).pick();
    }
}
