package dev.cryptotrader.charting.markers;

import java.util.Objects;

/**
 * A fill to mark on a price chart: ▲ for a buy, ▼ for a sell, its tip at {@code price} on the bar that opened at
 * {@code timeMillis}. Entries take the buy/sell colour; exits are coloured by the trade's outcome. Markers with the
 * same {@code trade} number are joined by a dashed line from entry to exit. {@code description} is shown while the
 * mouse is over the marker.
 */
public record TradeMarker(int trade, long timeMillis, double price, Direction direction, Role role, Outcome outcome,
                          String description) {

    public enum Direction { BUY, SELL }

    public enum Role { ENTRY, EXIT }

    /** How the trade ended; {@link #NONE} for entries. */
    public enum Outcome { NONE, WIN, LOSS }

    public TradeMarker {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(description, "description");
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("marker of trade " + trade + " has no price: " + price);
        }
    }

    /** The style class of its colour in {@code markers.css}. */
    String styleClass() {
        if (role == Role.ENTRY) {
            return direction == Direction.BUY ? "trade-marker-buy" : "trade-marker-sell";
        }
        return switch (outcome) {
            case WIN -> "trade-marker-win";
            case LOSS -> "trade-marker-loss";
            case NONE -> "trade-marker-even";
        };
    }
}
