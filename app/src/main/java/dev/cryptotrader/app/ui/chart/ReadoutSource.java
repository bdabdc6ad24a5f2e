package dev.cryptotrader.app.ui.chart;

import java.util.List;

/**
 * Something that adds lines to the crosshair readout for the bar under the crosshair: the visible indicators give their
 * values, say. Called on the FX thread for every crosshair move, so it must be quick (an array lookup, not a compute).
 */
@FunctionalInterface
public interface ReadoutSource {

    /** One value of the readout: {@code label} such as "RSI(14)", {@code value} already formatted. */
    record Item(String label, String value) {
    }

    /** The items for bar {@code barIndex} of the series on screen (an index into the chart's columns). */
    List<Item> itemsAt(int barIndex);
}
