package dev.cryptotrader.charting.draw;

import java.util.Optional;

/**
 * Where Enter places the next point of the armed tool, for drawing without a mouse. It starts on the close of the
 * newest bar in view; Left/Right move it a bar (with Shift ten), Up/Down a hundredth of the visible price range (with
 * Shift a tenth). With the magnet on it sits on the bar's open, high, low or close and Up/Down step through them.
 */
final class KeyboardCursor {

    private final ChartMapping map;
    private int slot;
    private double price;
    private boolean placed;

    KeyboardCursor(ChartMapping map) {
        this.map = map;
    }

    /** Starts at the newest bar in view (its close), or at {@code near} when the mouse gave a point. */
    void reset(Optional<ShapePoint> near) {
        placed = false;
        if (!map.hasBars()) {
            return;
        }
        if (near.isPresent()) {
            slot = map.nearestSlot(near.get().timeMillis());
            price = near.get().price();
        } else {
            slot = map.lastVisibleSlot();
            price = map.close(slot);
        }
        placed = true;
    }

    boolean isPlaced() {
        return placed;
    }

    void moveBars(int bars, boolean magnet) {
        ensurePlaced();
        slot += bars;
        if (magnet) {
            price = map.snapPrice(slot, price);
        }
    }

    void movePrice(int steps, boolean magnet) {
        ensurePlaced();
        if (magnet && slot >= 0 && slot < map.barCount()) {
            double[] levels = map.levels(slot);
            int at = nearest(levels, price);
            price = levels[Math.max(0, Math.min(levels.length - 1, at + Integer.signum(steps)))];
        } else {
            price = Math.max(price + steps * map.priceStep(), Double.MIN_NORMAL);
        }
    }

    private static int nearest(double[] levels, double price) {
        int best = 0;
        for (int i = 1; i < levels.length; i++) {
            if (Math.abs(levels[i] - price) < Math.abs(levels[best] - price)) {
                best = i;
            }
        }
        return best;
    }

    private void ensurePlaced() {
        if (!placed) {
            reset(Optional.empty());
        }
    }

    ShapePoint point() {
        ensurePlaced();
        return new ShapePoint(Math.max(0, map.slotTime(slot)), price);
    }
}
