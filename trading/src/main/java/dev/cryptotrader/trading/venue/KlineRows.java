package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.KlineLayout;
import dev.cryptotrader.trading.importing.RowProblem;
import dev.cryptotrader.trading.venue.http.BadPayloadException;

import java.util.ArrayList;
import java.util.List;

/**
 * Kline rows as candles, for every venue's mapper. The field order and value parsing are the importer's
 * ({@link KlineLayout#toCandle}): a row means the same whether it was saved to a file or arrives over REST.
 */
public final class KlineRows {

    private KlineRows() {
    }

    /**
     * Converts rows in the venue's order; row numbers in errors are 1-based positions in the answer.
     *
     * @throws BadPayloadException for a row with the wrong number of fields or a value that is not a number/time
     */
    public static List<Candle> toCandles(KlineLayout layout, String venue, List<String[]> rows, Timeframe timeframe) {
        List<Candle> candles = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            if (cells.length != layout.fieldCount()) {
                throw new BadPayloadException("row " + (i + 1) + " has " + cells.length + " fields; a " + venue
                        + " kline row has " + layout.fieldCount());
            }
            try {
                candles.add(layout.toCandle(cells, timeframe));
            } catch (RowProblem e) {
                throw new BadPayloadException("row " + (i + 1) + ": " + e.getMessage());
            }
        }
        return candles;
    }
}
