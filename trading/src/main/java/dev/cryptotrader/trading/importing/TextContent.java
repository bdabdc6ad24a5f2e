package dev.cryptotrader.trading.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A file checked to be UTF-8 text: the raw bytes (for the JSON parser) and the decoded text without a BOM. */
record TextContent(String source, byte[] bytes, String text) {

    static TextContent decode(String source, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ImportException(source, 0, "not a text file we can read: it is UTF-16; save it as UTF-8");
        }
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw new ImportException(source, 0, "not a text file: NUL byte at offset " + i + " (line "
                        + lineAt(bytes, i) + ")");
            }
            ascii &= b >= 0;
        }
        // Pure ASCII (the usual case) needs no decoder.
        String text = ascii ? new String(bytes, StandardCharsets.ISO_8859_1) : decodeUtf8(source, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportException(source, 0, bytes.length == 0 ? "the file is empty"
                    : "the file is empty (only whitespace)");
        }
        return new TextContent(source, bytes, text);
    }

    /** The first character that is not whitespace (the text is never blank). */
    char firstNonBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static String decodeUtf8(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new ImportException(source, 0, "not a text file: invalid UTF-8 at byte offset " + offset
                    + " (line " + lineAt(bytes, offset) + ")");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
