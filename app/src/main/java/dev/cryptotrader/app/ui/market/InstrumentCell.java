package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** One listed instrument: {@code BTC/USDT}, the venue's spelling, and a tag when it does not trade now. */
final class InstrumentCell extends ListCell<InstrumentInfo> {

    private final Label symbol = new Label();
    private final Label venueSpelling = new Label();
    private final Label halted = new Label("not trading");
    private final HBox row;

    InstrumentCell() {
        symbol.getStyleClass().add("instrument-symbol");
        venueSpelling.getStyleClass().add("instrument-native");
        halted.getStyleClass().add("instrument-halted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        row = new HBox(8, symbol, gap, halted, venueSpelling);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("instrument-cell");
    }

    @Override
    protected void updateItem(InstrumentInfo info, boolean empty) {
        super.updateItem(info, empty);
        if (empty || info == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        symbol.setText(info.instrument().symbol());
        venueSpelling.setText(info.nativeSymbol());
        halted.setVisible(!info.trading());
        halted.setManaged(!info.trading());
        setText(null);
        setGraphic(row);
    }
}
