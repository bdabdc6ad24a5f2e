package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every event, safe to read from the test thread while the feed writes. */
public final class RecordingListener implements LiveCandleListener {

    public final List<Candle> forming = new CopyOnWriteArrayList<>();
    public final List<Candle> closed = new CopyOnWriteArrayList<>();
    public final List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();
    /** "F:t", "C:t" and state names in arrival order, for ordering assertions. */
    public final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onForming(Candle candle) {
        forming.add(candle);
        events.add("F:" + candle.openTime());
    }

    @Override
    public void onClosed(Candle candle) {
        closed.add(candle);
        events.add("C:" + candle.openTime());
    }

    @Override
    public void onStatus(ConnectionStatus status) {
        statuses.add(status);
        events.add(status.state().name());
    }

    public List<ConnectionStatus> statuses(State state) {
        return statuses.stream().filter(s -> s.state() == state).toList();
    }

    public long count(State state) {
        return statuses.stream().filter(s -> s.state() == state).count();
    }

    public List<Long> closedTimes() {
        return closed.stream().map(Candle::openTime).toList();
    }
}
