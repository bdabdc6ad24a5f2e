package dev.cryptotrader.trading.port;

import java.util.List;
import java.util.Optional;

/**
 * Where named chart layouts live: the overlays with their parameters, the panes shown and small settings.
 *
 * <p>Contract: {@link #save} replaces the whole layout of that name atomically. {@link #load} never fails because
 * one stored indicator no longer parses: it returns the rest and names the bad entry.
 */
public interface ChartLayoutStore {

    /** The names of the stored layouts, sorted. */
    List<String> names();

    /** Stores {@code layout}, replacing any layout of the same name. */
    void save(ChartLayout layout);

    /** The layout of that name, with any stored indicator that could not be read reported and left out. */
    Optional<LoadedChartLayout> load(String name);

    /** Removes the layout; returns false if there was none of that name. */
    boolean delete(String name);
}
