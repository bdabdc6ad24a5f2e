package dev.cryptotrader.trading.importing;

import java.math.BigDecimal;

/** Trade CSV (Bitstamp style: {@code timestamp,price,amount}, oldest first) aggregated into candles. */
final class TradesCsvReader implements FormatReader {

    @Override
    public long read(TextContent content, CandleCollector out) {
        CsvTable table = CsvTable.open(content);
        int[] at = table.require(CsvColumn.TIME, CsvColumn.PRICE, CsvColumn.AMOUNT);
        int columns = table.columnCount();
        TradeAggregator aggregator = new TradeAggregator(out.timeframe(), out);
        long[] lastTime = {Long.MIN_VALUE};
        long[] lastLine = {0};
        long rows = table.forEachRow((line, f, count) -> {
            if (count != columns) {
                out.reject(line, 0, "expected " + columns + " columns as in the header, found " + count);
                return;
            }
            try {
                long time = Values.epochMillis(f[at[0]], table.name(at[0]));
                BigDecimal price = Values.decimal(f[at[1]], table.name(at[1]));
                BigDecimal amount = Values.decimal(f[at[2]], table.name(at[2]));
                if (price.signum() <= 0) {
                    throw new RowProblem("price " + price.toPlainString() + " is not positive");
                }
                if (amount.signum() < 0) {
                    throw new RowProblem("amount " + amount.toPlainString() + " is negative");
                }
                if (time < lastTime[0]) {
                    throw new RowProblem("trade time " + CandleCollector.instant(time) + " is before "
                            + CandleCollector.instant(lastTime[0]) + " at line " + lastLine[0]
                            + ": trades must be in time order");
                }
                lastTime[0] = time;
                lastLine[0] = line;
                aggregator.add(line, time, price, amount);
            } catch (RowProblem p) {
                out.reject(line, 0, p.getMessage());
            }
        });
        aggregator.finish();
        return rows;
    }

    @Override
    public boolean spacingShowsTimeframe() {
        return false;
    }
}
