package dev.cryptotrader.charting.overlay;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.Objects;

/**
 * A row of coloured texts naming overlays and their values, e.g. {@code SMA 20  43,512.10   EMA 50  43,498.77}. The
 * app says what to show ({@link #show}); this only lays it out and colours each item with its palette colour.
 */
public final class OverlayLegend extends HBox {

    /** One text; {@code colour} is a palette colour, or {@link #TITLE} for the plain chart text colour. */
    public record Item(String text, int colour) {
        public Item {
            Objects.requireNonNull(text, "text");
        }
    }

    public static final int TITLE = -1;

    public OverlayLegend() {
        getStyleClass().add("overlay-legend");
        setMouseTransparent(true);
    }

    /** Replaces the items; call on the FX thread. */
    public void show(List<Item> items) {
        var labels = items.stream().map(OverlayLegend::label).toList();
        getChildren().setAll(labels);
    }

    /** The texts shown, in order (tests). */
    public List<String> texts() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Label label(Item item) {
        Label label = new Label(item.text());
        label.getStyleClass().add(item.colour() == TITLE ? "overlay-legend-title"
                : OverlayPalette.styleClass(item.colour()));
        return label;
    }
}
