package dev.cryptotrader.trading.alert;

import dev.cryptotrader.trading.domain.Timeframe;

import java.util.Objects;

/**
 * When and where an alert fired: the moment it was detected, and the bar it fired in, so the chart can mark that bar
 * (on another timeframe, the bar that contains {@code barOpenTime}).
 *
 * @param triggeredAt epoch ms the evaluator saw the cross (its clock)
 * @param timeframe   of the series whose update showed the cross
 * @param barOpenTime open time, epoch ms, of the bar in which the price reached the level
 * @param direction   which way the price crossed
 */
public record AlertTrigger(long triggeredAt, Timeframe timeframe, long barOpenTime, CrossDirection direction) {

    public AlertTrigger {
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(direction, "direction");
        if (triggeredAt < 0 || barOpenTime < 0) {
            throw new IllegalArgumentException("trigger times must not be negative: triggered " + triggeredAt
                    + ", bar " + barOpenTime);
        }
    }
}
