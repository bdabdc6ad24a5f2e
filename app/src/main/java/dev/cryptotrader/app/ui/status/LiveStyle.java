package dev.cryptotrader.app.ui.status;

import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** Colours the live label by connection state: {@code :streaming}, {@code :waiting} or {@code :trouble}. */
final class LiveStyle {

    private static final PseudoClass STREAMING = PseudoClass.getPseudoClass("streaming");
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");

    private LiveStyle() {
    }

    static void show(Node label, ConnectionStatus.State state) {
        boolean streaming = state == ConnectionStatus.State.SUBSCRIBED || state == ConnectionStatus.State.CAUGHT_UP;
        boolean waiting = state == ConnectionStatus.State.CONNECTING || state == ConnectionStatus.State.CATCHING_UP;
        label.pseudoClassStateChanged(STREAMING, streaming);
        label.pseudoClassStateChanged(WAITING, waiting);
        label.pseudoClassStateChanged(TROUBLE, state != null && !streaming && !waiting
                && state != ConnectionStatus.State.STOPPED);
    }
}
