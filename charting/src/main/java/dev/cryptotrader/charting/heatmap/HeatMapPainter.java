package dev.cryptotrader.charting.heatmap;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Paints a heat map on a canvas: cells, their values where they fit, axis labels, the colour legend, the readout. */
final class HeatMapPainter {

    /** The colours the stylesheet gives the heat map's text, borders, empty cells and selection. */
    record Style(Color text, Color muted, Color empty, Color selection) {
    }

    /** What one frame shows besides the data. */
    record Frame(HeatCell selected, HeatCell hover, boolean focused, String readout) {
    }

    private static final Font FONT = Font.font(11);
    private static final Font BOLD = Font.font(null, FontWeight.BOLD, 12);
    private static final double LEGEND_WIDTH = 14;

    private final Text measure = new Text();

    void paint(GraphicsContext g, HeatMapLayout l, HeatMapData d, HeatMapColours colours, Style s, Frame f) {
        g.clearRect(0, 0, l.width(), l.height());
        g.setTextBaseline(VPos.CENTER);
        if (d == null || d.isEmpty()) {
            g.setFill(s.muted());
            g.setFont(BOLD);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("No sweep results yet: run a sweep to see the heat map", l.width() / 2, l.height() / 2);
            return;
        }
        double[] range = d.range();
        paintCells(g, l, d, colours, s, range);
        paintAxes(g, l, d, s);
        paintLegend(g, l, d, colours, s, range);
        outline(g, l, f.hover(), s.text(), 1);
        outline(g, l, f.selected(), s.selection(), f.focused() ? 3 : 2);
        g.setFont(BOLD);
        g.setFill(s.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(f.readout(), l.left(), HeatMapLayout.TOP / 2);
    }

    private void paintCells(GraphicsContext g, HeatMapLayout l, HeatMapData d, HeatMapColours colours, Style s,
                            double[] range) {
        double cw = l.cellWidth();
        double ch = l.cellHeight();
        double gap = cw > 8 && ch > 8 ? 1 : 0;
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        boolean values = cw >= widest(d) + 6 && ch >= 15;
        for (int r = 0; r < d.rows(); r++) {
            for (int c = 0; c < d.columns(); c++) {
                double v = d.value(c, r);
                Color fill = Double.isNaN(v) ? s.empty()
                        : colours.at(HeatMapColours.position(v, range[0], range[1], d.higherIsBetter()));
                g.setFill(fill);
                g.fillRect(l.cellX(c), l.cellY(r), cw - gap, ch - gap);
                if (values) {
                    g.setFill(Double.isNaN(v) ? s.muted() : fill.getBrightness() > 0.6 ? Color.web("#15181f")
                            : Color.WHITE);
                    g.fillText(Double.isNaN(v) ? "—" : d.format().apply(v), l.cellX(c) + cw / 2,
                            l.cellY(r) + ch / 2);
                }
            }
        }
    }

    private double widest(HeatMapData d) {
        double widest = 0;
        measure.setFont(FONT);
        for (double[] row : d.values()) {
            for (double v : row) {
                measure.setText(Double.isNaN(v) ? "—" : d.format().apply(v));
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }

    private void paintAxes(GraphicsContext g, HeatMapLayout l, HeatMapData d, Style s) {
        g.setFont(FONT);
        g.setFill(s.text());
        double widestX = 0;
        measure.setFont(FONT);
        for (double x : d.xValues()) {
            measure.setText(HeatMapData.parameterText(x));
            widestX = Math.max(widestX, measure.getLayoutBounds().getWidth());
        }
        int xStep = HeatMapLayout.labelStep(l.cellWidth(), widestX + 8);
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < d.columns(); c += xStep) {
            g.fillText(HeatMapData.parameterText(d.xValues()[c]), l.cellX(c) + l.cellWidth() / 2, l.bottom() + 10);
        }
        int yStep = HeatMapLayout.labelStep(l.cellHeight(), 14);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int r = 0; r < d.rows(); r += yStep) {
            g.fillText(HeatMapData.parameterText(d.yValues()[r]), l.left() - 6, l.cellY(r) + l.cellHeight() / 2);
        }
        g.setFont(BOLD);
        g.setFill(s.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(d.xName(), (l.left() + l.right()) / 2, l.bottom() + 30);
        g.save();
        g.translate(14, (l.top() + l.bottom()) / 2);
        g.rotate(-90);
        g.fillText(d.yName(), 0, 0);
        g.restore();
    }

    private void paintLegend(GraphicsContext g, HeatMapLayout l, HeatMapData d, HeatMapColours colours, Style s,
                             double[] range) {
        double x = l.right() + 18;
        double top = l.top();
        double bottom = l.bottom();
        // Top of the bar is the best end of the scale, bottom the worst.
        g.setFill(new LinearGradient(0, top, 0, bottom, false, CycleMethod.NO_CYCLE,
                new Stop(0, colours.at(1)), new Stop(0.5, colours.at(0.5)), new Stop(1, colours.at(0))));
        g.fillRect(x, top, LEGEND_WIDTH, bottom - top);
        g.setFont(BOLD);
        g.setFill(s.muted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(d.metricName(), l.width() - 6, HeatMapLayout.TOP / 2);
        if (Double.isNaN(range[0])) {
            return;
        }
        g.setFont(FONT);
        g.setFill(s.text());
        g.setTextAlign(TextAlignment.LEFT);
        double middle = HeatMapColours.middleValue(range[0], range[1]);
        for (double v : range[0] == range[1] ? new double[]{range[0]} : new double[]{range[0], middle, range[1]}) {
            double t = HeatMapColours.position(v, range[0], range[1], d.higherIsBetter());
            double y = bottom - t * (bottom - top);
            g.fillRect(x + LEGEND_WIDTH, Math.round(y), 4, 1);
            g.fillText(d.format().apply(v), x + LEGEND_WIDTH + 7, Math.max(top + 5, Math.min(bottom - 5, y)));
        }
    }

    private static void outline(GraphicsContext g, HeatMapLayout l, HeatCell cell, Color colour, double width) {
        if (cell == null || cell.column() >= l.columns() || cell.row() >= l.rows()) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        // Inside the cell, so neighbours' outlines never overlap it.
        g.strokeRect(l.cellX(cell.column()) + width / 2, l.cellY(cell.row()) + width / 2, l.cellWidth() - width,
                l.cellHeight() - width);
    }
}
