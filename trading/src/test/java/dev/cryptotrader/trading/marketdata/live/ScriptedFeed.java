package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleFeed;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;

/** A feed the test plays by hand, in the order a real feed would report (one thread, the test's). */
final class ScriptedFeed implements LiveCandleFeed {

    private final Exchange exchange;
    private volatile LiveCandleListener listener;

    ScriptedFeed(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public Exchange exchange() {
        return exchange;
    }

    @Override
    public Subscription subscribe(Instrument instrument, Timeframe timeframe, LiveCandleListener l) {
        this.listener = l;
        return () -> l.onStatus(ConnectionStatus.of(State.STOPPED, "stopped"));
    }

    void status(State state) {
        listener.onStatus(ConnectionStatus.of(state, state.name().toLowerCase()));
    }

    void forming(Candle c) {
        listener.onForming(c);
    }

    void closed(Candle c) {
        listener.onClosed(c);
    }
}
