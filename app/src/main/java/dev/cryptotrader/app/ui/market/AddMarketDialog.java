package dev.cryptotrader.app.ui.market;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "Add market…": the {@link AddMarketView} in a dialog of its own window, so nothing typed there reaches the chart.
 * Backfill (the default button, Enter) starts the backfill and closes the dialog, or stays open and says what is
 * wrong; Close or Esc closes it. Built once and shown again, so the search and the listing survive between uses.
 */
public final class AddMarketDialog {

    public static final ButtonType BACKFILL = new ButtonType("Backfill", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CLOSE = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final AddMarketViewModel model;
    private final AddMarketView view;
    private Dialog<ButtonType> dialog;

    public AddMarketDialog(AddMarketViewModel model) {
        this.model = model;
        this.view = new AddMarketView(model);
    }

    /** Shows the dialog over {@code owner} (the first call fixes the owner), or brings it to the front. FX thread. */
    public void show(Window owner) {
        if (dialog == null) {
            dialog = create(owner);
        }
        model.open();
        if (!dialog.isShowing()) {
            dialog.show();
        }
        view.focusSearch();
    }

    private Dialog<ButtonType> create(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.WINDOW_MODAL);
        d.setTitle("Add market");
        d.setResizable(true);
        DialogPane pane = d.getDialogPane();
        pane.setId("add-market-dialog");
        pane.setContent(view.node());
        pane.getButtonTypes().setAll(BACKFILL, CLOSE);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets()); // the app's look in the dialog too
        }
        Node backfill = pane.lookupButton(BACKFILL);
        backfill.setId("add-market-backfill");
        backfill.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.backfill()) {
                e.consume(); // stays open, showing why
            }
        });
        d.setOnShown(e -> view.focusSearch());
        return d;
    }

    /** Closes the dialog if it is open. FX thread. */
    public void close() {
        if (dialog != null) {
            dialog.close();
        }
    }

    /** The dialog's content and buttons (for tests and screenshots); null before the first {@link #show}. */
    public DialogPane pane() {
        return dialog == null ? null : dialog.getDialogPane();
    }

    public boolean isShowing() {
        return dialog != null && dialog.isShowing();
    }
}
