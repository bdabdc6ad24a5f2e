package dev.cryptotrader.charting.draw;

/**
 * A point on the price chart: a moment in UTC epoch <em>milliseconds</em> (not tied to a bar, so a shape keeps its
 * place on every timeframe) and a price.
 */
public record ShapePoint(long timeMillis, double price) {

    public ShapePoint withPrice(double newPrice) {
        return new ShapePoint(timeMillis, newPrice);
    }

    public ShapePoint withTime(long newTimeMillis) {
        return new ShapePoint(newTimeMillis, price);
    }
}
