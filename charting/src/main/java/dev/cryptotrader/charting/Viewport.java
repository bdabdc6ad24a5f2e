package dev.cryptotrader.charting;

/**
 * Which bar slots a chart shows, counted in bars rather than time: {@code first} is the slot at the left edge and
 * {@code slots} how many fit. Slots past either end of the data are blank (a little room right of the latest bar).
 * Pure arithmetic, no JavaFX, so the pan and zoom rules are unit-tested on their own.
 */
public final class Viewport {

    /** Fewest slots a zoom can reach. */
    public static final int MIN_SLOTS = 10;
    /**
     * Most slots a zoom can reach on a short series. A longer one zooms out until all its bars are in view (see
     * {@link #maxSlots()}); the chart then draws one merged candle per pixel column.
     */
    public static final int MAX_SLOTS = 4000;
    /** Bars that stay in view however far one pans. */
    public static final int MIN_BARS_IN_VIEW = 5;

    private int barCount;
    private int first;
    private int slots = MIN_SLOTS;

    /** Sets the number of bars and opens on the latest {@code bars} of them. */
    public void reset(int barCount, int bars) {
        this.barCount = barCount;
        showLatest(bars);
    }

    /** Keeps the window when the data grows or shrinks (e.g. older history arrived), shifting it by {@code shift}. */
    public void rebase(int newBarCount, int shift) {
        barCount = newBarCount;
        first += shift;
        clamp();
    }

    /** The latest {@code bars} bars plus a small blank margin on the right. */
    public void showLatest(int bars) {
        int max = maxSlots();
        int b = Math.clamp(bars, MIN_SLOTS, max);
        slots = Math.min(max, b + rightMargin(b));
        first = barCount - b;
        clamp();
    }

    /** Keeps the zoom, moves so the latest bar is back in view with the usual margin. */
    public void jumpToLatest() {
        first = barCount - (slots - rightMargin(slots));
        clamp();
    }

    /** Moves by {@code bars}: positive towards newer bars, negative towards older. */
    public void pan(int bars) {
        first += bars;
        clamp();
    }

    /**
     * Zooms around the right edge: {@code factor} 2 shows half as many slots, 0.5 twice as many. The slot at the right
     * edge stays where it is, as in most trading charts.
     */
    public void zoom(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive and finite, not " + factor);
        }
        int right = first + slots;
        int newSlots = (int) Math.round(slots / factor);
        if (newSlots == slots) {
            newSlots += factor > 1 ? -1 : 1;
        }
        slots = Math.clamp(newSlots, MIN_SLOTS, maxSlots());
        first = right - slots;
        clamp();
    }

    /**
     * Most slots a zoom can reach: the whole series with the usual margin on the right, or {@link #MAX_SLOTS} if that
     * is more.
     */
    public int maxSlots() {
        int slots = barCount + rightMargin(barCount);
        for (int missing; (missing = barCount - (slots - rightMargin(slots))) > 0; ) {
            slots += missing; // the margin grows with the slots; a step or two settles it
        }
        return Math.max(MAX_SLOTS, slots);
    }

    public int first() {
        return first;
    }

    public int slots() {
        return slots;
    }

    /** The last slot in view (may be past the data). */
    public int last() {
        return first + slots - 1;
    }

    public int barCount() {
        return barCount;
    }

    /** First real bar in view, or -1 without data. */
    public int firstBar() {
        return barCount == 0 ? -1 : Math.clamp(first, 0, barCount - 1);
    }

    /** Last real bar in view, or -1 without data. */
    public int lastBar() {
        return barCount == 0 ? -1 : Math.clamp(last(), 0, barCount - 1);
    }

    private void clamp() {
        int keep = Math.min(MIN_BARS_IN_VIEW, Math.max(barCount, 1));
        int maxFirst = Math.max(barCount - keep, 0);
        int minFirst = Math.min(keep - slots, 0);
        first = Math.clamp(first, minFirst, maxFirst);
    }

    private static int rightMargin(int bars) {
        return Math.max(3, bars / 30);
    }

    @Override
    public String toString() {
        return "Viewport[slots " + first + ".." + last() + " of " + barCount + " bars]";
    }
}
