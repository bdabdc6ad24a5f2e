package dev.cryptotrader.trading.venue.http;

import okhttp3.Headers;
import okio.Buffer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One answered request, body read in full. Any status except 429/418 (which {@link VenueHttp} retries) ends up here:
 * venues put their error details in bodies of 4xx/5xx answers, so the raw client decides what a status means.
 *
 * <p>The body is kept as the bytes that came over the wire. {@link #body()} decodes them the way OkHttp's
 * {@code ResponseBody.string()} does (a byte-order mark wins, else the Content-Type charset, else UTF-8), once and only
 * when asked; {@link #utf8Bytes()} hands the bytes themselves to readers that parse UTF-8 JSON without making a string
 * of a whole page first.
 */
public final class HttpResult {

    // OkHttp's readBomAsCharset order: UTF-8, UTF-16BE, UTF-32LE (before its prefix UTF-16LE), UTF-16LE, UTF-32BE.
    private static final byte[][] BOMS = {
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xFF, (byte) 0xFE, 0x00, 0x00},
            {(byte) 0xFF, (byte) 0xFE},
            {0x00, 0x00, (byte) 0xFE, (byte) 0xFF}};
    private static final Charset[] BOM_CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            Charset.forName("UTF-32LE"), StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE")};

    private final String request;
    private final int status;
    private final Headers headers;
    private final byte[] bytes;
    private final Charset charset;
    private String body;

    /**
     * @param request what was asked, for messages: {@code GET /api/v3/klines?symbol=BTCUSDT...}
     * @param bytes   the body as received (not copied: the caller hands it over)
     * @param charset the Content-Type's charset, or UTF-8 when it names none (or one this runtime lacks)
     */
    public HttpResult(String request, int status, Headers headers, byte[] bytes, Charset charset) {
        this.request = request;
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /** An answer whose body is already text. */
    public HttpResult(String request, int status, Headers headers, String body) {
        this(request, status, headers, body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        this.body = body;
    }

    /** What was asked, for messages: {@code GET /api/v3/klines?symbol=BTCUSDT...}. */
    public String request() {
        return request;
    }

    public int status() {
        return status;
    }

    public Headers headers() {
        return headers;
    }

    /** The body as text, decoded as OkHttp's {@code ResponseBody.string()} would. */
    public String body() {
        String b = body;
        if (b == null) {
            b = decode();
            body = b;
        }
        return b;
    }

    /**
     * The body's bytes when they are plain UTF-8 (the Content-Type says UTF-8 or nothing, and no byte-order mark says
     * otherwise), for streaming JSON readers; null when only {@link #body()} reads them right. Callers must not change
     * the array.
     */
    public byte[] utf8Bytes() {
        return StandardCharsets.UTF_8.equals(charset) && bom() < 0 ? bytes : null;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    private String decode() {
        int bom = bom();
        Buffer buffer = new Buffer();
        if (bom < 0) {
            buffer.write(bytes);
            return buffer.readString(charset);
        }
        buffer.write(bytes, BOMS[bom].length, bytes.length - BOMS[bom].length);
        return buffer.readString(BOM_CHARSETS[bom]);
    }

    private int bom() {
        for (int i = 0; i < BOMS.length; i++) {
            if (startsWith(BOMS[i])) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "HttpResult[" + request + ", HTTP " + status + ", " + bytes.length + " bytes]";
    }
}
