package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.TimeSpans;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.Gap;
import dev.cryptotrader.trading.marketdata.GapDetector;

import java.util.List;

/** Gaps that are worth fetching: the holes between stored bars minus what the venue confirmed it has no data for. */
public final class OpenGaps {

    private OpenGaps() {
    }

    public static List<Gap> find(CandleSeries stored, Timeframe tf, List<TimeRange> confirmedEmpty) {
        List<TimeRange> holes = GapDetector.find(stored, tf).stream().map(g -> toSpan(g, tf)).toList();
        return TimeSpans.subtract(holes, confirmedEmpty).stream().map(s -> toGap(s, tf)).toList();
    }

    public static TimeRange toSpan(Gap gap, Timeframe tf) {
        return new TimeRange(gap.firstMissing(), gap.lastMissing() + tf.millis());
    }

    /** Spans built from grid-aligned gaps stay on the grid, so the division is exact. */
    public static Gap toGap(TimeRange span, Timeframe tf) {
        return new Gap(span.from(), span.to() - tf.millis(), (span.to() - span.from()) / tf.millis());
    }
}
