package dev.cryptotrader.app.ui.backtest;

/** A form field that does not read: {@code field} names the control to mark, the message says what is wrong. */
public final class FormException extends IllegalArgumentException {

    private final String field;

    public FormException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The id of the field: {@code capital}, {@code param-fast}, {@code sweep-from-fast} … */
    public String field() {
        return field;
    }
}
