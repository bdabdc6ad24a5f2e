package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.drawing.Drawing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where chart drawings live, per symbol (exchange and pair), so one drawing shows on every timeframe of its symbol and
 * survives a restart.
 *
 * <p>Contract: {@link #save} is an upsert by id that stores the whole value as given (times included), so saving a
 * drawing that was deleted brings it back under its old id: that is how an undo of a delete restores it. Every call is
 * atomic: after a crash a drawing is either in its old or in its new state. A store never holds an invalid drawing,
 * since {@link Drawing} cannot be built invalid; a stored record that cannot be read back as one (edited by hand) is
 * left out of what is read and reported by the implementation, never deleted.
 */
public interface DrawingStore {

    /** The drawings of {@code symbol}, oldest first (creation time, then id), so later ones are drawn on top. */
    List<Drawing> list(SymbolKey symbol);

    Optional<Drawing> find(UUID id);

    /** Inserts {@code drawing}, or replaces the stored drawing with the same id. */
    void save(Drawing drawing);

    /** Removes the drawing; returns false if there was none with that id. */
    boolean delete(UUID id);
}
