package dev.cryptotrader.app;

import dev.cryptotrader.storage.DataDirectory;

import java.nio.file.Path;

/** Resolves the database for the desktop app and hands over to the JavaFX application. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Path db = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                db = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--db=")) {
                db = Path.of(args[i].substring(5));
            }
        }
        if (db == null) {
            db = DataDirectory.defaultDatabase(System.getenv(), System.getProperty("user.home"));
        }
        dev.cryptotrader.app.ui.GuiMain.launch(db);
    }
}
