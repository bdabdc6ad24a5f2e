package dev.cryptotrader.trading.execution;

import java.util.Objects;

/**
 * An {@link ExecutionClient} that fills orders against a tape of bars, for backtests and paper trading. The rules
 * (docs/BACKTESTING.md has them with examples):
 * <ul>
 *   <li>An order submitted between bars (at a bar's close) works from the next bar's open. One submitted from a fill
 *   callback at a bar's open works in that same bar; one submitted from an intrabar fill, from the next bar.</li>
 *   <li>Everything that executes at the open does so first, in submission order: market orders, stops the open has
 *   gapped through, limits the open has gapped through. Then, intrabar, every stop the bar reached, and only then
 *   every limit the bar reached: when a bar spans a stop and a target we cannot know which came first, so the stop,
 *   the pessimistic outcome, fills first (and its callback can cancel the target).</li>
 *   <li>Taker fills (market, stop, a limit that is marketable when it arrives) pay half the spread and the slippage
 *   in the price and the taker fee; a resting limit fills at its level (or a better gap open) with the maker fee.
 *   A limit never fills worse than its limit price.</li>
 *   <li>Stop-limit: triggers like a stop. Triggered at the open, it fills there at once if its limit allows (taker),
 *   otherwise rests and may fill at its limit later in that bar (maker). Triggered intrabar, it fills at the stop if
 *   its limit allows (taker); otherwise nobody knows whether the bar came back to its limit after the stop, so it
 *   rests from the next bar on.</li>
 * </ul>
 * One instance serves one tape on one thread; it keeps no static state, so parallel runs each make their own.
 */
public final class SimulatedExchange implements ExecutionClient {

    private enum Phase { BETWEEN_BARS, AT_OPEN, INTRABAR }

    private final CostModel costs;
    private final WorkingOrders book = new WorkingOrders();
    private FillListener listener = fill -> { };
    private FillSizer sizer;
    private long nextId = 1;
    private Phase phase = Phase.BETWEEN_BARS;
    private int bar = -1;
    private long time;
    private double lastClose = Double.NaN;

    public SimulatedExchange(CostModel costs) {
        this.costs = Objects.requireNonNull(costs, "cost model");
    }

    public CostModel costs() {
        return costs;
    }

    /** Where orders placed with {@link OrderRequest#SIZE_AT_FILL} get their size. */
    public void sizeAtFillWith(FillSizer sizer) {
        this.sizer = Objects.requireNonNull(sizer, "fill sizer");
    }

    @Override
    public void onFill(FillListener listener) {
        this.listener = Objects.requireNonNull(listener, "fill listener");
    }

    @Override
    public long submit(OrderRequest order) {
        Objects.requireNonNull(order, "order");
        if (order.sizedAtFill() && sizer == null) {
            throw new IllegalArgumentException("order '" + order.tag() + "' is sized at fill, but no fill sizer is set");
        }
        long id = nextId++;
        book.add(id, order, phase == Phase.AT_OPEN ? bar : bar + 1);
        return id;
    }

    @Override
    public boolean cancel(long orderId) {
        int slot = book.slotOf(orderId);
        if (slot < 0) {
            return false;
        }
        book.finish(slot);
        if (phase == Phase.BETWEEN_BARS) {
            book.sweep();
        }
        return true;
    }

    public void cancelAll() {
        for (int slot = 0; slot < book.size(); slot++) {
            book.finish(slot);
        }
        if (phase == Phase.BETWEEN_BARS) {
            book.sweep();
        }
    }

    /** Orders not yet filled or cancelled. */
    public int workingOrders() {
        return book.live();
    }

    /** The close of the last bar seen, NaN before the first: what paper trading marks positions at. */
    public double lastPrice() {
        return lastClose;
    }

    /** The index of the last bar seen, -1 before the first. */
    public int lastBar() {
        return bar;
    }

    /** Fills the working orders against one bar. Bars must come in order; without working orders this is a no-op. */
    public void onBar(int index, long openTime, double open, double high, double low, double close) {
        if (index <= bar) {
            throw new IllegalArgumentException("bar " + index + " comes after bar " + bar + ": bars must be in order");
        }
        bar = index;
        time = openTime;
        lastClose = close;
        if (book.live() == 0) {
            return;
        }
        phase = Phase.AT_OPEN;
        for (int slot = 0; slot < book.size(); slot++) { // size grows when a callback submits: those work now too
            atOpen(slot, open);
        }
        phase = Phase.INTRABAR;
        for (int slot = 0, n = book.size(); slot < n; slot++) {
            stopIntrabar(slot, high, low);
        }
        for (int slot = 0, n = book.size(); slot < n; slot++) {
            limitIntrabar(slot, high, low);
        }
        phase = Phase.BETWEEN_BARS;
        book.sweep();
    }

    /**
     * Fills a market order at once at {@code reference} with taker costs, bypassing the tape: how a backtest closes
     * what is still open at the last close.
     */
    public void executeNow(Side side, double quantity, int index, long fillTime, double reference, String tag) {
        OrderRequest order = OrderRequest.market(side, quantity, tag);
        fill(order, nextId++, index, fillTime, costs.takerPrice(side, reference), false);
    }

    private void atOpen(int slot, double open) {
        if (book.state(slot) == WorkingOrders.DONE || book.activeFrom(slot) > bar) {
            return;
        }
        OrderRequest o = book.order(slot);
        boolean buy = o.side() == Side.BUY;
        switch (o.type()) {
            case MARKET -> fill(slot, costs.takerPrice(o.side(), open), false);
            case STOP -> {
                if (buy ? open >= o.stopPrice() : open <= o.stopPrice()) {
                    fill(slot, costs.takerPrice(o.side(), open), false);
                }
            }
            case LIMIT -> limitAtOpen(slot, o, open, book.activeFrom(slot) == bar);
            case STOP_LIMIT -> {
                if (book.state(slot) == WorkingOrders.TRIGGERED) {
                    limitAtOpen(slot, o, open, false);
                } else if (buy ? open >= o.stopPrice() : open <= o.stopPrice()) {
                    if (marketable(o, open)) {
                        fill(slot, cappedTakerPrice(o, open), false);
                    } else {
                        book.trigger(slot, bar); // rests from this open: may fill at its limit in this bar
                    }
                }
            }
        }
    }

    /** A limit the open has reached: arriving now it takes liquidity; resting since before, it fills at the open. */
    private void limitAtOpen(int slot, OrderRequest o, double open, boolean arriving) {
        if (!marketable(o, open)) {
            return;
        }
        if (arriving) {
            fill(slot, cappedTakerPrice(o, open), false);
        } else {
            fill(slot, open, true);
        }
    }

    private void stopIntrabar(int slot, double high, double low) {
        if (book.state(slot) != WorkingOrders.WORKING || book.activeFrom(slot) > bar) {
            return;
        }
        OrderRequest o = book.order(slot);
        if (o.type() != OrderType.STOP && o.type() != OrderType.STOP_LIMIT) {
            return;
        }
        double stop = o.stopPrice();
        if (!(o.side() == Side.BUY ? high >= stop : low <= stop)) {
            return;
        }
        if (o.type() == OrderType.STOP) {
            fill(slot, costs.takerPrice(o.side(), stop), false);
        } else if (marketable(o, stop)) {
            fill(slot, cappedTakerPrice(o, stop), false);
        } else {
            book.trigger(slot, bar + 1); // did the bar come back to the limit after the stop? Unknown: not this bar
        }
    }

    private void limitIntrabar(int slot, double high, double low) {
        byte state = book.state(slot);
        if (state == WorkingOrders.DONE || book.activeFrom(slot) > bar) {
            return;
        }
        OrderRequest o = book.order(slot);
        boolean resting = o.type() == OrderType.LIMIT || (o.type() == OrderType.STOP_LIMIT
                && state == WorkingOrders.TRIGGERED);
        double limit = o.limitPrice();
        if (resting && (o.side() == Side.BUY ? low <= limit : high >= limit)) {
            fill(slot, limit, true);
        }
    }

    private static boolean marketable(OrderRequest o, double price) {
        return o.side() == Side.BUY ? price <= o.limitPrice() : price >= o.limitPrice();
    }

    /** The taker price, but never worse than the limit. */
    private double cappedTakerPrice(OrderRequest o, double reference) {
        double price = costs.takerPrice(o.side(), reference);
        return o.side() == Side.BUY ? Math.min(price, o.limitPrice()) : Math.max(price, o.limitPrice());
    }

    private void fill(int slot, double price, boolean maker) {
        OrderRequest order = book.order(slot);
        long id = book.id(slot);
        book.finish(slot); // before the callback, which may cancel or submit
        fill(order, id, bar, time, price, maker);
    }

    private void fill(OrderRequest order, long id, int index, long fillTime, double price, boolean maker) {
        double feeRate = maker ? costs.makerFeeRate() : costs.takerFeeRate();
        double quantity = order.sizedAtFill() ? sizer.quantity(order, price, feeRate) : order.quantity();
        if (!(quantity > 0) || Double.isInfinite(quantity)) {
            return; // the sizer dropped it
        }
        double fee = costs.fee(quantity, price, maker);
        listener.filled(new Fill(id, fillTime, index, order.side(), quantity, price, fee, maker, order.tag()));
    }
}
