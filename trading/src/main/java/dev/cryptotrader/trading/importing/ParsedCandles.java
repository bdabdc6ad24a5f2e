package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.List;

/**
 * What a file held: its candles, validated and sorted oldest first, at exact decimal values.
 *
 * @param source   the name errors use for the file (its path for files)
 * @param format   the format read, detected or given
 * @param candles  the valid bars, ascending by open time
 * @param rowsRead data rows read (trades for {@link ImportFormat#TRADES_CSV}); headers and blank lines do not count.
 *                 For candle formats {@code rowsRead - candles.size() - skipped.size()} is the number of exact
 *                 duplicate rows that were dropped silently.
 * @param skipped  rows dropped in {@link OnError#SKIP} mode, in file order (always empty in FAIL mode)
 */
public record ParsedCandles(String source, ImportFormat format, CandleSeries candles, long rowsRead,
                            List<SkippedRow> skipped) {

    public ParsedCandles {
        skipped = List.copyOf(skipped);
    }
}
