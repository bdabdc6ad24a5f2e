package dev.cryptotrader.app.ui.series;

import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.text.NumberFormat;
import java.util.Locale;

/** One series in the picker: symbol and timeframe on top, exchange and bar count below. */
final class SeriesCell extends ListCell<SeriesInfo> {

    private final Label symbol = new Label();
    private final Label timeframe = new Label();
    private final Label detail = new Label();
    private final VBox graphic;

    SeriesCell() {
        symbol.getStyleClass().add("series-symbol");
        timeframe.getStyleClass().add("series-timeframe");
        detail.getStyleClass().add("series-detail");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        graphic = new VBox(2, new HBox(6, symbol, gap, timeframe), detail);
        getStyleClass().add("series-cell");
    }

    @Override
    protected void updateItem(SeriesInfo info, boolean empty) {
        super.updateItem(info, empty);
        setText(null);
        if (empty || info == null) {
            setGraphic(null);
            return;
        }
        symbol.setText(info.key().instrument().symbol());
        timeframe.setText(info.key().timeframe().label());
        detail.setText(info.key().exchange().id() + " · "
                + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(info.barCount()) + " bars");
        setGraphic(graphic);
    }
}
