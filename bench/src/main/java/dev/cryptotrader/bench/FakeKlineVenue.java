package dev.cryptotrader.bench;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.BufferedSink;

import javax.net.ServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One venue's kline history as a local fake server would serve it: one-minute BTC/USDT bars (a random walk) rendered,
 * page by page, in the shape of the real recorded answers in shared/fixtures/exchange (see shared/SOURCES.md), and a
 * {@link Dispatcher} that answers a history request by its time parameters with the pre-rendered page bytes. Server
 * side work per request is a lookup and a socket write, so what a benchmark measures is the client.
 *
 * <p>Shapes, field order and value typing follow the fixtures; the live APIs send them without the pretty-printing the
 * recorders added, so pages are compact JSON:
 * <ul>
 * <li>Binance {@code GET /api/v3/klines}: 12-field rows, oldest first, integers as JSON numbers, decimals as strings
 *     with 8 places ({@code "43519.34000000"}); {@code startTime}/{@code endTime} in ms, both inclusive. Answers carry
 *     {@code X-MBX-USED-WEIGHT-1M} as Binance's do.</li>
 * <li>KuCoin {@code GET /api/v1/market/candles}: {@code {"code":"200000","data":[...]}}, 7 strings per row
 *     {@code [time(s),open,close,high,low,volume,turnover]} without trailing zeros, newest first;
 *     {@code startAt}/{@code endAt} in seconds. Answers carry {@code gw-ratelimit-*} headers.</li>
 * <li>Bitfinex {@code GET /v2/candles/trade:1m:tBTCUST/hist}: {@code [MTS,OPEN,CLOSE,HIGH,LOW,VOLUME]} as JSON
 *     numbers ({@code 3870.1}, {@code 3890}, {@code 0.05}), oldest first with {@code sort=1}; {@code start}/{@code end}
 *     in ms, both inclusive. No usage headers.</li>
 * </ul>
 * A request that is not exactly one of the pages is answered with the venue's own error shape (HTTP 400), so a paging
 * bug fails the run instead of being timed.
 */
final class FakeKlineVenue extends Dispatcher {

    static final Instrument BTC_USDT = Instrument.of("BTC", "USDT");
    /** 2023-01-01T00:00Z: a million minutes later is 2024-11-26, long closed. */
    static final long START = 1_672_531_200_000L;
    static final long MINUTE = Timeframe.M1.millis();

    /**
     * What one venue allows. The bar count is the most that fits in one window of the venue's client-side budget,
     * capped at a million, so the adapter's real rate limiting never makes a run wait:
     * Binance 1,000 pages x weight 2 = 2,000 of 6,000 weight / min; KuCoin 666 pages x weight 3 = 1,998 of the public
     * pool's 2,000 / 30 s (a full million would be 667 pages = 2,001, and the last page would wait up to 30 s);
     * Bitfinex candles allow 30 requests / min, so 30 pages x 10,000 bars.
     */
    enum Spec {
        BINANCE(Exchange.BINANCE, 1_000, 1_000_000, 2, 8, 5),
        KUCOIN(Exchange.KUCOIN, 1_500, 999_000, 1, 8, 8),
        BITFINEX(Exchange.BITFINEX, 10_000, 300_000, 1, 8, 8);

        final Exchange exchange;
        final int pageBars;
        final int bars;
        /** Decimals of the price tick (Binance BTCUSDT 0.01; KuCoin and Bitfinex quote BTC to 0.1). */
        final int priceScale;
        final int volumeScale;
        /** Decimals the volume really has (Binance's lot step is 0.00001, written with 8 places). */
        final int volumeDigits;

        Spec(Exchange exchange, int pageBars, int bars, int priceScale, int volumeScale, int volumeDigits) {
            this.exchange = exchange;
            this.pageBars = pageBars;
            this.bars = bars;
            this.priceScale = priceScale;
            this.volumeScale = volumeScale;
            this.volumeDigits = volumeDigits;
        }

        static Spec of(String venue) {
            return valueOf(venue.toUpperCase(java.util.Locale.ROOT));
        }

        int pages() {
            return bars / pageBars;
        }

        SeriesKey key() {
            return new SeriesKey(exchange, BTC_USDT, Timeframe.M1);
        }

        TimeRange range() {
            return new TimeRange(START, START + bars * MINUTE);
        }
    }

    final Spec spec;
    /** The bars as the store should hold them: prices at the venue's tick scale, volume at 8 decimals. */
    final CandleSeries bars;
    private final byte[][] pages;
    private final long renderedBytes;
    private final AtomicInteger used = new AtomicInteger();

    FakeKlineVenue(Spec spec, long seed) {
        this.spec = spec;
        this.bars = randomWalk(spec, seed);
        this.pages = new byte[spec.pages()][];
        long total = 0;
        for (int p = 0; p < pages.length; p++) {
            pages[p] = render(p).getBytes(StandardCharsets.US_ASCII);
            total += pages[p].length;
        }
        this.renderedBytes = total;
    }

    long renderedBytes() {
        return renderedBytes;
    }

    /** The bars of page {@code p}, as the backfill would store them. */
    CandleSeries page(int p) {
        return bars.slice(p * spec.pageBars, (p + 1) * spec.pageBars);
    }

    /** A new run: the venue's own usage count (reported in headers) starts again, like a fresh rate-limit window. */
    void resetUsage() {
        used.set(0);
    }

    // ---- serving

    /**
     * A started server answering with this venue. Its sockets send without Nagle's delay ({@code TCP_NODELAY}), as
     * production HTTP servers do (nginx {@code tcp_nodelay on}); MockWebServer leaves Nagle on, and then each body
     * segment after the first waits for the client's delayed ACK, which times the loopback's ACK timer, not the client.
     */
    MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(this);
        server.start();
        return server;
    }

    private static final class NoDelayServerSockets extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        return switch (spec) {
            case BINANCE -> binance(url);
            case KUCOIN -> kucoin(url);
            case BITFINEX -> bitfinex(url);
        };
    }

    private MockResponse binance(HttpUrl url) {
        int weight = used.addAndGet(2);
        if (!"/api/v3/klines".equals(url.encodedPath()) || !"BTCUSDT".equals(url.queryParameter("symbol"))
                || !"1m".equals(url.queryParameter("interval"))) {
            return error(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
        }
        int page = page(number(url, "startTime"), number(url, "endTime"));
        if (page < 0 || number(url, "limit") != spec.pageBars) {
            return error(400, "{\"code\":-1104,\"msg\":\"Not all sent parameters were read; the fake serves only its "
                    + "pages: " + url.encodedQuery() + "\"}");
        }
        return ok(page).setHeader("X-MBX-USED-WEIGHT-1M", Integer.toString(weight)).build();
    }

    private MockResponse kucoin(HttpUrl url) {
        int weight = used.addAndGet(3);
        if (!"/api/v1/market/candles".equals(url.encodedPath()) || !"BTC-USDT".equals(url.queryParameter("symbol"))
                || !"1min".equals(url.queryParameter("type"))) {
            return error(400, "{\"code\":\"400100\",\"msg\":\"This pair is not provided at present\"}");
        }
        long startAt = number(url, "startAt");
        long endAt = number(url, "endAt");
        int page = startAt < 0 || endAt < 0 ? -1 : page(startAt * 1000, endAt * 1000);
        if (page < 0) {
            return error(400, "{\"code\":\"400100\",\"msg\":\"the fake serves only its pages: " + url.encodedQuery()
                    + "\"}");
        }
        return ok(page).setHeader("gw-ratelimit-limit", "2000")
                .setHeader("gw-ratelimit-remaining", Integer.toString(Math.max(0, 2000 - weight)))
                .setHeader("gw-ratelimit-reset", "29000").build();
    }

    private MockResponse bitfinex(HttpUrl url) {
        used.incrementAndGet();
        if (!"/v2/candles/trade:1m:tBTCUST/hist".equals(url.encodedPath()) || !"1".equals(url.queryParameter("sort"))) {
            return error(400, "[\"error\",10020,\"symbol: invalid\"]");
        }
        int page = page(number(url, "start"), number(url, "end"));
        if (page < 0 || number(url, "limit") != spec.pageBars) {
            return error(400, "[\"error\",10020,\"the fake serves only its pages\"]");
        }
        return ok(page).build();
    }

    /** The page that starts at {@code first} and whose last bar {@code lastInclusive} falls in; -1 if none. */
    private int page(long first, long lastInclusive) {
        long pageMillis = spec.pageBars * MINUTE;
        long offset = first - START;
        if (first < 0 || offset < 0 || offset % pageMillis != 0 || offset / pageMillis >= pages.length) {
            return -1;
        }
        long end = first + pageMillis;
        return lastInclusive >= end - MINUTE && lastInclusive < end ? (int) (offset / pageMillis) : -1;
    }

    private static long number(HttpUrl url, String name) {
        String value = url.queryParameter(name);
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private MockResponse.Builder ok(int page) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(new BytesBody(pages[page]));
    }

    private static MockResponse error(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    /**
     * The pre-rendered bytes. Written a segment at a time: each write goes out to the socket at once and its okio
     * segment back to the pool, instead of copying the whole page into new segments first.
     */
    private record BytesBody(byte[] bytes) implements MockResponseBody {
        private static final int SEGMENT = 8192;

        @Override
        public long getContentLength() {
            return bytes.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            for (int at = 0; at < bytes.length; at += SEGMENT) {
                sink.write(bytes, at, Math.min(SEGMENT, bytes.length - at));
            }
        }
    }

    // ---- data

    private static CandleSeries randomWalk(Spec spec, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long price = 40_000 * pow10(spec.priceScale);
        CandleSeries.Builder b = CandleSeries.builder(spec.bars, spec.priceScale, spec.volumeScale);
        long volumeUnit = pow10(spec.volumeScale - spec.volumeDigits);
        for (int i = 0; i < spec.bars; i++) {
            long open = price;
            long close = Math.max(100, open + Math.round(gaussian(random) * open * 0.0005));
            long high = Math.max(open, close) + Math.round(Math.abs(gaussian(random)) * open * 0.0002);
            long low = Math.max(1, Math.min(open, close) - Math.round(Math.abs(gaussian(random)) * open * 0.0002));
            // About 3 BTC a minute, in the venue's lot step.
            long volume = (Math.round(Math.abs(gaussian(random)) * 3 * pow10(spec.volumeDigits))
                    + random.nextLong(pow10(spec.volumeDigits - 2))) * volumeUnit;
            b.addMantissas(START + i * MINUTE, open, high, low, close, volume);
            price = close;
        }
        return b.build();
    }

    private String render(int p) {
        int from = p * spec.pageBars;
        int to = from + spec.pageBars;
        StringBuilder s = new StringBuilder(spec.pageBars * 180);
        switch (spec) {
            case BINANCE -> {
                s.append('[');
                for (int i = from; i < to; i++) {
                    if (i > from) {
                        s.append(',');
                    }
                    binanceRow(s, i);
                }
                s.append(']');
            }
            case KUCOIN -> {
                s.append("{\"code\":\"200000\",\"data\":[");
                for (int i = to - 1; i >= from; i--) { // newest first
                    if (i < to - 1) {
                        s.append(',');
                    }
                    kucoinRow(s, i);
                }
                s.append("]}");
            }
            case BITFINEX -> {
                s.append('[');
                for (int i = from; i < to; i++) {
                    if (i > from) {
                        s.append(',');
                    }
                    bitfinexRow(s, i);
                }
                s.append(']');
            }
        }
        return s.toString();
    }

    // [1706630400000,"43519.34000000","43936.00000000","43171.00000000","43488.71000000","20.55495000",
    //  1706633999999,"891428.42858070",3743,"10.91428000","473782.95739920","0"]
    private void binanceRow(StringBuilder s, int i) {
        long t = bars.openTime(i);
        long volume = bars.volumeMantissa(i); // scale 8
        long close = bars.closeMantissa(i); // scale 2
        long takerBase = volume / 2 / 1000 * 1000; // keep the 0.00001 lot step
        s.append('[').append(t).append(',');
        quoted(s, bars.openMantissa(i), 2, 8).append(',');
        quoted(s, bars.highMantissa(i), 2, 8).append(',');
        quoted(s, bars.lowMantissa(i), 2, 8).append(',');
        quoted(s, close, 2, 8).append(',');
        quoted(s, volume, 8, 8).append(',');
        s.append(t + MINUTE - 1).append(',');
        quoted(s, volume / 1000 * close, 7, 8).append(','); // quote volume: volume at scale 5 x close at scale 2
        s.append(100 + (t / MINUTE * 7919 % 4000)).append(',');
        quoted(s, takerBase, 8, 8).append(',');
        quoted(s, takerBase / 1000 * close, 7, 8).append(',');
        s.append("\"0\"]");
    }

    // ["1706637600","43396.4","43369.4","43491.9","43285.2","135.02905655","5859577.939581874"]
    private void kucoinRow(StringBuilder s, int i) {
        s.append("[\"").append(bars.openTime(i) / 1000).append("\",");
        quoted(s, bars.openMantissa(i), 1, 0).append(',');
        quoted(s, bars.closeMantissa(i), 1, 0).append(',');
        quoted(s, bars.highMantissa(i), 1, 0).append(',');
        quoted(s, bars.lowMantissa(i), 1, 0).append(',');
        quoted(s, bars.volumeMantissa(i), 8, 0).append(',');
        quoted(s, bars.volumeMantissa(i) * bars.closeMantissa(i), 9, 0).append(']');
    }

    // [1552298400000,3870.1,3890,3890,3870.1,0.05]
    private void bitfinexRow(StringBuilder s, int i) {
        s.append('[').append(bars.openTime(i)).append(',');
        decimal(s, bars.openMantissa(i), 1, 0).append(',');
        decimal(s, bars.closeMantissa(i), 1, 0).append(',');
        decimal(s, bars.highMantissa(i), 1, 0).append(',');
        decimal(s, bars.lowMantissa(i), 1, 0).append(',');
        decimal(s, bars.volumeMantissa(i), 8, 0).append(']');
    }

    private static StringBuilder quoted(StringBuilder s, long mantissa, int scale, int places) {
        s.append('"');
        decimal(s, mantissa, scale, places);
        return s.append('"');
    }

    /**
     * {@code mantissa / 10^scale} in plain notation with exactly {@code places} decimals (places >= scale), or, when
     * places is 0, with trailing zeros (and a bare point) dropped.
     */
    private static StringBuilder decimal(StringBuilder s, long mantissa, int scale, int places) {
        long unit = pow10(scale);
        s.append(mantissa / unit);
        long fraction = mantissa % unit;
        int digits = scale;
        if (places == 0) {
            while (digits > 0 && fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            if (digits == 0) {
                return s;
            }
        }
        s.append('.');
        String f = Long.toString(fraction);
        s.repeat('0', digits - f.length()).append(f);
        if (places > digits) {
            s.repeat('0', places - digits);
        }
        return s;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
