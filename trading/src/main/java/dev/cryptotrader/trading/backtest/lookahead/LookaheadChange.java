package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.backtest.strategy.Signal;

import java.time.Instant;

/**
 * One value that differed between the run on all the data and the run on the data cut off right after bar
 * {@code cutAt}. For {@link Kind#ACTION} the values are {@link Signal} codes; for {@link Kind#RUN} they are NaN and
 * {@code detail} says what went wrong.
 *
 * @param cutAt     the last bar the re-run was given
 * @param bar       the bar whose value changed ({@code cutAt} for a failed re-run)
 * @param time      that bar's open time, epoch ms
 * @param column    the indicator's name (null unless {@link Kind#INDICATOR})
 * @param fullValue the value computed from all the data
 * @param cutValue  the value computed from the data up to {@code cutAt}
 */
public record LookaheadChange(int cutAt, int bar, long time, Kind kind, String column, double fullValue,
                              double cutValue, String detail) {

    public enum Kind {
        /** The signal taken at the bar changed. */
        ACTION,
        /** The protective stop given for the bar changed. */
        STOP,
        /** An indicator value at the bar changed. */
        INDICATOR,
        /** The re-run threw, covered the wrong number of bars, or gave different indicator columns. */
        RUN
    }

    static LookaheadChange action(int cutAt, int bar, long time, byte full, byte cut) {
        return new LookaheadChange(cutAt, bar, time, Kind.ACTION, null, full, cut, null);
    }

    static LookaheadChange run(int cutAt, long time, String detail) {
        return new LookaheadChange(cutAt, cutAt, time, Kind.RUN, null, Double.NaN, Double.NaN, detail);
    }

    /** E.g. {@code action at bar 812 (2024-03-01T08:00:00Z): enter long on full data, none when cut at 812}. */
    public String describe() {
        String at = " at bar " + bar + " (" + Instant.ofEpochMilli(time) + "): ";
        String cut = " when cut at " + cutAt;
        return switch (kind) {
            case ACTION -> "action" + at + Signal.name((byte) fullValue) + " on full data, "
                    + Signal.name((byte) cutValue) + cut;
            case STOP -> "stop" + at + fullValue + " on full data, " + cutValue + cut;
            case INDICATOR -> "indicator " + column + at + fullValue + " on full data vs " + cutValue + cut;
            case RUN -> "re-run cut at " + cutAt + " (" + Instant.ofEpochMilli(time) + "): " + detail;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
