package dev.cryptotrader.trading.alert;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The cross test on what bars can tell about the price between two looks at it: where it {@code start}ed, the
 * {@code lowest} and {@code highest} it is known to have reached since (the start and the end included), and where it
 * {@code end}ed. The order of the extremes is unknown, so a cross counts only when it certainly happened:
 * <ul>
 *   <li>up (from below the level to the level or above): it started below and reached the level; or it started at or
 *       above, went below, and ended at or above again;</li>
 *   <li>down (from above to the level or below): the mirror image.</li>
 * </ul>
 * Touching the level counts as reaching it. When both crosses certainly happened, the first is the one away from the
 * starting side (started below: up first); a start exactly on the level leaves the order unknown, and up is reported.
 */
record Crossing(BigDecimal start, BigDecimal lowest, BigDecimal highest, BigDecimal end) {

    Optional<CrossDirection> of(AlertCondition condition, BigDecimal level) {
        int s = start.compareTo(level);
        boolean up = (s < 0 && highest.compareTo(level) >= 0)
                || (s >= 0 && lowest.compareTo(level) < 0 && end.compareTo(level) >= 0);
        boolean down = (s > 0 && lowest.compareTo(level) <= 0)
                || (s <= 0 && highest.compareTo(level) > 0 && end.compareTo(level) <= 0);
        CrossDirection first = up && down ? (s > 0 ? CrossDirection.DOWN : CrossDirection.UP)
                : up ? CrossDirection.UP : down ? CrossDirection.DOWN : null;
        if (first == null) {
            return Optional.empty();
        }
        if (condition.accepts(first)) {
            return Optional.of(first);
        }
        CrossDirection second = first == CrossDirection.UP ? CrossDirection.DOWN : CrossDirection.UP;
        return (second == CrossDirection.UP ? up : down) && condition.accepts(second)
                ? Optional.of(second) : Optional.empty();
    }
}
