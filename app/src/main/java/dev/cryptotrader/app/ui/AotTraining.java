package dev.cryptotrader.app.ui;

import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.main.MainWindow;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run behind the launcher's AOT cache (JDK 25, JEP 483/514: classes loaded and linked ahead of time, plus
 * method profiles). With {@code -Dcryptotrader.aot.training=true} the app starts as usual, headless on Monocle so no
 * window shows, and quits once the chart has drawn the whole series; the JVM then writes the cache. A headless run
 * never touches the desktop's windowing and OpenGL classes, so they are loaded and linked here (not initialised: that
 * would need a display), which makes the headless cache nearly as good as one trained on a real screen.
 */
final class AotTraining {

    /** Packages of the JavaFX graphics jar that only a desktop start uses (GTK glass, ES2 prism and their shaders). */
    private static final List<String> DESKTOP_PACKAGES = List.of("com/sun/glass/ui/", "com/sun/glass/ui/gtk/",
            "com/sun/glass/ui/delegate/", "com/sun/prism/es2/", "com/sun/prism/ps/", "com/sun/prism/impl/ps/");

    private AotTraining() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("cryptotrader.aot.training");
    }

    /**
     * Quits after the first frame that shows the whole series (the full load follows the first paint), or after a
     * minute whatever happened, so a training run can never hang the launcher.
     */
    static void quitWhenLoaded(MainWindow window) {
        CompletableFuture.delayedExecutor(1, TimeUnit.MINUTES).execute(Platform::exit);
        window.view().chart().paintCountProperty().addListener((obs, old, count) -> {
            ChartData data = window.model().chart().data();
            if (data != null && data.complete()) {
                linkDesktopClasses();
                Platform.exit();
            }
        });
    }

    private static void linkDesktopClasses() {
        URL graphics = javafx.scene.Node.class.getProtectionDomain().getCodeSource().getLocation(); // javafx-graphics
        ClassLoader loader = AotTraining.class.getClassLoader();
        int linked = 0;
        try (JarFile jar = new JarFile(Path.of(graphics.toURI()).toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                if (name.endsWith(".class") && DESKTOP_PACKAGES.contains(name.substring(0, slash + 1))) {
                    try {
                        // Reflection links the class (verifies it) without running its static initialiser.
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader)
                                .getDeclaredMethods();
                        linked++;
                    } catch (LinkageError | ClassNotFoundException e) {
                        // Not loadable on this platform: not needed here either.
                    }
                }
            }
        } catch (Exception e) {
            LoggerFactory.getLogger(AotTraining.class).warn("could not list the JavaFX graphics jar: {}", e.toString());
        }
        LoggerFactory.getLogger(AotTraining.class).info("AOT training: linked {} desktop classes", linked);
    }
}
