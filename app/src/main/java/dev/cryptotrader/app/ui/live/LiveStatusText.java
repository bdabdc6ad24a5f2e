package dev.cryptotrader.app.ui.live;

import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;

/** A connection status in the few words the status bar has room for; the full message goes to the tooltip. */
final class LiveStatusText {

    private LiveStatusText() {
    }

    static String of(ConnectionStatus status) {
        return switch (status.state()) {
            case CONNECTING -> "connecting…";
            case SUBSCRIBED, CAUGHT_UP -> "streaming";
            case CATCHING_UP -> "catching up…";
            case DISCONNECTED, FRAME_REJECTED, FAILED, CATCH_UP_FAILED -> status.message();
            case STOPPED -> "stopped";
        };
    }
}
