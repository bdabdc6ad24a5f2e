package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.concurrent.BackgroundPriority;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared HTTP client's own threads (async calls, WebSocket readers) are background threads. */
class SharedHttpClientTest {

    private record CallbackThread(int javaPriority, boolean daemon, Optional<Integer> nice) {
    }

    @Test
    void callbacksRunOnLoweredDaemonThreads() throws Exception {
        Optional<Integer> callerNice = BackgroundPriority.currentNice();
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().body("[]").build());
            server.start();
            CompletableFuture<CallbackThread> seen = new CompletableFuture<>();

            VenueConfig.defaults().httpClient().newCall(new Request.Builder().url(server.url("/")).build())
                    .enqueue(new Callback() {
                        @Override
                        public void onResponse(Call call, Response response) {
                            response.close();
                            Thread t = Thread.currentThread();
                            seen.complete(new CallbackThread(t.getPriority(), t.isDaemon(),
                                    BackgroundPriority.currentNice()));
                        }

                        @Override
                        public void onFailure(Call call, IOException e) {
                            seen.completeExceptionally(e);
                        }
                    });

            CallbackThread thread = seen.get(10, TimeUnit.SECONDS);
            assertThat(thread.javaPriority()).isEqualTo(Thread.MIN_PRIORITY);
            assertThat(thread.daemon()).as("a call in flight never keeps the JVM from exiting").isTrue();
            callerNice.ifPresent(n -> assertThat(thread.nice()).as("nice value on Linux")
                    .hasValueSatisfying(nice -> assertThat(nice).isGreaterThan(n)));
        }
    }
}
