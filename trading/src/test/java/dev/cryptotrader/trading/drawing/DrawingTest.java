package dev.cryptotrader.trading.drawing;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.domain.SymbolKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrawingTest {

    static final SymbolKey BTC = new SymbolKey(Exchange.BITFINEX, Instrument.of("BTC", "USD"));
    static final long T0 = 1_700_000_000_000L;
    static final long HOUR = 3_600_000L;

    /** Valid anchors for {@code kind}: distinct times and prices, so every shape check passes. */
    static List<Anchor> anchorsFor(DrawingKind kind) {
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < kind.anchorCount(); i++) {
            anchors.add(Anchor.of(T0 + i * HOUR, "4200" + i + ".5"));
        }
        return anchors;
    }

    static Drawing valid(DrawingKind kind) {
        return Drawing.create(BTC, kind, anchorsFor(kind), kind == DrawingKind.TEXT_NOTE ? "breakout?" : "",
                DrawingStyle.DEFAULT, T0);
    }

    @Test
    void eachKindHasItsAnchorCount() {
        assertThat(List.of(DrawingKind.values())).extracting(DrawingKind::anchorCount)
                .containsExactly(2, 1, 1, 2, 2, 2, 1);
    }

    @ParameterizedTest
    @EnumSource(DrawingKind.class)
    void aWrongNumberOfAnchorsIsRefusedNamingTheKind(DrawingKind kind) {
        assertThat(valid(kind).anchors()).hasSize(kind.anchorCount());

        List<Anchor> tooMany = new ArrayList<>(anchorsFor(kind));
        tooMany.add(Anchor.of(T0 + 9 * HOUR, "1"));
        assertThatThrownBy(() -> Drawing.create(BTC, kind, tooMany, "x", DrawingStyle.DEFAULT, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a " + kind.displayName() + " needs " + kind.anchorCount()
                        + (kind.anchorCount() == 1 ? " anchor point" : " anchor points") + ", got "
                        + (kind.anchorCount() + 1));
        List<Anchor> tooFew = anchorsFor(kind).subList(0, kind.anchorCount() - 1);
        assertThatThrownBy(() -> Drawing.create(BTC, kind, tooFew, "x", DrawingStyle.DEFAULT, T0))
                .hasMessageContaining("needs " + kind.anchorCount()).hasMessageEndingWith("got " + tooFew.size());
    }

    @Test
    void pricesAreExactAndHaveOneForm() {
        assertThat(Anchor.of(T0, "42000.50")).isEqualTo(Anchor.of(T0, "42000.5"));
        assertThat(Anchor.of(T0, "42000.50").price().toPlainString()).isEqualTo("42000.5");
        assertThat(Anchor.of(T0, "1E+3").price().toPlainString()).isEqualTo("1000");
        assertThat(Anchor.of(T0, "0.000000000000000001").price().toPlainString())
                .isEqualTo("0.000000000000000001");
        assertThat(Anchor.of(T0, "123456789012345.123456789").price())
                .isEqualByComparingTo(new BigDecimal("123456789012345.123456789"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-5         | anchor price -5 is not a positive price",
            "0          | anchor price 0 is not a positive price",
            "1E+16      | anchor price 10000000000000000 is above the largest price 1000000000000000",
            "0.0000000000000000001 | anchor price 0.0000000000000000001 has more than 18 decimals"})
    void negativeZeroAbsurdAndOverPrecisePricesAreRefused(String price, String message) {
        assertThatThrownBy(() -> Anchor.of(T0, price)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void timesOutsideTheCalendarAreRefused() {
        assertThatThrownBy(() -> Anchor.of(-1, "1")).hasMessageContaining("anchor time -1 is outside");
        assertThatThrownBy(() -> Anchor.of(Anchor.MAX_TIME + 1, "1")).hasMessageContaining("epoch milliseconds");
        assertThat(Anchor.of(Anchor.MAX_TIME, "1").time()).isEqualTo(Anchor.MAX_TIME);
    }

    @Test
    void degenerateShapesAreRefused() {
        Anchor a = Anchor.of(T0, "100");
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.TREND_LINE, List.of(a, Anchor.of(T0, "100.00")), T0))
                .hasMessage("a trend line needs two different points, both are (" + T0 + ", 100)");
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.RAY, List.of(a, a), T0))
                .hasMessageStartingWith("a ray needs two different points");
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.RECTANGLE, List.of(a, Anchor.of(T0, "120")), T0))
                .hasMessageStartingWith("a rectangle needs corners at two different times and two different prices");
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.RECTANGLE,
                List.of(a, Anchor.of(T0 + HOUR, "100")), T0)).hasMessageStartingWith("a rectangle needs corners");
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.FIB_RETRACEMENT,
                List.of(a, Anchor.of(T0 + HOUR, "100.0")), T0))
                .hasMessage("a Fibonacci retracement needs a move between two different prices, both are 100");

        assertThat(Drawing.create(BTC, DrawingKind.TREND_LINE, List.of(a, Anchor.of(T0, "120")), T0).anchors())
                .as("a vertical segment is a line").hasSize(2);
        assertThat(Drawing.create(BTC, DrawingKind.FIB_RETRACEMENT, List.of(a, Anchor.of(T0, "90")), T0).kind())
                .isEqualTo(DrawingKind.FIB_RETRACEMENT);
    }

    @Test
    void aTextNoteNeedsTextAndTextIsStrippedAndBounded() {
        List<Anchor> one = List.of(Anchor.of(T0, "100"));
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.TEXT_NOTE, one, " \n\t ", DrawingStyle.DEFAULT, T0))
                .hasMessage("a text note needs some text");
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.TEXT_NOTE, one, null, DrawingStyle.DEFAULT, T0))
                .hasMessage("a text note needs some text");
        assertThat(Drawing.create(BTC, DrawingKind.TEXT_NOTE, one, "  support\nholds ", DrawingStyle.DEFAULT, T0)
                .text()).isEqualTo("support\nholds");
        assertThat(Drawing.create(BTC, DrawingKind.HORIZONTAL_LINE, one, null, DrawingStyle.DEFAULT, T0).text())
                .isEmpty();
        assertThatThrownBy(() -> Drawing.create(BTC, DrawingKind.TEXT_NOTE, one, "x".repeat(2_001),
                DrawingStyle.DEFAULT, T0)).hasMessageContaining("2001 characters long; at most 2000");
    }

    @Test
    void styleColoursAndWidthsAreChecked() {
        assertThat(new DrawingStyle(" #FF9800 ", 2).colour()).isEqualTo("#ff9800");
        assertThat(new DrawingStyle("Orange", 10).colour()).isEqualTo("orange");
        assertThatThrownBy(() -> new DrawingStyle("rgb(1,2,3)", 1)).hasMessageContaining("colour 'rgb(1,2,3)'");
        assertThatThrownBy(() -> new DrawingStyle(null, 1)).hasMessageContaining("colour 'null'");
        assertThatThrownBy(() -> new DrawingStyle("red", 0)).hasMessage("line width must be 1..10 pixels, was 0");
        assertThatThrownBy(() -> new DrawingStyle("red", 11)).hasMessageEndingWith("was 11");
    }

    @Test
    void editsKeepIdentityAndCreationAndStampTheUpdate() {
        Drawing line = valid(DrawingKind.TREND_LINE);

        Drawing moved = line.movedBy(HOUR, new BigDecimal("-0.5"), T0 + 5);
        assertThat(moved.id()).isEqualTo(line.id());
        assertThat(moved.createdAt()).isEqualTo(T0);
        assertThat(moved.updatedAt()).isEqualTo(T0 + 5);
        assertThat(moved.anchors()).containsExactly(Anchor.of(T0 + HOUR, "42000"), Anchor.of(T0 + 2 * HOUR, "42001"));

        Drawing styled = moved.withStyle(new DrawingStyle("red", 3), T0 + 6).withText("target", T0 + 7);
        assertThat(styled.style()).isEqualTo(new DrawingStyle("red", 3));
        assertThat(styled.text()).isEqualTo("target");
        assertThat(styled.updatedAt()).isEqualTo(T0 + 7);
        assertThat(styled.withText("x", T0 - 99).updatedAt()).as("a clock going back").isEqualTo(T0);

        assertThatThrownBy(() -> line.movedBy(0, new BigDecimal("-42000.5"), T0))
                .hasMessage("anchor price 0.0 is not a positive price");
    }

    @Test
    void updatedBeforeCreatedIsRefused() {
        Drawing d = valid(DrawingKind.HORIZONTAL_LINE);
        assertThatThrownBy(() -> new Drawing(d.id(), BTC, d.kind(), d.anchors(), "", d.style(), T0, T0 - 1))
                .hasMessageContaining("updated may not be before created");
    }

    @Test
    void theSymbolOfASeriesIsTheSameForEveryTimeframe() {
        SeriesKey m5 = new SeriesKey(Exchange.BITFINEX, Instrument.of("BTC", "USD"), Timeframe.M5);
        assertThat(SymbolKey.of(m5)).isEqualTo(BTC).isEqualTo(SymbolKey.of(m5.withTimeframe(Timeframe.D1)));
        assertThat(SymbolKey.of(m5)).isNotEqualTo(new SymbolKey(Exchange.BINANCE, Instrument.of("BTC", "USD")));
        assertThat(BTC).hasToString("bitfinex BTC/USD");
    }

    @Test
    void kindLabelsReadBack() {
        for (DrawingKind kind : DrawingKind.values()) {
            assertThat(DrawingKind.parse(kind.label())).isSameAs(kind);
        }
        assertThatThrownBy(() -> DrawingKind.parse("circle")).hasMessage("unknown drawing kind 'circle'");
    }
}
