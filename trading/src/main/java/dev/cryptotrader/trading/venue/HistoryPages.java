package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.venue.http.BadPayloadException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one answer's candles into the {@link HistoryPage} the port promises: every bar inside the window, aligned,
 * valid OHLCV, strictly ascending (newest-first answers are reversed), and closed at the injected clock's now.
 * Anything else refuses the whole page, so nothing half-wrong reaches the store.
 */
public final class HistoryPages {

    private HistoryPages() {
    }

    /** The page for a window no bar can open in: nothing to fetch, and the whole range is answered. */
    public static HistoryPage nothingToFetch(HistoryWindow window) {
        return new HistoryPage(CandleSeries.empty(), window.from(), window.end());
    }

    /**
     * @param answer the candles in the venue's order (row numbers in errors are positions in the answer)
     * @param now    bars that close after this are still forming and are left out
     * @throws BadPayloadException naming the row and what is wrong with it
     */
    public static HistoryPage assemble(HistoryWindow window, List<Candle> answer, long now) {
        boolean newestFirst = answer.size() > 1 && answer.getFirst().openTime() > answer.getLast().openTime();
        long tf = window.timeframe().millis();
        List<Candle> closed = new ArrayList<>(answer.size());
        long previous = Long.MIN_VALUE;
        for (int k = 0; k < answer.size(); k++) {
            int index = newestFirst ? answer.size() - 1 - k : k;
            Candle candle = answer.get(index);
            check(window, candle, index + 1, previous);
            previous = candle.openTime();
            if (candle.openTime() + tf <= now) {
                closed.add(candle);
            }
        }
        // A full answer may have been cut short by the venue: continue after its last bar. A shorter one means the
        // venue has nothing more in the window (KuCoin leaves out intervals without trades).
        long coveredTo = answer.size() >= window.bars() && previous != Long.MIN_VALUE ? previous + tf : window.end();
        // The forming bar and anything later are not answered yet, whatever the venue sent.
        coveredTo = Math.max(window.from(), Math.min(coveredTo, window.timeframe().bucketStart(now)));
        return new HistoryPage(series(closed), window.from(), coveredTo);
    }

    private static void check(HistoryWindow window, Candle candle, int row, long previous) {
        long time = candle.openTime();
        if (time < window.from() || time >= window.end()) {
            throw new BadPayloadException("row " + row + ": open time " + instant(time)
                    + " is outside the requested range [" + instant(window.from()) + ", " + instant(window.end())
                    + ")");
        }
        if (!window.timeframe().isAligned(time)) {
            throw new BadPayloadException("row " + row + ": open time " + instant(time) + " is not the start of a "
                    + window.timeframe() + " bar");
        }
        Optional<String> problem = candle.problem();
        if (problem.isPresent()) {
            throw new BadPayloadException("row " + row + " (" + instant(time) + "): " + problem.get());
        }
        if (time <= previous) {
            throw new BadPayloadException("row " + row + ": open time " + instant(time)
                    + (time == previous ? " appears twice" : " breaks the time order of the rows"));
        }
    }

    private static CandleSeries series(List<Candle> candles) {
        try {
            return CandleSeries.of(candles);
        } catch (ArithmeticException e) {
            throw new BadPayloadException("the values cannot be held exactly: " + e.getMessage());
        }
    }

    private static String instant(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
