package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.trading.domain.SeriesKey;

/**
 * How a backfill the user started ended, for whoever refreshes the series list and opens the new series.
 *
 * @param newBars bars stored that were not stored before (0 for a failure: some may have been, the store knows)
 * @param message one line for the status bar
 */
public record BackfillOutcome(SeriesKey key, Status status, long newBars, String message) {

    public enum Status { COMPLETED, CANCELLED, FAILED }
}
