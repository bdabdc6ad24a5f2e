package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.FeeSchedule;
import picocli.CommandLine.Option;


/**
 * What trading costs in a backtest. Without {@code --fee-bps} the exchange's maker and taker fees come from the fee
 * schedule (the public base tiers, with the user's {@code "fees"} from config.json); an exchange the schedule does
 * not know needs {@code --fee-bps}.
 */
public final class CostOptions {

    @Option(names = "--fee-bps", paramLabel = "BPS",
            description = "Fee per fill in bps, maker and taker alike (default: the exchange's fees from "
                    + "config.json \"fees\", else its base tier: bitfinex 10/20, binance 10/10, kucoin 10/10 "
                    + "maker/taker)")
    Double feeBps;

    @Option(names = "--spread-bps", paramLabel = "BPS", defaultValue = "0",
            description = "Bid-ask spread in bps; half is paid on each side (default: ${DEFAULT-VALUE})")
    double spreadBps;

    @Option(names = "--slippage-bps", paramLabel = "BPS", defaultValue = "5",
            description = "Slippage in bps against every taker fill (default: ${DEFAULT-VALUE})")
    double slippageBps;

    CostModel costs(Exchange exchange, FeeSchedule schedule) {
        requireNonNegative("--spread-bps", spreadBps);
        requireNonNegative("--slippage-bps", slippageBps);
        if (feeBps != null) {
            requireNonNegative("--fee-bps", feeBps);
            return CostModel.flat(feeBps, spreadBps, slippageBps);
        }
        if (!schedule.covers(exchange)) {
            throw new BadInputException("no fee schedule for exchange '" + exchange + "' (known: " + String.join(", ",
                    schedule.all().keySet().stream().map(Exchange::id).sorted().toList())
                    + "): give the fee with --fee-bps or add it to config.json \"fees\"");
        }
        return schedule.costModel(exchange, spreadBps, slippageBps);
    }

    /** {@code fees 10/20 bps (maker/taker), spread 0 bps, slippage 5 bps}. */
    static String describe(CostModel c) {
        String fees = c.makerFeeBps() == c.takerFeeBps() ? "fee " + bps(c.takerFeeBps())
                : "fees " + bps(c.makerFeeBps()) + "/" + bps(c.takerFeeBps()) + " (maker/taker)";
        return fees + " bps, spread " + bps(c.spreadBps()) + " bps, slippage " + bps(c.slippageBps()) + " bps";
    }

    private static String bps(double v) {
        return ParameterAxis.format(v);
    }

    private static void requireNonNegative(String option, double bps) {
        if (!(bps >= 0) || Double.isInfinite(bps)) {
            throw new BadInputException(option + " must be a number of bps >= 0, was " + ParameterAxis.format(bps));
        }
    }
}
