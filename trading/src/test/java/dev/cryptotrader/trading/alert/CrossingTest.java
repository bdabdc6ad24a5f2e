package dev.cryptotrader.trading.alert;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The cross rules on hand-made paths: start, lowest and highest reached (start and end included), end. Level 100. */
class CrossingTest {

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} -> above {5}, below {6}, either {7}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "stays below                       | 95  | 94  | 99.99  | 97  | -  | -    | -",
            "stays above                       | 105 | 100.01 | 106 | 104 | -  | -    | -",
            "rises through                     | 95  | 95  | 101    | 101 | UP | -    | UP",
            "touches from below                | 95  | 95  | 100    | 98  | UP | -    | UP",
            "falls through                     | 105 | 99  | 105    | 99  | -  | DOWN | DOWN",
            "touches from above                | 105 | 100 | 105    | 104 | -  | DOWN | DOWN",
            "below, spikes through, ends below | 95  | 94  | 103    | 96  | UP | DOWN | UP",
            "above, dips through, ends above   | 105 | 97  | 106    | 104 | UP | DOWN | DOWN",
            "above, dips through, ends below   | 105 | 97  | 106    | 98  | -  | DOWN | DOWN",
            "starts on it, rises               | 100 | 100 | 103    | 102 | -  | -    | -",
            "starts on it, falls               | 100 | 97  | 100    | 98  | -  | -    | -",
            "starts on it, dips and returns    | 100 | 97  | 100    | 100 | UP | -    | UP",
            "starts on it, both ways, ends on  | 100 | 97  | 103    | 100 | UP | DOWN | UP"})
    void crossesOnlyWhenTheBarsProveIt(String what, String start, String lowest, String highest, String end,
                                       CrossDirection above, CrossDirection below, CrossDirection either) {
        Crossing path = new Crossing(new BigDecimal(start), new BigDecimal(lowest), new BigDecimal(highest),
                new BigDecimal(end));
        BigDecimal level = new BigDecimal("100.00");

        assertThat(path.of(AlertCondition.CROSSES_ABOVE, level)).as("above").isEqualTo(Optional.ofNullable(above));
        assertThat(path.of(AlertCondition.CROSSES_BELOW, level)).as("below").isEqualTo(Optional.ofNullable(below));
        assertThat(path.of(AlertCondition.CROSSES, level)).as("either")
                .isEqualTo(Optional.ofNullable(either));
    }
}
