package dev.cryptotrader.charting.draw;

/** The arrow keys on a selected shape or alert line of the {@link DrawingLayer}. */
final class SelectionNudge {

    private SelectionNudge() {
    }

    /**
     * Arrow keys on the selection: a shape moves {@code bars} bars and {@code steps} price steps, an alert only in
     * price. False when nothing selected can move that way (the arrows then pan the chart).
     */
    static boolean nudge(DrawingLayer layer, int bars, int steps) {
        if (layer.selectedShapeId() != null) {
            Shape s = layer.findShape(layer.selectedShapeId()).orElseThrow();
            ShapePoint first = s.point(0);
            ChartMapping map = layer.mapping();
            long dt = map.hasBars() ? map.slotTime(map.nearestSlot(first.timeMillis()) + bars) - first.timeMillis()
                    : (long) bars * layer.chart().barMillis();
            double dp = steps * map.priceStep();
            layer.listener().moved(s.id(), s.points().stream()
                    .map(p -> new ShapePoint(Math.max(0, p.timeMillis() + dt), p.price() + dp)).toList());
            return true;
        }
        if (layer.selectedAlertId() != null && steps != 0) {
            layer.alerts().stream().filter(a -> a.id().equals(layer.selectedAlertId())).findFirst()
                    .ifPresent(a -> layer.listener().alertMoved(a.id(),
                            a.price() + steps * layer.mapping().priceStep()));
            return true;
        }
        return false;
    }
}
