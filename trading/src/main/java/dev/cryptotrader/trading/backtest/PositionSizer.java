package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.execution.Portfolio;
import dev.cryptotrader.trading.execution.Side;

/**
 * The entry-size formulas of docs/BACKTESTING.md. An entry is sized when it fills (the price is then known), from
 * the cash at that moment; an entry always starts flat, so cash is the equity. No sizing borrows: an entry's value
 * plus its fee never exceeds the cash.
 * <ul>
 *   <li>Fraction of equity f: {@code qty = cash × f / (price × (1 + fee))}.</li>
 *   <li>Fixed quantity q: {@code qty = q}, refused when it costs more than the cash.</li>
 *   <li>Risk r: {@code qty = equity × r / |price − stop|}, at most what the cash buys; refused without a stop or
 *   with the stop on the wrong side of the fill.</li>
 *   <li>Capped Kelly: f = W − (1 − W) / R from the closed trades (W win rate, R average win / average loss),
 *   clamped to [0, cap], then sized as a fraction of equity. Under {@value #KELLY_MIN_TRADES} closed trades the
 *   estimate is noise, so half the cap is used.</li>
 * </ul>
 */
final class PositionSizer {

    static final int KELLY_MIN_TRADES = 10;

    private final Sizing sizing;
    private final Portfolio portfolio;
    private final TradeBook book;
    private String lastRefusal;

    PositionSizer(Sizing sizing, Portfolio portfolio, TradeBook book) {
        this.sizing = sizing;
        this.portfolio = portfolio;
        this.book = book;
    }

    /** Why an entry cannot be placed at signal time (null when it can). */
    String refusalAtSignal(double stop) {
        return switch (sizing) {
            case Sizing.RiskPercent r when !(stop > 0) ->
                    "risk sizing needs a stop price, and the strategy gave none for this bar";
            case Sizing.CappedKelly k when kellyFraction(k.cap()) == 0 -> noEdge();
            default -> null;
        };
    }

    /** The entry quantity at this fill price, or 0 with {@link #lastRefusal()} saying why. */
    double quantity(Side side, double price, double feeRate, double stop) {
        lastRefusal = null;
        double cash = portfolio.isFlat() ? portfolio.cash() : portfolio.equity(price);
        double affordable = Math.max(0, cash / (price * (1 + feeRate)));
        return switch (sizing) {
            case Sizing.FractionOfEquity f -> affordable * f.fraction();
            case Sizing.CappedKelly k -> {
                double f = kellyFraction(k.cap()); // a trade may have closed at this open since the signal
                yield f > 0 ? affordable * f : refuse(noEdge());
            }
            case Sizing.FixedQuantity f -> {
                if (f.quantity() > affordable) {
                    yield refuse("fixed quantity " + f.quantity() + " at " + price + " costs more than the cash "
                            + cash);
                }
                yield f.quantity();
            }
            case Sizing.RiskPercent r -> {
                double risk = side == Side.BUY ? price - stop : stop - price;
                if (!(risk > 0)) {
                    yield refuse("stop " + stop + " is not " + (side == Side.BUY ? "below" : "above")
                            + " the entry fill " + price);
                }
                yield Math.min(cash * r.riskFraction() / risk, affordable);
            }
        };
    }

    String lastRefusal() {
        return lastRefusal;
    }

    /** W − (1 − W) / R clamped to [0, cap]; half the cap while there are too few trades to estimate it. */
    double kellyFraction(double cap) {
        int n = book.closedTrades();
        if (n < KELLY_MIN_TRADES) {
            return cap / 2;
        }
        int wins = book.wins();
        if (wins == 0) {
            return 0;
        }
        double w = (double) wins / n;
        double averageLoss = book.averageLoss();
        double f = wins == n || averageLoss == 0 ? w : w - (1 - w) / (book.averageWin() / averageLoss);
        return Math.clamp(f, 0, cap);
    }

    private String noEdge() {
        return "Kelly fraction is 0 after " + book.closedTrades() + " trades (" + book.wins()
                + " wins): no edge to bet on";
    }

    private double refuse(String why) {
        lastRefusal = why;
        return 0;
    }
}
