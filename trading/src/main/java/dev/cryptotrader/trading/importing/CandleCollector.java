package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates rows as readers hand them over and builds the exact columnar series. Every format goes through here, so
 * the rules are the same for all: valid OHLCV ({@link Candle#problem()}), open times aligned to the timeframe, one
 * time order, no conflicting duplicates. An exact repeat of the previous row is dropped silently (APIs paged with
 * overlapping windows produce these, and they carry no conflict).
 *
 * <p>In SKIP mode each row is compared with the last row <em>kept</em>: of two rows with one time and different
 * values the first wins, and a row earlier than the last kept one is dropped (so a single far-future time makes the
 * rows after it drop; the skipped list shows that plainly).
 *
 * <p>Rows are identified by their physical line; JSON readers also pass the row's 1-based index in its array, since a
 * minified response has every row on line 1.
 */
final class CandleCollector {

    /** ASCENDING for files; EITHER for saved exchange responses, which may be newest-first (KuCoin, Bitfinex). */
    enum TimeOrder { ASCENDING, EITHER }

    /** Below this many bars, gaps alone could explain a coarse spacing; above it the timeframe is surely wrong. */
    private static final int MIN_BARS_FOR_SPACING_CHECK = 20;

    private final String source;
    private final Timeframe timeframe;
    private final OnError onError;
    private final CandleSeries.Builder builder = CandleSeries.builder(1024);
    private final List<SkippedRow> skipped = new ArrayList<>();
    private Candle previous;
    private long previousLine;
    private int previousRow;
    private int direction; // +1 oldest first, -1 newest first, 0 not known yet

    CandleCollector(String source, Timeframe timeframe, OnError onError, TimeOrder order) {
        this.source = source;
        this.timeframe = timeframe;
        this.onError = onError;
        this.direction = order == TimeOrder.ASCENDING ? 1 : 0;
    }

    String source() {
        return source;
    }

    Timeframe timeframe() {
        return timeframe;
    }

    /** Validates one bar and keeps it, or rejects it (row is 0 outside JSON arrays). */
    void accept(long line, int row, Candle candle) {
        Optional<String> problem = candle.problem();
        if (problem.isPresent()) {
            reject(line, row, problem.get());
            return;
        }
        long time = candle.openTime();
        if (!timeframe.isAligned(time)) {
            reject(line, row, "open time " + instant(time) + " is not the start of a " + timeframe
                    + " bar: is the timeframe right?");
            return;
        }
        if (previous != null && !followsPrevious(line, row, candle)) {
            return;
        }
        try {
            builder.add(candle);
        } catch (ArithmeticException e) {
            // The builder may be half-widened: no way to skip this row safely, so the whole file fails.
            throw new ImportException(source, line, prefix(row) + e.getMessage(), e);
        }
        previous = candle;
        previousLine = line;
        previousRow = row;
    }

    /** A bad row: throws in FAIL mode, is listed in SKIP mode. */
    void reject(long line, int row, String problem) {
        String text = prefix(row) + problem;
        if (onError == OnError.FAIL) {
            throw new ImportException(source, line, text);
        }
        skipped.add(new SkippedRow(line, text));
    }

    /** The series, oldest first. Throws when nothing valid was read or the spacing contradicts the timeframe. */
    ParsedCandles finish(ImportFormat format, long rowsRead, boolean checkSpacing) {
        if (builder.size() == 0) {
            throw new ImportException(source, 0, skipped.isEmpty() ? "no candles found"
                    : "no valid candles: all " + skipped.size() + " rows were bad, the first at " + skipped.getFirst());
        }
        CandleSeries series = builder.build();
        if (direction < 0) {
            series = reversed(series);
        }
        if (checkSpacing) {
            checkSpacing(series);
        }
        return new ParsedCandles(source, format, series, rowsRead, skipped);
    }

    private boolean followsPrevious(long line, int row, Candle candle) {
        long step = candle.openTime() - previous.openTime();
        if (step == 0) {
            if (!candle.sameValues(previous)) {
                fail(line, "duplicate open time " + instant(candle.openTime()) + " at " + at(line, row)
                        + " with different values than " + at(previousLine, previousRow));
            }
            return false;
        }
        if (direction == 0) {
            direction = step > 0 ? 1 : -1;
        }
        if (Long.signum(step) == direction) {
            return true;
        }
        String rule = direction > 0 ? " is before " : " is after ";
        String order = direction > 0 ? "rows must be in ascending time order"
                : "the rows are newest-first, so each must be older than the one before";
        fail(line, "open time " + instant(candle.openTime()) + " at " + at(line, row) + rule
                + instant(previous.openTime()) + " at " + at(previousLine, previousRow) + ": " + order);
        return false;
    }

    // Like reject, for messages that already name the row.
    private void fail(long line, String text) {
        if (onError == OnError.FAIL) {
            throw new ImportException(source, line, text);
        }
        skipped.add(new SkippedRow(line, text));
    }

    /** Every step a multiple of something coarser than the timeframe means the file holds another timeframe. */
    private void checkSpacing(CandleSeries series) {
        if (series.size() < MIN_BARS_FOR_SPACING_CHECK) {
            return;
        }
        long gcd = 0;
        for (int i = 1; i < series.size() && gcd != timeframe.millis(); i++) {
            gcd = gcd(gcd, series.openTime(i) - series.openTime(i - 1));
        }
        if (gcd > timeframe.millis()) {
            throw new ImportException(source, 0, "every bar opens a multiple of " + duration(gcd)
                    + " after the previous one, so these are not " + timeframe + " candles: is the timeframe right?");
        }
    }

    private static CandleSeries reversed(CandleSeries s) {
        CandleSeries.Builder b = CandleSeries.builder(s.size(), s.priceScale(), s.volumeScale());
        for (int i = s.size() - 1; i >= 0; i--) {
            b.addMantissas(s.openTime(i), s.openMantissa(i), s.highMantissa(i), s.lowMantissa(i),
                    s.closeMantissa(i), s.volumeMantissa(i));
        }
        return b.build();
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static String duration(long millis) {
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (millis % units[i] == 0) {
                return millis / units[i] + names[i];
            }
        }
        return millis + "ms";
    }

    private static String prefix(int row) {
        return row > 0 ? "row " + row + ": " : "";
    }

    private static String at(long line, int row) {
        return row > 0 ? "line " + line + " (row " + row + ")" : "line " + line;
    }

    static String instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
