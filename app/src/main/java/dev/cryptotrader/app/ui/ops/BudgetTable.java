package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.market.MarketDataHub.VenueBudget;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The indicator's tooltip content: a headline, one row per budget (exchange, budget, used / limit, %) and a note. */
final class BudgetTable {

    /** Two fixed lines: a wrapping label in a tooltip measures its height at no width and grows very tall. */
    static final String NOTE = "Client-side budgets of this app, spent in the current window.\nAt "
            + Math.round(RateLimitUsage.WARNING_AT * 100) + "% the indicator warns; at "
            + Math.round(RateLimitUsage.CRITICAL_AT * 100) + "% it is critical: more requests wait for the next window.";

    private BudgetTable() {
    }

    static VBox of(RateLimitSummary summary, String problem) {
        Label headline = styled(new Label(summary.headline()), "budget-headline");
        headline.setId("rate-limit-headline");
        GridPane grid = new GridPane(14, 3);
        grid.setId("rate-limit-budgets");
        grid.getStyleClass().add("budget-grid");
        grid.addRow(0, header("Exchange"), header("Budget"), header("Used / limit"), header("%"));
        int row = 1;
        for (VenueBudget b : summary.budgets()) {
            Label share = styled(new Label(RateLimitSummary.percent(b.usage()) + "%"), "budget-share");
            LevelStyle.apply(share, b.usage().level());
            grid.addRow(row++, new Label(b.exchange().id()), new Label(b.usage().budget()),
                    new Label(RateLimitSummary.usedOfLimit(b.usage())), share);
        }
        if (summary.budgets().isEmpty()) {
            grid.add(new Label("No budgets yet: the market data has not been opened."), 0, 1, 4, 1);
        }
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(), right, right);
        Label note = styled(new Label(NOTE), "budget-note");
        VBox box = new VBox(8, headline, grid, note);
        if (!problem.isEmpty()) {
            box.getChildren().add(styled(new Label(problem), "budget-problem"));
        }
        box.getStyleClass().add("rate-limit-budgets");
        return box;
    }

    private static Label header(String text) {
        return styled(new Label(text), "budget-header");
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
