package dev.cryptotrader.app.ui.backtest;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** Asks where to save an export; null when the user cancels. Tests answer without a dialog. */
@FunctionalInterface
public interface ExportChooser {

    Path choose(Exporter.Kind kind, String suggestedName, Window owner);

    /** The platform's save dialog, remembering the last folder. */
    static ExportChooser fileChooser() {
        File[] lastFolder = new File[1];
        return (kind, name, owner) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + kind.title());
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.title(),
                    "*." + kind.extension()));
            if (lastFolder[0] != null && lastFolder[0].isDirectory()) {
                chooser.setInitialDirectory(lastFolder[0]);
            }
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return null;
            }
            lastFolder[0] = file.getParentFile();
            return file.toPath();
        };
    }
}
