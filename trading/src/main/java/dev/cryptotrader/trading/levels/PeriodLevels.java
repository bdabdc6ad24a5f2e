package dev.cryptotrader.trading.levels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Previous day's (or week's) high, low and close as a trader knew them at each bar: the bars of one period see the
 * levels of the last <em>completed</em> period before it, never their own, so nothing leaks from the future. A period
 * counts as completed once a bar of a later period exists. The first period of the data is used only if the data
 * starts at its very beginning (00:00 UTC, Monday for weeks): a period seen only in part would give a wrong high or low.
 */
public final class PeriodLevels {

    /**
     * The bars {@code firstBar..lastBar} (inclusive) of the period starting at {@code periodStart}, with the high, low
     * and close of the completed period that started at {@code sourceStart}.
     */
    public record Span(long periodStart, int firstBar, int lastBar, long sourceStart, double high, double low,
                       double close) {
    }

    private final Period period;
    private final List<Span> spans;

    private PeriodLevels(Period period, List<Span> spans) {
        this.period = period;
        this.spans = spans;
    }

    public static PeriodLevels compute(PriceBars bars, Period period) {
        List<Span> spans = new ArrayList<>();
        int n = bars.size();
        long[] t = bars.openTime();
        boolean haveSource = false;
        long sourceStart = 0;
        double sourceHigh = 0;
        double sourceLow = 0;
        double sourceClose = 0;
        int i = 0;
        while (i < n) {
            long start = period.start(t[i]);
            int first = i;
            double high = bars.high()[i];
            double low = bars.low()[i];
            while (i + 1 < n && period.start(t[i + 1]) == start) {
                i++;
                high = Math.max(high, bars.high()[i]);
                low = Math.min(low, bars.low()[i]);
            }
            int last = i;
            if (haveSource) {
                spans.add(new Span(start, first, last, sourceStart, sourceHigh, sourceLow, sourceClose));
            }
            // This period becomes the source of the next one; the leading one only if the data covers its start.
            if (first > 0 || t[first] == start) {
                haveSource = true;
                sourceStart = start;
                sourceHigh = high;
                sourceLow = low;
                sourceClose = bars.close()[last];
            }
            i++;
        }
        return new PeriodLevels(period, Collections.unmodifiableList(spans));
    }

    public Period period() {
        return period;
    }

    /** Periods that have levels, oldest first (a period without a completed one before it has none). */
    public List<Span> spans() {
        return spans;
    }

    /** The levels that hold at bar {@code bar}, or null when none are known there. */
    public Span at(int bar) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (bar < s.firstBar()) {
                hi = mid - 1;
            } else if (bar > s.lastBar()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Index of the first span that ends at or after {@code bar} (spans.size() when none). */
    public int firstSpanEndingAtOrAfter(int bar) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).lastBar() < bar) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
