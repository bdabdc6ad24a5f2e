package dev.cryptotrader.app.ui.backtest;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Comparator;
import java.util.function.Function;

/**
 * Table columns that sort by the value and show it formatted: numbers sort as numbers ("9" before "10"), NaN last,
 * and read "—". Numeric cells are right-aligned; a signed column marks its cells {@code :positive} /
 * {@code :negative}.
 */
final class Columns {

    static final PseudoClass POSITIVE = PseudoClass.getPseudoClass("positive");
    static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    /** Sorts NaN after every number, whichever way the column is sorted first. */
    static final Comparator<Double> NUMBERS = (a, b) -> {
        boolean aNaN = a == null || a.isNaN();
        boolean bNaN = b == null || b.isNaN();
        if (aNaN || bNaN) {
            return aNaN == bNaN ? 0 : aNaN ? 1 : -1;
        }
        return Double.compare(a, b);
    };

    private Columns() {
    }

    /** Dense rows of one fixed height (fast with thousands of rows), and sorting that keeps NaN ("—") last. */
    static <S> void compact(TableView<S> table) {
        table.getStyleClass().add("dense");
        table.setFixedCellSize(26);
        table.setSortPolicy(Columns::sortNaNLast);
    }

    /**
     * Sorts by the table's sort order; number columns keep NaN last whichever way they sort (the default policy
     * reverses the comparator, which would put every "—" first in a descending sort).
     */
    @SuppressWarnings("unchecked")
    private static <S> boolean sortNaNLast(TableView<S> table) {
        Comparator<S> order = null;
        for (TableColumn<S, ?> c : table.getSortOrder()) {
            boolean descending = c.getSortType() == TableColumn.SortType.DESCENDING;
            Comparator<S> next;
            if (c.getComparator() == NUMBERS) {
                TableColumn<S, Double> numbers = (TableColumn<S, Double>) c;
                next = (a, b) -> {
                    Double x = numbers.getCellObservableValue(a).getValue();
                    Double y = numbers.getCellObservableValue(b).getValue();
                    int nan = NUMBERS.compare(x, y);
                    boolean anyNaN = x == null || y == null || x.isNaN() || y.isNaN();
                    return anyNaN || !descending ? nan : -nan;
                };
            } else {
                TableColumn<S, Object> any = (TableColumn<S, Object>) c;
                Comparator<Object> cmp = (Comparator<Object>) any.getComparator();
                Comparator<S> byValue = (a, b) -> cmp.compare(any.getCellObservableValue(a).getValue(),
                        any.getCellObservableValue(b).getValue());
                next = descending ? byValue.reversed() : byValue;
            }
            order = order == null ? next : order.thenComparing(next);
        }
        if (order != null) {
            FXCollections.sort(table.getItems(), order);
        }
        return true;
    }

    static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** A number column shown with {@code format}; {@code signed} colours positive and negative values. */
    static <S> TableColumn<S, Double> number(String title, Function<S, Double> value, Function<Double, String> format,
                                             boolean signed) {
        TableColumn<S, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator(NUMBERS);
        c.getStyleClass().add("number-column");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
                pseudoClassStateChanged(POSITIVE, signed && !empty && v != null && v > 0);
                pseudoClassStateChanged(NEGATIVE, signed && !empty && v != null && v < 0);
            }
        });
        return c;
    }
}
