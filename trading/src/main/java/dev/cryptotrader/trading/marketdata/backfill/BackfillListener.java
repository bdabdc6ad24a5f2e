package dev.cryptotrader.trading.marketdata.backfill;

/** Hears about progress after every stored page, on the thread that runs the backfill or repair. */
@FunctionalInterface
public interface BackfillListener {

    BackfillListener NONE = progress -> { };

    void onProgress(BackfillProgress progress);
}
