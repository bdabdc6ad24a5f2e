package dev.cryptotrader.trading.backtest.walkforward;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalkForwardPlanTest {

    private static final long H4 = 4 * 3_600_000L;

    @Test
    void rollingFoldsSlideTheTrainWindowAndTileTheTestWindows() {
        List<Fold> folds = WalkForwardPlan.rolling(300, 100).folds(1_000, H4);

        assertThat(folds).containsExactly(
                new Fold(0, 0, 300, 300, 400), new Fold(1, 100, 400, 400, 500), new Fold(2, 200, 500, 500, 600),
                new Fold(3, 300, 600, 600, 700), new Fold(4, 400, 700, 700, 800), new Fold(5, 500, 800, 800, 900),
                new Fold(6, 600, 900, 900, 1_000));
    }

    @Test
    void anchoredFoldsGrowTheTrainWindowFromBarZero() {
        List<Fold> folds = WalkForwardPlan.anchored(300, 100).folds(1_050, H4);

        assertThat(folds).hasSize(7); // the last 50 bars make no whole test window
        assertThat(folds.get(0)).isEqualTo(new Fold(0, 0, 300, 300, 400));
        assertThat(folds.get(1)).isEqualTo(new Fold(1, 0, 400, 400, 500));
        assertThat(folds.get(6)).isEqualTo(new Fold(6, 0, 900, 900, 1_000));
    }

    @Test
    void aLongerStepLeavesGapsBetweenTestWindows() {
        List<Fold> folds = WalkForwardPlan.rolling(200, 50).withStep(WindowLength.bars(120)).folds(600, H4);

        assertThat(folds).containsExactly(new Fold(0, 0, 200, 200, 250), new Fold(1, 120, 320, 320, 370),
                new Fold(2, 240, 440, 440, 490)); // a fourth would test bars 560..609 of 600
    }

    @Test
    void timeWindowsAreConvertedWithTheBarLength() {
        WalkForwardPlan byTime = WalkForwardPlan.rolling(WindowLength.of(Duration.ofDays(50)),
                WindowLength.of(Duration.ofHours(400)));

        assertThat(byTime.folds(1_000, H4)).isEqualTo(WalkForwardPlan.rolling(300, 100).folds(1_000, H4));
        assertThat(byTime.folds(2_000, 3_600_000L).getFirst()).isEqualTo(new Fold(0, 0, 1_200, 1_200, 1_600));
        assertThat(WalkForwardPlan.anchored(WindowLength.of(Duration.ofDays(2)), WindowLength.bars(3))
                .withStep(WindowLength.of(Duration.ofDays(1))).folds(30, H4))
                .startsWith(new Fold(0, 0, 12, 12, 15), new Fold(1, 0, 18, 18, 21));
    }

    @Test
    void windowsAreReadFromText() {
        assertThat(WindowLength.parse("500")).isEqualTo(WindowLength.bars(500));
        assertThat(WindowLength.parse("500 bars")).isEqualTo(WindowLength.bars(500));
        assertThat(WindowLength.parse("90d")).isEqualTo(WindowLength.of(Duration.ofDays(90)));
        assertThat(WindowLength.parse("2w")).isEqualTo(WindowLength.of(Duration.ofDays(14)));
        assertThat(WindowLength.parse("12h")).isEqualTo(WindowLength.of(Duration.ofHours(12)));
        assertThat(WindowLength.parse("PT4H")).isEqualTo(WindowLength.of(Duration.ofHours(4)));
        assertThatThrownBy(() -> WindowLength.parse("three months"))
                .hasMessageContaining("cannot read window 'three months'");
    }

    @Test
    void badPlansAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> WalkForwardPlan.rolling(0, 100))
                .hasMessage("a window must be at least 1 bar, was 0");
        assertThatThrownBy(() -> WalkForwardPlan.rolling(300, -5))
                .hasMessage("a window must be at least 1 bar, was -5");
        assertThatThrownBy(() -> WindowLength.of(Duration.ofHours(-1)))
                .hasMessage("a window must last longer than 0, was PT-1H");
        assertThatThrownBy(() -> WalkForwardPlan.rolling(300, 100).folds(350, H4))
                .hasMessage("not enough bars for one fold: train 300 + test 100 = 400 bars, the tape has 350");
        assertThatThrownBy(() -> WalkForwardPlan.rolling(WindowLength.of(Duration.ofHours(10)), WindowLength.bars(5))
                .folds(1_000, H4))
                .hasMessage("train window of PT10H is not a whole number of PT4H bars (2.5)");
        assertThatThrownBy(() -> WalkForwardPlan.rolling(300, 100).withStep(WindowLength.bars(50)).folds(1_000, H4))
                .hasMessageContaining("step of 50 bars is shorter than the test window of 100 bars");
        assertThatThrownBy(() -> WalkForwardPlan.rolling(10, 1).folds(20_000, H4))
                .hasMessageContaining("the plan makes 19990 folds, more than 10000");
    }
}
