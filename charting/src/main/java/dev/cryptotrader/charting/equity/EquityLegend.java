package dev.cryptotrader.charting.equity;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names of the curves in their colours with each one's value: the last value, or the value at the time under the
 * mouse while it hovers (then the time leads the row).
 */
final class EquityLegend extends FlowPane {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Label time = new Label();
    private final List<Label> names = new ArrayList<>();
    private final DecimalFormat money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    private List<EquityCurve> curves = List.of();

    EquityLegend() {
        super(14, 2);
        getStyleClass().add("equity-legend");
        time.getStyleClass().add("equity-legend-time");
        setMouseTransparent(true);
    }

    void setCurves(List<EquityCurve> newCurves) {
        curves = newCurves;
        names.clear();
        for (int i = 0; i < curves.size(); i++) {
            Label label = new Label();
            label.getStyleClass().addAll("equity-legend-item", CurvePalette.styleClass(i));
            names.add(label);
        }
        showLast();
    }

    /** Each curve's last value. */
    void showLast() {
        for (int i = 0; i < curves.size(); i++) {
            EquityCurve c = curves.get(i);
            names.get(i).setText(text(c, c.size() - 1));
        }
        getChildren().setAll(names);
    }

    /** Each curve's value at {@code millis} (its last point at or before it). */
    void showAt(long millis) {
        time.setText(TIME.format(Instant.ofEpochMilli(millis)));
        for (int i = 0; i < curves.size(); i++) {
            EquityCurve c = curves.get(i);
            names.get(i).setText(text(c, c.indexAtOrBefore(millis)));
        }
        List<javafx.scene.Node> all = new ArrayList<>();
        all.add(time);
        all.addAll(names);
        getChildren().setAll(all);
    }

    private String text(EquityCurve c, int i) {
        return "■ " + c.name() + "  " + (i < 0 || Double.isNaN(c.values()[i]) ? "—" : money.format(c.values()[i]));
    }

    /** The label texts shown, for tests. */
    List<String> texts() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
