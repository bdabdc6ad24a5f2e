package dev.cryptotrader.trading.backtest.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A condition of the JSON rule form: a comparison of two operands, or all/any/not of conditions. */
public sealed interface RuleCondition {

    /** The operands inside, depth first. */
    Stream<RuleOperand> operands();

    /** Whether a crossing is inside: crossings need one bar more than their operands' warm-up. */
    boolean hasCrossing();

    enum Comparison {
        CROSSES_ABOVE("crosses_above"),
        CROSSES_BELOW("crosses_below"),
        ABOVE("above"),
        BELOW("below");

        private final String key;

        Comparison(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        boolean crossing() {
            return this == CROSSES_ABOVE || this == CROSSES_BELOW;
        }

        static Optional<Comparison> byKey(String key) {
            return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
        }
    }

    record Compare(Comparison comparison, RuleOperand left, RuleOperand right) implements RuleCondition {
        @Override
        public Stream<RuleOperand> operands() {
            return Stream.of(left, right);
        }

        @Override
        public boolean hasCrossing() {
            return comparison.crossing();
        }
    }

    record All(List<RuleCondition> conditions) implements RuleCondition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Stream<RuleOperand> operands() {
            return conditions.stream().flatMap(RuleCondition::operands);
        }

        @Override
        public boolean hasCrossing() {
            return conditions.stream().anyMatch(RuleCondition::hasCrossing);
        }
    }

    record Any(List<RuleCondition> conditions) implements RuleCondition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Stream<RuleOperand> operands() {
            return conditions.stream().flatMap(RuleCondition::operands);
        }

        @Override
        public boolean hasCrossing() {
            return conditions.stream().anyMatch(RuleCondition::hasCrossing);
        }
    }

    record Not(RuleCondition condition) implements RuleCondition {
        @Override
        public Stream<RuleOperand> operands() {
            return condition.operands();
        }

        @Override
        public boolean hasCrossing() {
            return condition.hasCrossing();
        }
    }
}
