package dev.cryptotrader.trading.port;

/** How many bars an upsert added, changed, or found already stored with the same values. */
public record UpsertResult(long inserted, long updated, long unchanged) {

    public long total() {
        return inserted + updated + unchanged;
    }
}
