package dev.cryptotrader.trading.backtest.strategy;

import java.util.List;

/**
 * One side of a comparison in the JSON rule form: a number, a price ({@code close}) or an indicator
 * ({@code sma(20)}). {@link #name()} is the canonical spelling, also the column name a strategy reports.
 */
public sealed interface RuleOperand {

    String name();

    /** Bars before the operand's first full value: what the rule's warm-up is made of. */
    int lookback();

    record Constant(double value) implements RuleOperand {
        @Override
        public String name() {
            return Names.number(value);
        }

        @Override
        public int lookback() {
            return 0;
        }
    }

    /** A price or an indicator; {@code args} are checked by {@link OperandParser} (whole periods, fast below slow). */
    record Series(OperandKind kind, List<Double> args) implements RuleOperand {

        public Series {
            args = List.copyOf(args);
        }

        public int period(int index) {
            return (int) Math.round(args.get(index));
        }

        @Override
        public String name() {
            if (args.isEmpty()) {
                return kind.id();
            }
            return Names.column(kind.id(), args.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /**
         * As ta4j counts unstable bars, except the MACD signal line: ta4j says {@code signal}, but the line is NaN
         * until the MACD line exists, so {@code max(slow, signal)}.
         */
        @Override
        public int lookback() {
            return switch (kind) {
                case CLOSE, OPEN, HIGH, LOW, VOLUME -> 0;
                case SMA, BB_MIDDLE, BB_UPPER, BB_LOWER -> period(0) - 1;
                case EMA, RSI, ATR, HIGHEST, LOWEST -> period(0);
                case MACD -> period(1);
                case MACD_SIGNAL -> Math.max(period(1), period(2));
            };
        }
    }
}
