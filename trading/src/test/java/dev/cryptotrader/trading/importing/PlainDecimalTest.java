package dev.cryptotrader.trading.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain route of {@link Values#decimal} gives exactly what {@code new BigDecimal(text)} gives, scale included. */
class PlainDecimalTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "-0.00", "42", "-42", "91234.56000000", "0.00000001", "1.", ".5", "-.5",
            "000123.4500", "123456789012345678", "-12345678901234567.8", "0.00000000000000001", "9.99"})
    void plainTextGivesTheSameValueAndScaleAsTheGeneralParser(String text) {
        BigDecimal plain = Values.plainDecimal(text);

        assertThat(plain).isNotNull();
        assertThat(plain).isEqualTo(new BigDecimal(text)); // equals compares the scale too
        assertThat(Values.decimal(text, "close")).isEqualTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "-.", "1e5", "1E-3", "+1", "1.2.3", "1,5", " 1", "1 ", "0x10", "NaN",
            "1234567890123456789", "-0.1234567890123456789"})
    void anythingElseTakesTheGeneralRoute(String text) {
        assertThat(Values.plainDecimal(text)).isNull();
    }

    @Test
    void theGeneralRouteStillReadsWhatThePlainOneLeaves() {
        assertThat(Values.decimal("1e5", "volume")).isEqualTo(new BigDecimal("1e5"));
        assertThat(Values.decimal("+1.50", "open")).isEqualTo(new BigDecimal("1.50"));
        assertThat(Values.decimal("1234567890123456.789", "open")).isEqualTo(new BigDecimal("1234567890123456.789"));
    }

    @Test
    void malformedTextIsStillRefusedNamingTheColumn() {
        assertThatThrownBy(() -> Values.decimal("1.2.3", "high")).isInstanceOf(RowProblem.class)
                .hasMessageContaining("column 'high' is not a number: '1.2.3'");
        assertThatThrownBy(() -> Values.decimal("-", "low")).isInstanceOf(RowProblem.class)
                .hasMessageContaining("column 'low' is not a number");
    }

    @Test
    void randomPricesAndVolumesAgreeWithTheGeneralParser() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            int intDigits = random.nextInt(0, 10);
            int fraction = random.nextInt(-1, 10); // -1: no point
            StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            for (int d = 0; d < intDigits; d++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            if (fraction >= 0) {
                b.append('.');
                for (int d = 0; d < fraction; d++) {
                    b.append((char) ('0' + random.nextInt(10)));
                }
            }
            String text = b.toString();
            BigDecimal expected;
            try {
                expected = new BigDecimal(text);
            } catch (NumberFormatException e) {
                assertThat(Values.plainDecimal(text)).as(text).isNull();
                continue;
            }
            assertThat(Values.plainDecimal(text)).as(text).isEqualTo(expected);
        }
    }
}
