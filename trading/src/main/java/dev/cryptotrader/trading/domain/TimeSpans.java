package dev.cryptotrader.trading.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Set arithmetic on lists of half-open {@link TimeRange}s: the bookkeeping behind gaps and confirmed-empty spans. */
public final class TimeSpans {

    private TimeSpans() {
    }

    /** The same instants as sorted, non-overlapping, non-touching ranges; empty ranges are dropped. */
    public static List<TimeRange> merge(List<TimeRange> spans) {
        List<TimeRange> sorted = spans.stream().filter(s -> s.to() > s.from())
                .sorted(Comparator.comparingLong(TimeRange::from)).toList();
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange s : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && s.from() <= merged.get(last).to()) {
                TimeRange prev = merged.get(last);
                merged.set(last, new TimeRange(prev.from(), Math.max(prev.to(), s.to())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** The parts of {@code spans} that lie in none of {@code holes}, sorted and merged. */
    public static List<TimeRange> subtract(List<TimeRange> spans, List<TimeRange> holes) {
        List<TimeRange> rest = new ArrayList<>();
        List<TimeRange> cut = merge(holes);
        for (TimeRange span : merge(spans)) {
            long from = span.from();
            for (TimeRange hole : cut) {
                if (hole.to() <= from || hole.from() >= span.to()) {
                    continue;
                }
                if (hole.from() > from) {
                    rest.add(new TimeRange(from, hole.from()));
                }
                from = Math.max(from, hole.to());
            }
            if (from < span.to()) {
                rest.add(new TimeRange(from, span.to()));
            }
        }
        return rest;
    }

    /** Total length in milliseconds of sorted, non-overlapping spans. */
    public static long length(List<TimeRange> spans) {
        return spans.stream().mapToLong(s -> s.to() - s.from()).sum();
    }
}
