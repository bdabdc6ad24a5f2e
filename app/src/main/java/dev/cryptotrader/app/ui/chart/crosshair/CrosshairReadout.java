package dev.cryptotrader.app.ui.chart.crosshair;

import dev.cryptotrader.app.ui.chart.ReadoutSource;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.crosshair.BarSlots;
import dev.cryptotrader.charting.crosshair.CrosshairState;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The readout in the price pane's top-left corner: the series name, then for the bar under the crosshair (the newest
 * bar while the pointer is elsewhere) its time, OHLCV and change, then every {@link ReadoutSource}'s values. It
 * replaces the chart's one-line legend. Updated on the FX thread on every crosshair move and data change.
 */
public final class CrosshairReadout {

    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    private final CrosshairState state;
    private final Supplier<OhlcvColumns> bars;
    private final List<ReadoutSource> sources = new ArrayList<>();
    private final Label title = label("readout-title");
    private final Label time = label("readout-time");
    private final Label open = value();
    private final Label high = value();
    private final Label low = value();
    private final Label close = value();
    private final Label volume = label("readout-volume");
    private final Label change = label("readout-change");
    private final FlowPane items = new FlowPane(12, 2);
    private final VBox root = new VBox(2);
    private BarReadout shown;

    public CrosshairReadout(CrosshairState state, Supplier<OhlcvColumns> bars) {
        this.state = state;
        this.bars = bars;
        // Flow panes wrap in a narrow pane instead of cutting values short.
        FlowPane ohlcv = new FlowPane(4, 0, time, key("O"), open, key("H"), high, key("L"), low, key("C"), close,
                key("V"), volume, change);
        ohlcv.getStyleClass().add("readout-ohlcv");
        items.getStyleClass().add("readout-items");
        root.getChildren().addAll(title, ohlcv, items);
        root.getStyleClass().add("crosshair-readout");
        root.setId("crosshair-readout");
        root.setMouseTransparent(true);
        root.setMaxHeight(VBox.USE_PREF_SIZE);
        root.setMaxWidth(900); // keeps lines short on a wide chart; a narrow one wraps them
        state.pointProperty().addListener((obs, old, p) -> refresh());
    }

    /** Adds the values of {@code source} (an indicator, say) after OHLCV. */
    public void addSource(ReadoutSource source) {
        sources.add(source);
        refresh();
    }

    public void removeSource(ReadoutSource source) {
        sources.remove(source);
        refresh();
    }

    /** The series name on the first line ("BTC/USD · 1m · bitstamp"). */
    public void setTitle(String text) {
        title.setText(text);
    }

    /** Reads the bar again: call when the data changed (a new series, a live update). */
    public void refresh() {
        OhlcvColumns c = bars.get();
        CrosshairState.Point p = state.point();
        int bar = p == null ? c.size() - 1 : Math.min(BarSlots.indexContaining(c, p.timeMillis()), c.size() - 1);
        shown = BarReadout.of(c, bar, sources);
        boolean has = shown != null;
        for (Node n : root.getChildren().subList(1, 3)) {
            n.setVisible(has);
            n.setManaged(has);
        }
        if (!has) {
            return;
        }
        time.setText(shown.time());
        open.setText(shown.open());
        high.setText(shown.high());
        low.setText(shown.low());
        close.setText(shown.close());
        volume.setText(shown.volume());
        change.setText(shown.change());
        for (Label l : List.of(open, high, low, close)) {
            l.pseudoClassStateChanged(UP, shown.up());
            l.pseudoClassStateChanged(DOWN, !shown.up());
        }
        change.pseudoClassStateChanged(UP, shown.changeSign() > 0);
        change.pseudoClassStateChanged(DOWN, shown.changeSign() < 0);
        List<Node> itemNodes = new ArrayList<>();
        for (ReadoutSource.Item item : shown.items()) {
            HBox pair = new HBox(4, key(item.label()), label("readout-item-value"));
            ((Label) pair.getChildren().get(1)).setText(item.value());
            itemNodes.add(pair);
        }
        items.getChildren().setAll(itemNodes);
    }

    /** What the readout shows now (null without bars). */
    public BarReadout shown() {
        return shown;
    }

    /** The node to place over the price pane's top-left corner. */
    public Node node() {
        return root;
    }

    private static Label key(String text) {
        Label l = label("readout-key");
        l.setText(text);
        return l;
    }

    private static Label value() {
        return label("readout-value");
    }

    private static Label label(String style) {
        Label l = new Label();
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
