package dev.cryptotrader.trading.alert;

import dev.cryptotrader.trading.drawing.ChartPrices;
import dev.cryptotrader.trading.domain.SymbolKey;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A price level on a symbol (exchange and pair), not on one timeframe: it is evaluated on the updates of whatever
 * series of that symbol are fed to the {@link AlertEvaluator} (the 1m stream, the 1h chart's, or both) and fires once,
 * on the first of them that shows the cross. Then it is {@link AlertState#TRIGGERED} with its {@link AlertTrigger}
 * until re-armed.
 *
 * @param level     exact, in canonical form (see {@link ChartPrices})
 * @param createdAt epoch ms the alert was created or last re-armed or moved: a bar that began before it can arm the
 *                  alert but never fire it, since its high and low may predate the alert
 * @param trigger   present exactly when the state is {@link AlertState#TRIGGERED}
 */
public record PriceAlert(UUID id, SymbolKey symbol, AlertCondition condition, BigDecimal level, long createdAt,
                         AlertState state, Optional<AlertTrigger> trigger) {

    public PriceAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(trigger, "trigger");
        level = ChartPrices.check(level, "the alert level");
        if (createdAt < 0) {
            throw new IllegalArgumentException("alert creation time " + createdAt + " is negative");
        }
        if ((state == AlertState.TRIGGERED) != trigger.isPresent()) {
            throw new IllegalArgumentException(state == AlertState.TRIGGERED
                    ? "a triggered alert needs its trigger time and bar" : "an active alert has no trigger yet");
        }
    }

    /** A new armed alert with a fresh id. */
    public static PriceAlert create(SymbolKey symbol, AlertCondition condition, BigDecimal level, long now) {
        return new PriceAlert(UUID.randomUUID(), symbol, condition, level, now, AlertState.ACTIVE, Optional.empty());
    }

    public boolean isActive() {
        return state == AlertState.ACTIVE;
    }

    /** This alert, fired. Only an active alert can fire. */
    public PriceAlert triggered(AlertTrigger how) {
        Objects.requireNonNull(how, "how");
        if (!isActive()) {
            throw new IllegalStateException("alert " + id + " has fired already");
        }
        return new PriceAlert(id, symbol, condition, level, createdAt, AlertState.TRIGGERED, Optional.of(how));
    }

    /** Armed again at the same level as of {@code now} (after it fired, or to restart its evaluation). */
    public PriceAlert rearmed(long now) {
        return new PriceAlert(id, symbol, condition, level, now, AlertState.ACTIVE, Optional.empty());
    }

    /** Moved to another level (the line dragged on the chart), armed as of {@code now}. */
    public PriceAlert movedTo(BigDecimal newLevel, long now) {
        return new PriceAlert(id, symbol, condition, newLevel, now, AlertState.ACTIVE, Optional.empty());
    }
}
