package dev.cryptotrader.charting.draw;

import java.util.Objects;

/**
 * A price alert as the chart shows it: a dashed line at its price with a bell and a price tag. A triggered alert is
 * greyed out and marked on the bar where it fired ({@code firedBarMillis}, the bar's open time; -1 when it has not).
 */
public record AlertMark(String id, double price, String label, boolean triggered, long firedBarMillis) {

    public AlertMark {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
    }

    public static AlertMark active(String id, double price, String label) {
        return new AlertMark(id, price, label, false, -1);
    }
}
