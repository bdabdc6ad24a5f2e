package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.port.UpsertResult;

/** The outcome of one import: what the file held and what the store did with it. */
public record ImportReport(ParsedCandles parsed, UpsertResult result) {
}
