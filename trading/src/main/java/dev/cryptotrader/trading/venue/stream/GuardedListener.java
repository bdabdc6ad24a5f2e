package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caller's listener as the session sees it: every status is logged, and an exception thrown by the listener is
 * logged instead of reaching the session thread, where it would end the subscription.
 */
final class GuardedListener implements LiveCandleListener {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    private final String name;
    private final LiveCandleListener listener;

    GuardedListener(String name, LiveCandleListener listener) {
        this.name = name;
        this.listener = listener;
    }

    void status(State state, String message) {
        onStatus(ConnectionStatus.of(state, message));
    }

    @Override
    public void onForming(Candle candle) {
        guard(() -> listener.onForming(candle), "a forming candle");
    }

    @Override
    public void onClosed(Candle candle) {
        guard(() -> listener.onClosed(candle), "a closed candle");
    }

    @Override
    public void onStatus(ConnectionStatus status) {
        switch (status.state()) {
            case DISCONNECTED, FRAME_REJECTED, FAILED -> LOG.warn("{}: {}", name, status.message());
            default -> LOG.info("{}: {}", name, status.message());
        }
        guard(() -> listener.onStatus(status), "a status");
    }

    private void guard(Runnable call, String what) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("{}: the listener failed on {}", name, what, e);
        }
    }
}
