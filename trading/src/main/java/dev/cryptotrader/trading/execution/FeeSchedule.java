package dev.cryptotrader.trading.execution;

import dev.cryptotrader.trading.domain.Exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maker and taker fees per exchange, in bps. The defaults are each venue's public base tier for spot trading, with
 * no volume discount and no fee-token discount (read in 2026; venues change them, so the schedule is editable):
 * <ul>
 *   <li>Bitfinex 10 / 20: 0.100% maker, 0.200% taker below $500k 30-day volume (bitfinex.com/fees; the account
 *   summary endpoint reports {@code maker_fee 0.001}, {@code taker_fee 0.002} for a fresh account).</li>
 *   <li>Binance 10 / 10: 0.1000% maker and taker for a regular user (binance.com/en/fee/schedule), 25% less when
 *   fees are paid in BNB, which we do not assume.</li>
 *   <li>KuCoin 10 / 10: level 0, class A coins such as BTC (kucoin.com/vip/privilege/fee); class B/C coins cost
 *   more (0.2% / 0.3%), so edit the schedule for those.</li>
 * </ul>
 * Immutable: {@link #with} returns an edited copy.
 */
public final class FeeSchedule {

    /** Maker and taker fee of one venue, in bps. */
    public record Fees(double makerBps, double takerBps) {
        public Fees {
            if (!Double.isFinite(makerBps)) {
                throw new IllegalArgumentException("maker fee must be a number of bps, was " + makerBps);
            }
            if (!(takerBps >= 0) || Double.isInfinite(takerBps)) {
                throw new IllegalArgumentException("taker fee must be >= 0 bps, was " + takerBps);
            }
            if (makerBps < -takerBps) {
                throw new IllegalArgumentException("a maker rebate of " + (-makerBps)
                        + " bps larger than the taker fee of " + takerBps + " bps would pay for trading with oneself");
            }
        }
    }

    private static final FeeSchedule DEFAULTS = new FeeSchedule(Map.of())
            .with(Exchange.BITFINEX, 10, 20)
            .with(Exchange.BINANCE, 10, 10)
            .with(Exchange.KUCOIN, 10, 10);

    private final Map<Exchange, Fees> fees;

    private FeeSchedule(Map<Exchange, Fees> fees) {
        this.fees = Collections.unmodifiableMap(new LinkedHashMap<>(fees));
    }

    /** The public base tiers of Bitfinex, Binance and KuCoin. */
    public static FeeSchedule defaults() {
        return DEFAULTS;
    }

    /** A copy with {@code exchange}'s fees set (added when it had none). */
    public FeeSchedule with(Exchange exchange, double makerBps, double takerBps) {
        Objects.requireNonNull(exchange, "exchange");
        Map<Exchange, Fees> copy = new LinkedHashMap<>(fees);
        copy.put(exchange, new Fees(makerBps, takerBps));
        return new FeeSchedule(copy);
    }

    /**
     * @throws IllegalArgumentException for an exchange the schedule has no fees for, naming the ones it has
     */
    public Fees fees(Exchange exchange) {
        Fees f = fees.get(Objects.requireNonNull(exchange, "exchange"));
        if (f == null) {
            throw new IllegalArgumentException("no fees known for exchange '" + exchange + "' (known: "
                    + String.join(", ", fees.keySet().stream().map(Exchange::id).sorted().toList())
                    + "); give them with --fee-bps or add them to the fee schedule");
        }
        return f;
    }

    public boolean covers(Exchange exchange) {
        return fees.containsKey(exchange);
    }

    /** Every venue's fees, in the order they were added. */
    public Map<Exchange, Fees> all() {
        return fees;
    }

    /** The cost model of a backtest on {@code exchange} with these fees and the given spread and slippage. */
    public CostModel costModel(Exchange exchange, double spreadBps, double slippageBps) {
        Fees f = fees(exchange);
        return new CostModel(f.makerBps(), f.takerBps(), spreadBps, slippageBps);
    }
}
