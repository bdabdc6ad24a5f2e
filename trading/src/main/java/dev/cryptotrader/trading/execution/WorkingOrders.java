package dev.cryptotrader.trading.execution;

import java.util.Arrays;

/**
 * The simulated exchange's order book of our own orders, in submission order, as parallel arrays so that a bar with
 * orders working allocates nothing. Finished orders are marked and swept out between bars.
 */
final class WorkingOrders {

    static final byte WORKING = 0;
    /** A stop-limit whose stop has been hit: from here on it is a resting limit order. */
    static final byte TRIGGERED = 1;
    static final byte DONE = 2;

    private OrderRequest[] orders = new OrderRequest[4];
    private long[] ids = new long[4];
    private int[] activeFrom = new int[4];
    private byte[] states = new byte[4];
    private int size;
    private int live;

    int size() {
        return size;
    }

    /** Orders not yet filled or cancelled. */
    int live() {
        return live;
    }

    void add(long id, OrderRequest order, int firstBar) {
        if (size == ids.length) {
            int capacity = size * 2;
            orders = Arrays.copyOf(orders, capacity);
            ids = Arrays.copyOf(ids, capacity);
            activeFrom = Arrays.copyOf(activeFrom, capacity);
            states = Arrays.copyOf(states, capacity);
        }
        orders[size] = order;
        ids[size] = id;
        activeFrom[size] = firstBar;
        states[size] = WORKING;
        size++;
        live++;
    }

    OrderRequest order(int slot) {
        return orders[slot];
    }

    long id(int slot) {
        return ids[slot];
    }

    /** The first bar in which the order may fill (at the open, or for a triggered stop-limit, intrabar). */
    int activeFrom(int slot) {
        return activeFrom[slot];
    }

    byte state(int slot) {
        return states[slot];
    }

    void trigger(int slot, int restingFrom) {
        states[slot] = TRIGGERED;
        activeFrom[slot] = restingFrom;
    }

    void finish(int slot) {
        if (states[slot] != DONE) {
            states[slot] = DONE;
            live--;
        }
    }

    /** The slot of a live order, or -1. */
    int slotOf(long id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id && states[i] != DONE) {
                return i;
            }
        }
        return -1;
    }

    /** Drops finished orders, keeping the others in submission order. */
    void sweep() {
        if (live == size) {
            return;
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (states[i] != DONE) {
                orders[kept] = orders[i];
                ids[kept] = ids[i];
                activeFrom[kept] = activeFrom[i];
                states[kept] = states[i];
                kept++;
            }
        }
        Arrays.fill(orders, kept, size, null);
        size = kept;
    }
}
