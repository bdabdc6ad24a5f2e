package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Candle;

/** CSV candles: a header naming a time column and open, high, low, close, volume in any order; extra columns ignored. */
final class CsvCandleReader implements FormatReader {

    @Override
    public long read(TextContent content, CandleCollector out) {
        CsvTable table = CsvTable.open(content);
        int[] at = table.require(CsvColumn.TIME, CsvColumn.OPEN, CsvColumn.HIGH, CsvColumn.LOW, CsvColumn.CLOSE,
                CsvColumn.VOLUME);
        int columns = table.columnCount();
        return table.forEachRow((line, f, count) -> {
            if (count != columns) {
                out.reject(line, 0, "expected " + columns + " columns as in the header, found " + count);
                return;
            }
            try {
                long time = Values.epochMillis(f[at[0]], table.name(at[0]));
                out.accept(line, 0, new Candle(time,
                        Values.decimal(f[at[1]], table.name(at[1])),
                        Values.decimal(f[at[2]], table.name(at[2])),
                        Values.decimal(f[at[3]], table.name(at[3])),
                        Values.decimal(f[at[4]], table.name(at[4])),
                        Values.decimal(f[at[5]], table.name(at[5]))));
            } catch (RowProblem p) {
                out.reject(line, 0, p.getMessage());
            }
        });
    }
}
