package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.alert.AlertTrigger;
import dev.cryptotrader.trading.alert.PriceAlert;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where price alerts live, per symbol, active and triggered alike, so they survive a restart and triggered ones stay
 * marked on their bar.
 *
 * <p>Contract: every call is atomic. {@link #markTriggered} is the once-only step of firing: it changes an active
 * alert and nothing else, so two evaluators (two timeframes, two windows) cannot both fire one alert.
 */
public interface AlertStore {

    /** The alerts of {@code symbol}, active and triggered, oldest first (creation time, then id). */
    List<PriceAlert> list(SymbolKey symbol);

    /** Every active alert of every symbol, oldest first: what an evaluator tracks after a start. */
    List<PriceAlert> active();

    Optional<PriceAlert> find(UUID id);

    /** Inserts {@code alert}, or replaces the stored alert with the same id (moved, re-armed). */
    void save(PriceAlert alert);

    /**
     * Marks the alert triggered by {@code trigger} if it is stored and still active; returns whether it was. False
     * means it was deleted or has fired already: the caller should not notify again.
     */
    boolean markTriggered(UUID id, AlertTrigger trigger);

    /** Removes the alert; returns false if there was none with that id. */
    boolean delete(UUID id);
}
