package dev.cryptotrader.app.cli;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.ui.Screenshots;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "screenshot",
        description = "Render the main window to a PNG (headless when there is no display). Without --db it uses a "
                + "fresh demo database, so the picture is the same on every machine.")
final class ScreenshotCommand implements Callable<Integer> {

    @ParentCommand
    CryptotraderCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.png", description = "Where to write the PNG")
    Path png;

    @Option(names = "--width", defaultValue = "1280", description = "Window width in pixels (default 1280)")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "Window height in pixels (default 800)")
    int height;

    @Option(names = "--theme", defaultValue = "dark", paramLabel = "dark|light", description = "Theme (default dark)")
    String theme;

    @Override
    public Integer call() throws Exception {
        Theme chosen = switch (theme.toLowerCase(java.util.Locale.ROOT)) {
            case "dark" -> Theme.DARK;
            case "light" -> Theme.LIGHT;
            default -> throw new BadInputException("--theme must be dark or light, not '" + theme + "'");
        };
        if (width < 320 || height < 240) {
            throw new BadInputException("the window must be at least 320x240, not " + width + "x" + height);
        }
        Path db = top.db() != null ? top.db() : Files.createTempDirectory("cryptotrader-shot").resolve("demo.db");
        try (CandleStore store = SqliteCandleStore.open(db)) {
            DemoWorkspace.seedIfEmpty(store); // like the app: an empty database opens on the demo workspace
        }
        Screenshots.capture(db, png, width, height, chosen);
        spec.commandLine().getErr().println("wrote " + png.toAbsolutePath());
        return 0;
    }
}
