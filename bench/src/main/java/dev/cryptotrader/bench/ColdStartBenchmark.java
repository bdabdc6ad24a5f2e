package dev.cryptotrader.bench;

import dev.cryptotrader.storage.SqliteCandleStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold start of the desktop app to its first painted chart, with one million candles in the database (goal: at most
 * 2 s). Each invocation starts the real app in a new JVM ({@code java -jar app/target/cryptotrader.jar --db ...}),
 * waits for its startup line ("startup: first chart painted in N ms") and kills it. The score is the wall time from
 * spawning the process to that line. At the end of each trial it prints the median of the score and of the app's own
 * figure (JVM start to paint, which leaves out the process launch and JVM boot before that).
 * It runs on {@code DISPLAY} when one is set, else headless on Monocle. {@code aotCache=true} first makes an AOT
 * cache the way the {@code cryptotrader} launcher does (a headless training run on the demo workspace) and starts the
 * app with it. The first launch of each variant is a warmup: it fills the OS page cache (jars, libraries, database).
 *
 * <p>Needs the app built ({@code mvn -pl app -am package}); without {@code app/target/cryptotrader.jar} it stops at
 * once with a message saying so. Another jar: {@code -jvmArgsAppend -Dcryptotrader.jar=PATH}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ColdStartBenchmark {

    /** The collector settings the launcher gives the desktop app (see the cryptotrader script). */
    static final List<String> GUI_GC = List.of("-XX:+UseG1GC", "-Xms1g");

    private static final Pattern STARTUP_LINE = Pattern.compile("startup: first chart painted in (\\d+) ms");
    private static final long START_TIMEOUT_SECONDS = 60;

    @State(Scope.Benchmark)
    public static class App {
        @Param({"false", "true"})
        public boolean aotCache;

        Path java;
        Path jar;
        Path dir;
        Path database;
        Path aot;
        final List<Long> wallMillis = new ArrayList<>();
        final List<Long> appMillis = new ArrayList<>();
        boolean measuring;

        @Setup(Level.Trial)
        public void prepare() throws Exception {
            jar = findJar();
            java = Path.of(System.getProperty("java.home"), "bin", "java");
            dir = Files.createTempDirectory("cryptotrader-coldstart-");
            database = dir.resolve("candles.db");
            try (SqliteCandleStore store = SqliteCandleStore.open(database)) {
                store.upsert(SyntheticCandles.BTC_USD_1M,
                        SyntheticCandles.randomWalk(SyntheticCandles.ONE_MILLION, 42));
            }
            if (aotCache) {
                aot = trainAotCache();
            }
        }

        @Setup(Level.Iteration)
        public void iteration(IterationParams params) {
            measuring = params.getType() == IterationType.MEASUREMENT;
        }

        @TearDown(Level.Trial)
        public void report() throws IOException {
            System.out.printf("%ncold start, aotCache=%s, %s, %d launches: median %d ms spawn to paint %s, "
                            + "app's own line (JVM start to paint) median %d ms %s%n", aotCache,
                    System.getenv("DISPLAY") != null ? "DISPLAY=" + System.getenv("DISPLAY") : "headless Monocle",
                    appMillis.size(), median(wallMillis), wallMillis, median(appMillis), appMillis);
            deleteRecursively(dir);
        }

        /** The launcher's recipe: the demo workspace in a fresh database, one headless run of the app that quits. */
        private Path trainAotCache() throws Exception {
            Path trainingDb = dir.resolve("training.db");
            Path cache = dir.resolve("cryptotrader.aot");
            run(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "demo",
                    "--db", trainingDb.toString()), false);
            List<String> training = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED"));
            training.addAll(GUI_GC);
            training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dcryptotrader.aot.training=true",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-jar",
                    jar.toString(), "--db", trainingDb.toString()));
            run(training, true);
            if (!Files.isRegularFile(cache)) {
                throw new IllegalStateException("the AOT training run made no cache at " + cache);
            }
            return cache;
        }

        private void run(List<String> command, boolean headless) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("training.log").toFile());
            if (headless) {
                pb.environment().remove("DISPLAY");
                pb.environment().remove("WAYLAND_DISPLAY");
            }
            Process p = pb.start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("failed: " + String.join(" ", command) + "\n"
                        + Files.readString(dir.resolve("training.log")));
            }
        }
    }

    @Benchmark
    public long firstChartPainted(App app) throws Exception {
        List<String> command = new ArrayList<>(List.of(app.java.toString(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(GUI_GC);
        if (app.aot != null) {
            command.add("-XX:AOTCache=" + app.aot);
        }
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-jar", app.jar.toString(), "--db", app.database.toString()));

        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            Deque<String> tail = new ArrayDeque<>();
            CompletableFuture<Long> line = CompletableFuture.supplyAsync(() -> awaitStartupLine(process, tail));
            long millis;
            try {
                millis = line.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new IllegalStateException("no startup line from the app within " + START_TIMEOUT_SECONDS
                        + " s; its last output:\n" + String.join("\n", tail), e);
            }
            long wall = (System.nanoTime() - started) / 1_000_000;
            if (app.measuring) {
                app.appMillis.add(millis);
                app.wallMillis.add(wall);
            }
            return millis;
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static long awaitStartupLine(Process process, Deque<String> tail) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = STARTUP_LINE.matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
                tail.addLast(line);
                if (tail.size() > 40) {
                    tail.removeFirst();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            throw new IllegalStateException("the app exited before painting, with code " + process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The app jar, or a clear stop when it has not been built. */
    static Path findJar() {
        String configured = System.getProperty("cryptotrader.jar");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("app/target/cryptotrader.jar"), Path.of("../app/target/cryptotrader.jar"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new AppNotBuilt("ColdStartBenchmark skipped: " + candidates.getFirst().toAbsolutePath()
                + " does not exist. Build the app first (JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -q -pl app"
                + " -am package -Dmaven.test.skip=true) and run from the repository root, or pass"
                + " -jvmArgsAppend -Dcryptotrader.jar=PATH.");
    }

    /** Thrown instead of benchmarking without an app; no stack trace, the message says it all. */
    static final class AppNotBuilt extends RuntimeException {
        AppNotBuilt(String message) {
            super(message, null, false, false);
        }
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
