package dev.cryptotrader.charting;

import java.util.Arrays;

/**
 * Bars that grow at the newest end: the forming bar is replaced in place, a newer bar is appended. Each change
 * returns a new {@link OhlcvColumns} view over the same arrays, so a live update costs O(1) and copies nothing while
 * there is spare room; only when the room runs out are the arrays copied into larger ones.
 *
 * <p>Not thread-safe: one thread (the JavaFX thread, which is also the only reader of what the chart shows) changes
 * it. Views handed out earlier stay valid for their own size, except that the newest bar of a view may later be
 * replaced by the forming bar's update.
 */
public final class OhlcvBuffer {

    private static final int MIN_ROOM = 1_024;

    private OhlcvColumns view;

    /**
     * Takes {@code columns} over (their arrays become this buffer's). Columns without spare room are copied once into
     * arrays with some, so load them with room to spare (see {@link #roomFor}) to avoid that copy.
     */
    public OhlcvBuffer(OhlcvColumns columns) {
        this.view = columns.capacity() > columns.size() ? columns : grow(columns, roomFor(columns.size()));
    }

    /** How many bars of spare room to allocate beside {@code bars} loaded ones: a quarter more, at least 1,024. */
    public static int roomFor(int bars) {
        return Math.max(MIN_ROOM, bars / 4);
    }

    /** The bars now. */
    public OhlcvColumns view() {
        return view;
    }

    /**
     * Puts one bar: replaces the newest bar when {@code openTime} equals its open time, appends it when later. An
     * older bar is refused (returns false and changes nothing): bars only ever arrive in order from a stream.
     */
    public boolean put(long openTime, double open, double high, double low, double close, double volume) {
        OhlcvColumns c = view;
        int n = c.size();
        int at;
        if (n > 0 && openTime == c.openTime()[n - 1]) {
            at = n - 1;
        } else if (n == 0 || openTime > c.openTime()[n - 1]) {
            at = n;
            if (at == c.capacity()) {
                c = grow(c, roomFor(n));
            }
        } else {
            return false;
        }
        c.openTime()[at] = openTime;
        c.open()[at] = open;
        c.high()[at] = high;
        c.low()[at] = low;
        c.close()[at] = close;
        c.volume()[at] = volume;
        view = c.resized(Math.max(n, at + 1), at);
        return true;
    }

    /**
     * Puts bars {@code from..to-1} of {@code source}, in order, as {@link #put} does. The bars newer than the newest
     * here are copied in one go and make one new view: a catch-up of thousands of bars lands on the JavaFX thread as
     * a few array copies rather than thousands of puts.
     */
    public void putAll(OhlcvColumns source, int from, int to) {
        int i = from;
        while (i < to && view.size() > 0 && source.openTime()[i] <= view.openTime()[view.size() - 1]) {
            put(source.openTime()[i], source.open()[i], source.high()[i], source.low()[i], source.close()[i],
                    source.volume()[i]); // the forming bar replaced, or an older bar refused
            i++;
        }
        int count = to - i;
        if (count <= 0) {
            return;
        }
        OhlcvColumns c = view;
        int n = c.size();
        if (n + count > c.capacity()) {
            c = grow(c, count + roomFor(n + count));
        }
        System.arraycopy(source.openTime(), i, c.openTime(), n, count);
        System.arraycopy(source.open(), i, c.open(), n, count);
        System.arraycopy(source.high(), i, c.high(), n, count);
        System.arraycopy(source.low(), i, c.low(), n, count);
        System.arraycopy(source.close(), i, c.close(), n, count);
        System.arraycopy(source.volume(), i, c.volume(), n, count);
        view = c.resized(n + count, n); // checks the copied bars (and the seam) increase
    }

    /**
     * Drops the bars from index {@code size} on, keeping the arrays: the next {@link #put}s write over them. Views
     * handed out earlier keep their size, but their bars from {@code size} on change as new bars are put, so only
     * bars a chart may still change (the newest ones, after a catch-up) should be dropped.
     */
    public void truncate(int size) {
        if (size < 0 || size > view.size()) {
            throw new IllegalArgumentException("cannot keep " + size + " of " + view.size() + " bars");
        }
        view = view.truncated(size);
    }

    private static OhlcvColumns grow(OhlcvColumns c, int room) {
        int n = c.size();
        int capacity = n + room;
        return new OhlcvColumns(Arrays.copyOf(c.openTime(), capacity), copy(c.open(), capacity),
                copy(c.high(), capacity), copy(c.low(), capacity), copy(c.close(), capacity),
                copy(c.volume(), capacity), n);
    }

    private static double[] copy(double[] values, int capacity) {
        return Arrays.copyOf(values, capacity);
    }
}
