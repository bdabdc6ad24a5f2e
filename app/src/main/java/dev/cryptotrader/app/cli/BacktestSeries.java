package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.Gap;
import dev.cryptotrader.trading.marketdata.GapDetector;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.util.List;

/**
 * The bars a backtest command replays: {@code --exchange/--symbol/--timeframe} and an optional {@code --from/--to}
 * range, read from the candle store into a {@link BarTape} named after the series ({@code binance BTC/USDT 1h}).
 */
public final class BacktestSeries {

    @Mixin
    SeriesOptions series;

    @Mixin
    SeriesOptions.Range range;

    /** The loaded tape and the holes in it (bars the store does not have inside the range). */
    record Loaded(SeriesKey key, BarTape tape, List<Gap> gaps) {

        long missingBars() {
            return gaps.stream().mapToLong(Gap::missingBars).sum();
        }

        /** A note for stderr when the tape has holes: they are replayed as if the bars were adjacent. */
        String gapNote() {
            if (gaps.isEmpty()) {
                return null;
            }
            long missing = missingBars();
            return "note: " + key + " has " + gaps.size() + (gaps.size() == 1 ? " gap (" : " gaps (") + missing
                    + (missing == 1 ? " missing bar" : " missing bars") + ") in this range, the first at "
                    + Instant.ofEpochMilli(gaps.getFirst().firstMissing()) + "; the backtest replays the stored bars"
                    + " one after another (see: cryptotrader gaps, repair-gaps)";
        }
    }

    SeriesKey key() {
        return series.key();
    }

    /** Reads the bars; an unknown series or an empty range is a {@link BadInputException} saying what is stored. */
    Loaded load(CandleStore store) {
        SeriesKey key = series.key();
        TimeRange wanted = range.range();
        SeriesInfo info = store.info(key).orElseThrow(() -> new BadInputException("no stored series " + key
                + " (see: cryptotrader series; import or backfill it first)"));
        CandleSeries candles = store.read(key, wanted);
        if (candles.isEmpty()) {
            throw new BadInputException("no bars of " + key + " " + describe(wanted) + " (stored: "
                    + Instant.ofEpochMilli(info.firstOpenTime()) + " to " + Instant.ofEpochMilli(info.lastOpenTime())
                    + ")");
        }
        BarTape tape = BarTape.of(key.toString(), key.timeframe().millis(), candles);
        return new Loaded(key, tape, GapDetector.find(candles, key.timeframe()));
    }

    /** Refuses a tape no longer than the strategy's warm-up, saying how many bars it would need. */
    static void requireWarmUp(Loaded loaded, Strategy strategy) {
        int bars = loaded.tape().size();
        int warmUp = strategy.warmUp();
        if (bars <= warmUp) {
            throw new BadInputException("too few bars: " + loaded.key() + " has " + bars + " bars from "
                    + Instant.ofEpochMilli(loaded.tape().openTime()[0]) + " to "
                    + Instant.ofEpochMilli(loaded.tape().openTime()[bars - 1]) + ", but " + strategy.label()
                    + " needs more than its warm-up of " + warmUp + " bars; widen --from/--to or shorten the periods");
        }
    }

    private static String describe(TimeRange r) {
        boolean from = r.from() != Long.MIN_VALUE;
        boolean to = r.to() != Long.MAX_VALUE;
        if (from && to) {
            return "between " + Instant.ofEpochMilli(r.from()) + " and " + Instant.ofEpochMilli(r.to());
        }
        if (from) {
            return "from " + Instant.ofEpochMilli(r.from()) + " on";
        }
        return to ? "before " + Instant.ofEpochMilli(r.to()) : "at all";
    }
}
