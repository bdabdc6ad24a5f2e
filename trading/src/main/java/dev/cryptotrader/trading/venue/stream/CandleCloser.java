package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.venue.http.BadPayloadException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * For venues that only ever send "the current candle" (Bitfinex, KuCoin): a candle whose open time is later than the
 * one we hold means the one we hold is finished. Candles are checked as the REST pages are (aligned, valid OHLCV)
 * before anything is reported. One instance per subscription, used by the session thread only.
 */
public final class CandleCloser {

    private final Timeframe timeframe;
    private Candle current;

    public CandleCloser(Timeframe timeframe) {
        this.timeframe = timeframe;
    }

    /** An update of the current candle, or the first candle of the next bar (which closes the current one). */
    public void accept(Candle candle, StreamEvents events) {
        check(candle, timeframe);
        if (current == null || candle.openTime() == current.openTime()) {
            current = candle;
            events.forming(candle);
        } else if (candle.openTime() > current.openTime()) {
            Candle finished = current;
            current = candle;
            events.closed(finished);
            events.forming(candle);
        } else {
            // A late word on a bar that has already closed: it is final by now, and the venue's latest value wins.
            events.closed(candle);
        }
    }

    /**
     * A snapshot of recent candles in any order (Bitfinex sends newest first): every one but the newest is closed;
     * the newest is the one forming.
     */
    public void snapshot(List<Candle> candles, StreamEvents events) {
        List<Candle> ascending = new ArrayList<>(candles);
        ascending.sort(Comparator.comparingLong(Candle::openTime));
        for (Candle c : ascending) {
            check(c, timeframe);
        }
        for (int i = 0; i + 1 < ascending.size(); i++) {
            events.closed(ascending.get(i));
        }
        if (!ascending.isEmpty()) {
            accept(ascending.getLast(), events);
        }
    }

    /** The connection ended: the bar we held may have changed unseen, so it is neither closed nor kept. */
    public void reset() {
        current = null;
    }

    public Optional<Candle> current() {
        return Optional.ofNullable(current);
    }

    /** The checks a REST page makes, for one live candle. */
    public static Candle check(Candle candle, Timeframe timeframe) {
        if (!timeframe.isAligned(candle.openTime())) {
            throw new BadPayloadException("open time " + Instant.ofEpochMilli(candle.openTime())
                    + " is not the start of a " + timeframe + " bar");
        }
        Optional<String> problem = candle.problem();
        if (problem.isPresent()) {
            throw new BadPayloadException("candle at " + Instant.ofEpochMilli(candle.openTime()) + ": "
                    + problem.get());
        }
        return candle;
    }
}
