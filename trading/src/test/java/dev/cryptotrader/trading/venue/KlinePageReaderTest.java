package dev.cryptotrader.trading.venue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.KlineLayout;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.venue.KlinePageReader.Shape;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.http.HttpResult;
import dev.cryptotrader.trading.venue.http.JsonBodies;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The fast history reader against the general one ({@link JsonBodies} tree, {@link KlineRows} with the importer's
 * {@link KlineLayout}, {@link HistoryPages#assemble}): whenever it answers, the page is exactly the general path's
 * (same bars, mantissas, scales and covered range), and it declines everything that is not plain, so errors still come
 * from the general path word for word.
 */
class KlinePageReaderTest {

    private static final Timeframe TF = Timeframe.M1;
    private static final long MINUTE = TF.millis();
    private static final long T0 = 1_704_067_200_000L;

    @Test
    void recordedAnswersTakeTheFastPathAndMatchTheGeneralOne() {
        long later = T0 + 365L * 86_400_000L;
        assertFastEqualsGeneral(Shape.BINANCE, VenueFixtures.read(
                "binance/api_v3_klines_BTCUSDT_1h_startTime1706628191000_limit3.json"), Timeframe.H1,
                1_706_628_191_000L, 1_706_641_200_000L, 1000, later, true);
        assertFastEqualsGeneral(Shape.BINANCE, VenueFixtures.read("binance/DOCEX_api_v3_klines.json"), Timeframe.W1,
                1_499_040_000_000L, 1_499_644_800_000L, 1000, later, true);
        assertFastEqualsGeneral(Shape.BITFINEX, VenueFixtures.read(
                "bitfinex/v2_candles_trade_1h_tBTCUST_hist_limit1.json"), Timeframe.H1, 1_552_298_400_000L,
                1_552_302_000_000L, 10_000, later, true);
        assertFastEqualsGeneral(Shape.KUCOIN, VenueFixtures.read("kucoin/api_v1_market_candles_BTC-USDT_1hour.json"),
                Timeframe.H1, 1_706_630_400_000L, 1_706_641_200_000L, 1500, later, true);
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void plainPagesTakeTheFastPathAndMatchTheGeneralOne(Shape shape) {
        Random random = new Random(7 + shape.ordinal());
        for (int run = 0; run < 500; run++) {
            Page page = Page.random(shape, random);
            assertFastEqualsGeneral(shape, page.body(), TF, page.from, page.to, page.maxBars, page.now, true);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void anythingNotPlainIsLeftToTheGeneralPath(Shape shape) {
        Random random = new Random(99 + shape.ordinal());
        int accepted = 0;
        for (int run = 0; run < 3000; run++) {
            Page page = Page.random(shape, random);
            Mutation m = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
            String body = m.apply(page, random);
            HistoryPage fast = read(shape, body, TF, page.from, page.to, page.maxBars, page.now);
            if (fast == null) {
                continue;
            }
            HistoryPage general;
            try {
                general = general(shape, result(body), window(page.from, page.to, page.maxBars, TF), page.now);
            } catch (ExchangeException | BadPayloadException e) {
                fail("the fast path accepted what the general path refuses (" + m.name + "): " + e.getMessage()
                        + "\n" + body);
                return;
            }
            assertSamePage(fast, general, m.name + "\n" + body);
            accepted++;
        }
        assertThat(accepted).as("pages still plain after a harmless change (unchanged, whitespace, ...)")
                .isGreaterThan(100);
    }

    @Test
    void valuesTheGeneralPathReadsDifferentlyOrRefusesAreDeclined() {
        // One Bitfinex row [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME] with the open price spelled in many ways.
        for (String open : List.of("1E+1", "1e1", "\"1E+1\"", "\"+10\"", "\".5\"", "\"5.\"", "\" 10\"", "\"-10\"",
                "-10", "\"10 \"", "\"\"", "null", "[10]", "{\"a\":1}", "true", "\"1234567890123456789\"",
                "1234567890123456789", "\"0.0000000000000000001\"", "\"١٠\"")) {
            String body = "[[" + T0 + "," + open + ",10,20,5,1]]";
            assertThat(read(Shape.BITFINEX, body, TF, T0, T0 + MINUTE, 10_000, T0 + 10 * MINUTE)).as(open).isNull();
        }
        // Times that are not plain epoch seconds or milliseconds.
        for (String time : List.of("\"1704067200000000\"", "1704067200000000000", "1704067200.0", "\"2024-01-01\"",
                "-1704067200000", "1.7040672E12")) {
            String body = "[[" + time + ",10,10,20,5,1]]";
            assertThat(read(Shape.BITFINEX, body, TF, T0, T0 + MINUTE, 10_000, T0 + 10 * MINUTE)).as(time).isNull();
        }
    }

    @Test
    void longSpellingsOfShortValuesAreReadExactly() {
        long now = T0 + 10 * MINUTE;
        // [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME]: trailing and leading zeros beyond 18 digits, bare integers, zero.
        String body = "[[" + T0 + ",\"10.000000000000000000000000\",\"0000000000000000000000010.5\",20,"
                + "\"5.10000000000000000000\",\"0.000\"],[" + (T0 + MINUTE) + ",\"99999999999999999\","
                + "\"99999999999999999.0000\",99999999999999999,\"1\",\"0.000000000000000001\"]]";
        assertFastEqualsGeneral(Shape.BITFINEX, body, TF, T0, T0 + 2 * MINUTE, 10_000, now, true);
        HistoryPage page = read(Shape.BITFINEX, body, TF, T0, T0 + 2 * MINUTE, 10_000, now);
        assertThat(page.candles().priceScale()).isEqualTo(1);
        assertThat(page.candles().volumeScale()).isEqualTo(18);
        assertThat(page.candles().closeMantissa(0)).isEqualTo(105);
        assertThat(page.candles().highMantissa(1)).isEqualTo(999_999_999_999_999_990L);
    }

    @Test
    void errorShapesAndBrokenBodiesAreDeclined() {
        long now = T0 + 10 * MINUTE;
        String row = "[" + T0 + ",10,10,20,5,1]";
        for (String body : List.of("", "  ", "<html><title>502</title></html>", "[" + row, "[" + row + "]]",
                "[" + row + "] x", "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", "[\"error\",10020,\"limit\"]",
                "{\"error\":\"ERR_RATE_LIMIT\"}", "[]", "[" + row + ",5]", "[[" + T0 + ",10,10,20,5]]",
                "[[" + T0 + ",10,10,20,5,1,{\"a\":1,\"a\":2}]]", "\uFEFF[" + row + "]")) {
            assertThat(read(Shape.BITFINEX, body, TF, T0, T0 + MINUTE, 10_000, now)).as(body).isNull();
        }
        String kucoinRow = "[\"" + T0 / 1000 + "\",\"10\",\"10\",\"20\",\"5\",\"1\",\"10\"]";
        for (String body : List.of("{\"code\":\"400100\",\"msg\":\"bad\",\"data\":[" + kucoinRow + "]}",
                "{\"code\":200000,\"data\":[" + kucoinRow + "]}", "{\"data\":[" + kucoinRow + "]}",
                "{\"code\":\"200000\"}", "{\"code\":\"200000\",\"data\":null}", "[" + kucoinRow + "]",
                "{\"code\":\"200000\",\"data\":[" + kucoinRow + "],\"data\":[]}",
                "{\"code\":\"200000\",\"code\":\"200000\",\"data\":[" + kucoinRow + "]}")) {
            assertThat(read(Shape.KUCOIN, body, TF, T0, T0 + MINUTE, 1500, now)).as(body).isNull();
        }
        assertThat(read(Shape.KUCOIN, "{\"msg\":\"x\",\"data\":[" + kucoinRow + "],\"code\":\"200000\"}", TF, T0,
                T0 + MINUTE, 1500, now)).as("members in any order").isNotNull();
    }

    @Test
    void aBodyTheGeneralPathDecodesDifferentlyIsDeclined() {
        String body = "[[" + T0 + ",10,10,20,5,1]]";
        HistoryWindow window = window(T0, T0 + MINUTE, 10_000, TF);
        long now = T0 + 10 * MINUTE;
        HttpResult latin1 = new HttpResult("GET /x", 200, Headers.of(), body.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1);
        HttpResult utf16 = new HttpResult("GET /x", 200, Headers.of(), body.getBytes(StandardCharsets.UTF_16BE),
                StandardCharsets.UTF_8);
        HttpResult notFound = new HttpResult("GET /x", 404, Headers.of(), body);
        assertThat(KlinePageReader.read(window, Shape.BITFINEX, latin1, now)).isNull();
        assertThat(KlinePageReader.read(window, Shape.BITFINEX, utf16, now)).isNull();
        assertThat(KlinePageReader.read(window, Shape.BITFINEX, notFound, now)).isNull();
        assertThat(KlinePageReader.read(window, Shape.BITFINEX, result(body), now)).isNotNull();
    }

    @Test
    void theBodyTextIsDecodedAsOkHttpWould() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', ']'};
        assertThat(new HttpResult("GET /x", 200, Headers.of(), bom, StandardCharsets.ISO_8859_1).body())
                .isEqualTo("[]");
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, '[', 0, ']', 0};
        assertThat(new HttpResult("GET /x", 200, Headers.of(), utf16le, StandardCharsets.UTF_8).body())
                .isEqualTo("[]");
        byte[] latin1 = {'"', (byte) 0xE9, '"'};
        assertThat(new HttpResult("GET /x", 200, Headers.of(), latin1, StandardCharsets.ISO_8859_1).body())
                .isEqualTo("\"\u00E9\"");
    }

    // ---- the two paths

    private static HistoryPage read(Shape shape, String body, Timeframe tf, long from, long to, int maxBars, long now) {
        return KlinePageReader.read(window(from, to, maxBars, tf), shape, result(body), now);
    }

    private static void assertFastEqualsGeneral(Shape shape, String body, Timeframe tf, long from, long to,
                                                int maxBars, long now, boolean mustBeFast) {
        HistoryWindow window = window(from, to, maxBars, tf);
        HistoryPage fast = KlinePageReader.read(window, shape, result(body), now);
        if (mustBeFast) {
            assertThat(fast).as("fast path for\n" + body).isNotNull();
        }
        assertSamePage(fast, general(shape, result(body), window, now), body);
    }

    /** What the adapters did before the fast path, and still do when it declines. */
    private static HistoryPage general(Shape shape, HttpResult result, HistoryWindow window, long now) {
        Exchange exchange = switch (shape) {
            case BINANCE -> Exchange.BINANCE;
            case BITFINEX -> Exchange.BITFINEX;
            case KUCOIN -> Exchange.KUCOIN;
        };
        KlineLayout layout = KlineLayout.valueOf(shape.name());
        JsonNode json = JsonBodies.parse(exchange, result);
        JsonBodies.requireSuccess(exchange, result);
        if (shape == Shape.KUCOIN) {
            if (!json.isObject() || !"200000".equals(JsonBodies.field(json, "code")) || json.get("data") == null
                    || json.get("data").isNull()) {
                throw new BadPayloadException("not a KuCoin success envelope");
            }
            json = json.get("data");
        } else if (json.isArray() && !json.isEmpty() && "error".equals(json.get(0).textValue())) {
            throw new BadPayloadException("Bitfinex error");
        }
        List<String[]> rows = JsonBodies.rows(exchange, result, json);
        return HistoryPages.assemble(window, KlineRows.toCandles(layout, shape.name(), rows, window.timeframe()), now);
    }

    private static void assertSamePage(HistoryPage fast, HistoryPage general, String context) {
        assertThat(fast.requestedFrom()).as(context).isEqualTo(general.requestedFrom());
        assertThat(fast.coveredTo()).as(context).isEqualTo(general.coveredTo());
        CandleSeries a = fast.candles();
        CandleSeries b = general.candles();
        assertThat(a.size()).as(context).isEqualTo(b.size());
        if (a.isEmpty()) {
            return;
        }
        assertThat(a.priceScale()).as(context).isEqualTo(b.priceScale());
        assertThat(a.volumeScale()).as(context).isEqualTo(b.volumeScale());
        for (int i = 0; i < a.size(); i++) {
            assertThat(new long[]{a.openTime(i), a.openMantissa(i), a.highMantissa(i), a.lowMantissa(i),
                    a.closeMantissa(i), a.volumeMantissa(i)}).as(context + "\nbar " + i)
                    .containsExactly(b.openTime(i), b.openMantissa(i), b.highMantissa(i), b.lowMantissa(i),
                            b.closeMantissa(i), b.volumeMantissa(i));
        }
    }

    private static HttpResult result(String body) {
        return new HttpResult("GET /klines", 200, Headers.of(), body);
    }

    private static HistoryWindow window(long from, long to, int maxBars, Timeframe tf) {
        return HistoryWindow.of(tf, from, to, maxBars);
    }

    // ---- random pages in each venue's shape, spelled in every way the general path accepts

    private record Page(Shape shape, List<String[]> rows, long from, long to, int maxBars, long now) {

        static Page random(Shape shape, Random r) {
            int maxBars = 1 + r.nextInt(40);
            long first = T0 + r.nextInt(1000) * MINUTE;
            long from = r.nextInt(4) == 0 ? first - r.nextInt((int) MINUTE - 1) : first; // may start inside a bar
            int span = 1 + r.nextInt(maxBars + 10);
            long to = first + span * MINUTE - (r.nextInt(3) == 0 ? r.nextInt(1000) : 0);
            HistoryWindow w = HistoryWindow.of(TF, from, to, maxBars);
            int priceScale = r.nextInt(9);
            int volumeScale = r.nextInt(9);
            long price = 1 + (long) (r.nextDouble() * Math.pow(10, 4 + r.nextInt(6)));
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < w.bars(); i++) {
                if (r.nextInt(8) == 0 && i > 0) {
                    continue; // a minute without trades
                }
                long open = price;
                long close = Math.max(1, open + r.nextInt(21) - 10);
                long high = Math.max(open, close) + r.nextInt(5);
                long low = Math.max(1, Math.min(open, close) - r.nextInt(5));
                long volume = r.nextInt(4) == 0 ? 0 : (long) (r.nextDouble() * 1e9);
                rows.add(row(shape, r, w.firstOpen() + i * MINUTE, decimal(open, priceScale, r),
                        decimal(high, priceScale, r), decimal(low, priceScale, r), decimal(close, priceScale, r),
                        decimal(volume, volumeScale, r)));
                price = close;
            }
            long lastOpen = w.isEmpty() ? first : w.lastOpen();
            long now = switch (r.nextInt(4)) {
                case 0 -> lastOpen + r.nextInt(3) * MINUTE + r.nextInt((int) MINUTE); // the last bar may be forming
                case 1 -> first + r.nextInt(Math.max(1, w.bars())) * MINUTE;
                default -> T0 + 86_400_000L * 400;
            };
            return new Page(shape, rows, from, to, maxBars, now);
        }

        private static String[] row(Shape shape, Random r, long time, String o, String h, String l, String c,
                                    String v) {
            return switch (shape) {
                case BINANCE -> new String[]{integer(time, r), o, h, l, c, v, integer(time + MINUTE - 1, r),
                        q("123.456"), "42", q("1.5"), q("2.5"), q("0")};
                case BITFINEX -> new String[]{integer(time, r), o, c, h, l, v};
                case KUCOIN -> new String[]{r.nextBoolean() ? q(Long.toString(time / 1000)) : q(Long.toString(time)),
                        o, c, h, l, v, q("5859577.939581874")};
            };
        }

        String body() {
            return body(rows);
        }

        String body(List<String[]> rowsToWrite) {
            List<String> ordered = new ArrayList<>();
            for (String[] row : rowsToWrite) {
                ordered.add("[" + String.join(",", row) + "]");
            }
            if (shape == Shape.KUCOIN) {
                ordered = ordered.reversed(); // newest first
                return "{\"code\":\"200000\",\"data\":[" + String.join(",", ordered) + "]}";
            }
            return "[" + String.join(",", ordered) + "]";
        }

        /** A JSON number or string: the general path reads both, so the venue may send either. */
        private static String integer(long value, Random r) {
            return r.nextInt(3) == 0 ? q(Long.toString(value)) : Long.toString(value);
        }

        /** {@code mantissa / 10^scale}, with extra trailing zeros at random, as a string or a number. */
        private static String decimal(long mantissa, int scale, Random r) {
            String digits = Long.toString(mantissa);
            String text;
            if (scale == 0) {
                text = digits;
            } else {
                String padded = "0".repeat(Math.max(0, scale + 1 - digits.length())) + digits;
                text = padded.substring(0, padded.length() - scale) + "." + padded.substring(padded.length() - scale);
            }
            int zeros = r.nextInt(4);
            if (zeros > 0) {
                text = (text.contains(".") ? text : text + ".") + "0".repeat(zeros);
            }
            return r.nextBoolean() ? q(text) : text;
        }

        private static String q(String text) {
            return "\"" + text + "\"";
        }
    }

    // ---- ways to make a page not plain (some the general path still accepts, most it refuses)

    private record Mutation(String name, java.util.function.BiFunction<Page, Random, String> change) {
        String apply(Page page, Random random) {
            return change.apply(page, random);
        }
    }

    private static Mutation cell(String name, UnaryOperator<String> change) {
        return new Mutation(name, (page, r) -> {
            if (page.rows.isEmpty()) {
                return page.body();
            }
            List<String[]> rows = new ArrayList<>();
            page.rows.forEach(row -> rows.add(row.clone()));
            String[] row = rows.get(r.nextInt(rows.size()));
            int at = r.nextInt(row.length);
            row[at] = change.apply(row[at]);
            return page.body(rows);
        });
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("unchanged", (page, r) -> page.body()),
            cell("exponent", v -> unquote(v) + "E+0"),
            cell("exponent string", v -> "\"" + unquote(v) + "E0\""),
            cell("plus sign", v -> "\"+" + unquote(v) + "\""),
            cell("minus sign", v -> "\"-" + unquote(v) + "\""),
            cell("zero", v -> "\"0\""),
            cell("leading space", v -> "\" " + unquote(v) + "\""),
            cell("leading point", v -> "\"." + unquote(v).replace(".", "") + "\""),
            cell("trailing point", v -> "\"" + unquote(v).replace(".", "") + ".\""),
            cell("leading zeros", v -> "\"000" + unquote(v) + "\""),
            cell("many digits", v -> "\"" + unquote(v).replace(".", "") + "123456789012345678\""),
            cell("many decimals", v -> "\"" + unquote(v) + (unquote(v).contains(".") ? "" : ".")
                    + "000000000000000001\""),
            cell("null", v -> "null"),
            cell("array", v -> "[" + v + "]"),
            cell("object with a duplicate key", v -> "{\"a\":1,\"a\":2}"),
            cell("boolean", v -> "true"),
            cell("seconds to millis", v -> unquote(v).matches("\\d{10}") ? v.replace(unquote(v), unquote(v) + "000")
                    : v),
            cell("millis to micros", v -> unquote(v).matches("\\d{13}") ? v.replace(unquote(v), unquote(v) + "000")
                    : v),
            cell("shifted time", v -> unquote(v).matches("\\d{13}") ? v.replace(unquote(v),
                    Long.toString(Long.parseLong(unquote(v)) + 1000)) : v),
            cell("decimal seconds", v -> unquote(v).matches("\\d{10}") ? v.replace(unquote(v), unquote(v) + ".0")
                    : v),
            new Mutation("one field less", (page, r) -> page.body().replaceFirst(",[^,\\[\\]]*\\]", "]")),
            new Mutation("one field more", (page, r) -> page.body().replaceFirst("\\]", ",1]")),
            new Mutation("swapped rows", (page, r) -> {
                if (page.rows.size() < 2) {
                    return page.body();
                }
                List<String[]> rows = new ArrayList<>(page.rows);
                int i = r.nextInt(rows.size() - 1);
                rows.set(i, page.rows.get(i + 1));
                rows.set(i + 1, page.rows.get(i));
                return page.body(rows);
            }),
            new Mutation("repeated row", (page, r) -> {
                if (page.rows.isEmpty()) {
                    return page.body();
                }
                List<String[]> rows = new ArrayList<>(page.rows);
                int i = r.nextInt(rows.size());
                rows.add(i, rows.get(i));
                return page.body(rows);
            }),
            new Mutation("trailing garbage", (page, r) -> page.body() + " ]"),
            new Mutation("truncated", (page, r) -> {
                String b = page.body();
                return b.substring(0, Math.max(0, b.length() - 1 - r.nextInt(Math.max(1, b.length() / 2))));
            }),
            new Mutation("whitespace", (page, r) -> " \n" + page.body().replace(",", " , ") + "\t"),
            new Mutation("huge scale spread", (page, r) -> {
                if (page.rows.isEmpty()) {
                    return page.body();
                }
                List<String[]> rows = new ArrayList<>();
                page.rows.forEach(row -> rows.add(row.clone()));
                String[] row = rows.get(r.nextInt(rows.size()));
                int price = page.shape == Shape.BITFINEX || page.shape == Shape.KUCOIN ? 3 : 2; // a high column
                row[price] = "\"999999999999999999\"";
                row[4] = "\"0.000000000000000001\"";
                return page.body(rows);
            }));

    private static String unquote(String v) {
        return v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2 ? v.substring(1, v.length() - 1) : v;
    }
}
