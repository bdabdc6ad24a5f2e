package dev.cryptotrader.trading.venue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Decimals;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.venue.http.HttpResult;

import java.io.IOException;
import java.util.Arrays;

/**
 * The fast path for a history answer: one streaming pass over the body's UTF-8 bytes straight into the page's
 * {@link CandleSeries} columns, with no JSON tree, no strings per cell and no {@code BigDecimal} per value.
 *
 * <p>It only ever <em>accepts</em>. It returns the page when every row is plain (the venue's documented shape, every
 * used value an unsigned decimal of at most 18 digits, times in epoch seconds or milliseconds) and passes every check
 * the general path makes; then that page is exactly the one the general path ({@code JsonBodies} tree, {@link
 * KlineRows}, {@link HistoryPages#assemble}) would build: same bars, same values, same scales, same covered range.
 * For anything else (an error object, malformed JSON, an HTML page, a bad row, a value in exponent form, a row that
 * breaks a check, a value that does not fit) it returns null and the adapter runs the general path on the same
 * answer, which gives the one documented error or the odd-but-valid page. So errors read exactly as before and no
 * value is ever rounded: a value is exact digits scaled by a power of ten, or the general path decides.
 */
public final class KlinePageReader {

    /**
     * Where each field sits in a venue's kline row; the same positions as the importer's
     * {@code importing.KlineLayout} (a test holds the two together).
     */
    public enum Shape {
        /** {@code [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, ...]}. */
        BINANCE(12, 0, 1, 2, 3, 4, 5, 6, false),
        /** {@code [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME]}. */
        BITFINEX(6, 0, 1, 3, 4, 2, 5, -1, false),
        /** {@code {"code":"200000","data":[[time, open, close, high, low, volume, turnover], ...]}}. */
        KUCOIN(7, 0, 1, 3, 4, 2, 5, -1, true);

        final int fields;
        /** Per position: what the cell holds ({@link #IGNORED} for cells the candle does not use). */
        private final int[] roles;
        /** Rows are under {@code "data"} of a {@code {"code":"200000", ...}} envelope. */
        private final boolean enveloped;
        /** Rows carry the bar's last millisecond, which must end the bar (Binance). */
        private final boolean hasCloseTime;

        Shape(int fields, int time, int open, int high, int low, int close, int volume, int closeTime,
              boolean enveloped) {
            this.fields = fields;
            this.roles = new int[fields];
            Arrays.fill(roles, IGNORED);
            roles[time] = TIME;
            roles[open] = OPEN;
            roles[high] = HIGH;
            roles[low] = LOW;
            roles[close] = CLOSE;
            roles[volume] = VOLUME;
            if (closeTime >= 0) {
                roles[closeTime] = CLOSE_TIME;
            }
            this.enveloped = enveloped;
            this.hasCloseTime = closeTime >= 0;
        }
    }

    static final int IGNORED = -1;
    static final int OPEN = 0;
    static final int HIGH = 1;
    static final int LOW = 2;
    static final int CLOSE = 3;
    static final int VOLUME = 4;
    static final int TIME = 5;
    static final int CLOSE_TIME = 6;

    private static final int DECIMALS = 5;
    /** Epoch numbers have at most this many digits here; 18 digits always fit a long (10^18 - 1 < 2^63). */
    private static final int MAX_DIGITS = 18;
    /** Mantissas stay below this: at most 18 significant digits. */
    private static final long MANTISSA_BELOW = 1_000_000_000_000_000_000L;
    // Epoch numbers by magnitude, as the importer reads them: below 1e11 seconds, below 1e14 milliseconds.
    private static final long SECONDS_BELOW = 100_000_000_000L;
    private static final long MILLIS_BELOW = 100_000_000_000_000L;

    /**
     * The same parser settings as {@code JsonBodies}' reader where they matter for an array of arrays: duplicate keys
     * are refused (also inside cells that are skipped), and the trailing-token check is done by hand below.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private KlinePageReader() {
    }

    /**
     * The page, or null when the general path must read this answer (see the class comment).
     *
     * @param now bars that close after this are still forming and are left out
     */
    public static HistoryPage read(HistoryWindow window, Shape shape, HttpResult result, long now) {
        if (!result.isSuccess()) {
            return null;
        }
        byte[] body = result.utf8Bytes();
        if (body == null || !startsAsUtf8(body)) {
            return null;
        }
        Rows rows = new Rows(shape, window.timeframe(), Math.max(window.bars(), 16));
        try (JsonParser p = JSON.createParser(body)) {
            boolean read = shape.enveloped ? readEnvelope(p, rows) : p.nextToken() == JsonToken.START_ARRAY
                    && readRows(p, rows);
            // Anything after the answer is the general path's "malformed JSON" (FAIL_ON_TRAILING_TOKENS).
            if (!read || p.nextToken() != null) {
                return null;
            }
        } catch (IOException notPlain) {
            return null; // malformed, too long, bad UTF-8, duplicate key: the general path says which
        }
        return rows.assemble(window, now);
    }

    /**
     * Jackson reads bytes as UTF-16 or UTF-32 when a zero byte is among the first four; the general path decodes them
     * as UTF-8 (and finds no JSON), so such a body is left to it.
     */
    private static boolean startsAsUtf8(byte[] body) {
        for (int i = 0; i < Math.min(4, body.length); i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code {"code":"200000","data":[rows]}} with other members in any order; anything else is not plain. */
    private static boolean readEnvelope(JsonParser p, Rows rows) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        boolean ok = false;
        boolean data = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("code".equals(name)) {
                if (value != JsonToken.VALUE_STRING || !"200000".equals(p.getText())) {
                    return false;
                }
                ok = true;
            } else if ("data".equals(name)) {
                if (value != JsonToken.START_ARRAY || !readRows(p, rows)) {
                    return false;
                }
                data = true;
            } else {
                p.skipChildren();
            }
        }
        return t == JsonToken.END_OBJECT && ok && data;
    }

    /** After the opening bracket: rows until the closing one. */
    private static boolean readRows(JsonParser p, Rows rows) throws IOException {
        int[] roles = rows.shape.roles;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
            rows.startRow();
            int field = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null || field >= roles.length) {
                    return false;
                }
                int role = roles[field];
                if (role == IGNORED) {
                    p.skipChildren(); // the general path keeps these cells' text and never looks at it
                } else if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT
                        && t != JsonToken.VALUE_NUMBER_FLOAT
                        || !rows.cell(role, p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
                    return false;
                }
                field++;
            }
            if (field != roles.length || !rows.endRow()) {
                return false;
            }
        }
        return t == JsonToken.END_ARRAY;
    }

    /**
     * The answer's rows as the page's columns, filled in place: each value is first kept at its own smallest exact
     * scale (in {@link #scales}), then widened to the page's scales in the same arrays, which the series takes over.
     */
    private static final class Rows {
        final Shape shape;
        final Timeframe timeframe;
        int size;
        long[] time;
        /** Indexed by role: open, high, low, close, volume. */
        final long[][] values = new long[DECIMALS][];
        /** Five per row, in role order: the scale each value was read at. */
        byte[] scales;
        private long rowCloseTime;

        Rows(Shape shape, Timeframe timeframe, int capacity) {
            this.shape = shape;
            this.timeframe = timeframe;
            time = new long[capacity];
            for (int k = 0; k < DECIMALS; k++) {
                values[k] = new long[capacity];
            }
            scales = new byte[capacity * DECIMALS];
        }

        /** Room for one more row, before its cells are read. */
        void startRow() {
            if (size == time.length) {
                int c = size * 2;
                time = Arrays.copyOf(time, c);
                for (int k = 0; k < DECIMALS; k++) {
                    values[k] = Arrays.copyOf(values[k], c);
                }
                scales = Arrays.copyOf(scales, c * DECIMALS);
            }
        }

        /** One used cell's text, into row {@link #size}; false unless it is a plain value. */
        boolean cell(int role, char[] text, int offset, int length) {
            if (role == TIME || role == CLOSE_TIME) {
                long t = epochMillis(text, offset, length);
                if (t < 0) {
                    return false;
                }
                if (role == TIME) {
                    time[size] = t;
                } else {
                    rowCloseTime = t;
                }
                return true;
            }
            // Unsigned digits with at most one point between digits: "43519.34000000", "3890", "0.05". Zeros after
            // the last significant decimal are not read: the value at its smallest exact scale, as Decimals.scaleOf.
            int end = offset + length;
            int point = -1;
            for (int i = offset; i < end; i++) {
                if (text[i] == '.') {
                    point = i;
                    break;
                }
            }
            int last = end;
            if (point >= 0) {
                if (point == offset || point == end - 1) {
                    return false; // ".5" and "5." are numbers to BigDecimal, not to us
                }
                while (last > point + 1 && text[last - 1] == '0') {
                    last--;
                }
                if (last == point + 1) {
                    last = point; // only zeros after the point
                }
            }
            if (last == offset) {
                return false;
            }
            long m = 0;
            for (int i = offset; i < last; i++) {
                char c = text[i];
                if (c >= '0' && c <= '9') {
                    if (m >= MANTISSA_BELOW / 10) {
                        return false; // more than 18 significant digits: the general path decides
                    }
                    m = m * 10 + (c - '0');
                } else if (i != point) {
                    return false;
                }
            }
            int scale = point < 0 || last <= point ? 0 : last - point - 1;
            if (scale > Decimals.MAX_SCALE) {
                return false;
            }
            values[role][size] = m;
            scales[size * DECIMALS + role] = (byte) scale;
            return true;
        }

        /** Epoch seconds or milliseconds written as digits, in milliseconds; -1 when not plain. */
        private static long epochMillis(char[] text, int offset, int length) {
            if (length < 1 || length > MAX_DIGITS) {
                return -1;
            }
            long v = 0;
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = text[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            if (v < SECONDS_BELOW) {
                return v * 1000;
            }
            return v < MILLIS_BELOW ? v : -1;
        }

        /** Keeps the row read (every field was there); false unless its close time (Binance) ends the bar. */
        boolean endRow() {
            if (shape.hasCloseTime && rowCloseTime != time[size] + timeframe.millis() - 1) {
                return false;
            }
            size++;
            return true;
        }

        /** {@link HistoryPages#assemble} on plain values, or null to let it decide. */
        HistoryPage assemble(HistoryWindow window, long now) {
            int n = size;
            if (n == 0) {
                return null;
            }
            if (n > 1 && time[0] > time[n - 1]) {
                reverse(); // newest first (KuCoin)
            }
            long tf = timeframe.millis();
            long previous = Long.MIN_VALUE;
            int closed = 0;
            int priceScale = 0;
            int volumeScale = 0;
            for (int row = 0; row < n; row++) {
                long t = time[row];
                if (t < window.from() || t >= window.end() || !timeframe.isAligned(t) || t <= previous
                        || !consistent(row)) {
                    return null;
                }
                previous = t;
                if (t + tf <= now) {
                    closed++;
                    int at = row * DECIMALS;
                    priceScale = Math.max(priceScale, Math.max(Math.max(scales[at + OPEN], scales[at + HIGH]),
                            Math.max(scales[at + LOW], scales[at + CLOSE])));
                    volumeScale = Math.max(volumeScale, scales[at + VOLUME]);
                }
            }
            // Closed bars are a prefix of the time-ordered rows; the series takes them at the page's scales.
            if (closed > 0 && !widen(closed, priceScale, volumeScale)) {
                return null;
            }
            CandleSeries series = closed == 0 ? CandleSeries.empty() : new CandleSeries(time, values[OPEN],
                    values[HIGH], values[LOW], values[CLOSE], values[VOLUME], closed, priceScale, volumeScale);
            long coveredTo = n >= window.bars() ? previous + tf : window.end();
            coveredTo = Math.max(window.from(), Math.min(coveredTo, timeframe.bucketStart(now)));
            return new HistoryPage(series, window.from(), coveredTo);
        }

        /** {@code Candle.problem()} is empty: 0 < low ≤ open, close ≤ high (volume is unsigned here). */
        private boolean consistent(int row) {
            int at = row * DECIMALS;
            int s = Math.max(Math.max(scales[at + OPEN], scales[at + HIGH]),
                    Math.max(scales[at + LOW], scales[at + CLOSE]));
            try {
                long open = scaled(OPEN, row, s);
                long high = scaled(HIGH, row, s);
                long low = scaled(LOW, row, s);
                long close = scaled(CLOSE, row, s);
                return low > 0 && high >= low && open >= low && open <= high && close >= low && close <= high;
            } catch (ArithmeticException overflow) {
                return false;
            }
        }

        /** Rows {@code [0, closed)} at the page's scales, in place; false if a value does not fit 64 bits. */
        private boolean widen(int closed, int priceScale, int volumeScale) {
            try {
                for (int row = 0; row < closed; row++) {
                    for (int role = OPEN; role <= CLOSE; role++) {
                        values[role][row] = scaled(role, row, priceScale);
                    }
                    values[VOLUME][row] = scaled(VOLUME, row, volumeScale);
                }
                return true;
            } catch (ArithmeticException overflow) {
                return false; // the general path names the value that cannot be held exactly
            }
        }

        private long scaled(int role, int row, int scale) {
            int s = scales[row * DECIMALS + role];
            long m = values[role][row];
            return s == scale ? m : Math.multiplyExact(m, Decimals.pow10(scale - s));
        }

        private void reverse() {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                swap(time, i, j);
                for (long[] column : values) {
                    swap(column, i, j);
                }
                for (int k = 0; k < DECIMALS; k++) {
                    byte b = scales[i * DECIMALS + k];
                    scales[i * DECIMALS + k] = scales[j * DECIMALS + k];
                    scales[j * DECIMALS + k] = b;
                }
            }
        }

        private static void swap(long[] a, int i, int j) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
