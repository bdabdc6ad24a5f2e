package dev.cryptotrader.trading.backtest.lookahead;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of a {@link LookaheadCheck}. {@code flagged} is evidence: some value at a bar changed when later bars were
 * taken away. A check that was cancelled is {@code cancelled}; if nothing was found by then it proves nothing.
 *
 * @param strategy         the strategy's label, e.g. {@code sma-cross(fast=20, slow=100)}
 * @param tape             the tape's name
 * @param bars             bars in the tape
 * @param warmUp           the strategy's warm-up; no cut point lies before it
 * @param signals          bars with a signal in the run on all bars
 * @param signalsChecked   signal bars the data was cut after
 * @param samplesChecked   bars between signals the data was cut after
 * @param cutPointsPlanned cut points the check meant to re-run (fewer were, if cancelled)
 * @param changeCount      differing values found, all of them
 * @param changedBars      every bar at which some value differed, ascending
 * @param changes          the first differences in detail, in the order of cut point and bar
 */
public record LookaheadReport(String strategy, String tape, int bars, int warmUp, boolean flagged, boolean cancelled,
                              int signals, int signalsChecked, int samplesChecked, int cutPointsPlanned,
                              int changeCount, int[] changedBars, List<LookaheadChange> changes) {

    public LookaheadReport {
        Objects.requireNonNull(strategy, "strategy");
        changedBars = changedBars.clone();
        changes = List.copyOf(changes);
    }

    @Override
    public int[] changedBars() {
        return changedBars.clone();
    }

    public int cutPointsChecked() {
        return signalsChecked + samplesChecked;
    }

    /** Every planned cut point was checked and nothing changed. */
    public boolean passed() {
        return !flagged && !cancelled;
    }

    /** One line for a status bar or a log. */
    public String summary() {
        String coverage = cutPointsChecked() + " of " + cutPointsPlanned + " cut points (" + signalsChecked + " of "
                + signals + " signals, " + samplesChecked + " bars between signals; " + bars + " bars, warm-up "
                + warmUp + ")";
        if (flagged) {
            return "LOOKAHEAD in " + strategy + " on " + tape + ": " + changeCount + " values at "
                    + changedBars.length + " bars changed when the data was cut off after a bar"
                    + (changes.isEmpty() ? "" : "; first: " + changes.getFirst().describe()) + ". Checked "
                    + coverage;
        }
        if (cancelled) {
            return "Cancelled: " + strategy + " on " + tape + ", no lookahead found in " + coverage
                    + " (incomplete, proves nothing)";
        }
        return "No lookahead: " + strategy + " on " + tape + " gave the same signals and indicator values on data cut"
                + " off after " + coverage;
    }

    /** The summary, then each listed change, for a text report or the CLI. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(summary());
        for (LookaheadChange c : changes) {
            out.add("  " + c.describe());
        }
        if (changes.size() < changeCount) {
            out.add("  ... and " + (changeCount - changes.size()) + " more changes");
        }
        return out;
    }
}
