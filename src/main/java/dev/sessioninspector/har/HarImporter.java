package dev.sessioninspector.har;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Reads a HAR 1.2 file into a recording, streaming: the file is walked with Jackson's {@link JsonParser}
 * and only one entry at a time becomes a tree. Response {@code Set-Cookie} headers are replayed through a
 * {@link dev.sessioninspector.cookie.CookieJar} to derive cookie events (this app's own HARs carry theirs
 * in {@code _sessionInspector}). Broken or truncated JSON, or a structure that is not a HAR, raises a
 * {@link HarFormatException} with a one-line message; nothing is returned half-imported.
 */
public final class HarImporter {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(200)
                    .build())
            .build());

    private final Clock clock;

    /** {@code clock} dates a recording that has no entries and no page to take a start time from. */
    public HarImporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads a HAR file; the recording is named after its first page title or else the file name. */
    public HarImport read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a HAR from a stream (not closed); {@code sourceName} names the recording when the HAR does not. */
    public HarImport read(InputStream in, String sourceName) throws IOException {
        ImportAssembler assembler = new ImportAssembler(sourceName, clock);
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new HarFormatException("not a HAR: the file is empty", -1, -1);
            }
            if (first != JsonToken.START_OBJECT) {
                throw error(p, "not a HAR: expected a JSON object, found " + describe(first));
            }
            boolean sawLog = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("log")) {
                    readLog(p, assembler);
                    sawLog = true;
                } else {
                    p.skipChildren();
                }
            }
            if (!sawLog) {
                throw error(p, "not a HAR: no \"log\" object");
            }
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw error(p, "unexpected content (" + describe(trailing) + ") after the end of the HAR");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new HarFormatException(where(at) + ": " + oneLine(e.getOriginalMessage()),
                    at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr());
        }
        return assembler.finish();
    }

    private static void readLog(JsonParser p, ImportAssembler a) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(p, "not a HAR: \"log\" is " + describe(p.currentToken()) + ", not an object");
        }
        boolean sawEntries = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "entries" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw error(p, "not a HAR: \"log.entries\" is " + describe(value) + ", not an array");
                    }
                    readEntries(p, a);
                    sawEntries = true;
                }
                case "pages", "comment", "_sessionInspector", "version", "creator", "browser" -> {
                    JsonNode node = MAPPER.readTree(p);
                    a.logField(field, node);
                }
                default -> p.skipChildren();
            }
        }
        if (!sawEntries) {
            throw error(p, "not a HAR: no \"log.entries\" array");
        }
    }

    private static void readEntries(JsonParser p, ImportAssembler a) throws IOException {
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw error(p, "unexpected end of file inside \"log.entries\"");
            }
            index++;
            JsonLocation start = p.currentTokenLocation();
            JsonNode entry = MAPPER.readTree(p);
            try {
                a.entry(HarEntryReader.read(entry, a.strings()), index);
            } catch (IllegalArgumentException e) {
                throw new HarFormatException("bad HAR entry " + index + " at line " + start.getLineNr() + ", column "
                        + start.getColumnNr() + ": " + e.getMessage(), start.getLineNr(), start.getColumnNr());
            }
        }
    }

    private static HarFormatException error(JsonParser p, String message) {
        JsonLocation at = p.currentTokenLocation();
        return new HarFormatException(where(at) + ": " + message, at.getLineNr(), at.getColumnNr());
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 0) {
            return "broken HAR";
        }
        return "broken HAR at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /** Jackson's message without its source excerpt and location suffix. */
    static String oneLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        String m = message;
        int cut = m.indexOf('\n');
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        int source = m.indexOf(" (start marker at");
        if (source >= 0) {
            m = m.substring(0, source);
        }
        return m.strip();
    }
}
