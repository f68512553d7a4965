package dev.hireguide.search;

import dev.hireguide.output.OutputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every record as one JSON object per line (NDJSON), in the shape that Meilisearch, Typesense
 * and Algolia import as they are: {@code id} (and {@code objectID} for Algolia), {@code type},
 * {@code title}, an absolute {@code url}, {@code hierarchy}, {@code content} and the facet
 * fields {@code level}, {@code framework} and {@code category}.
 */
public final class RecordsFile {

    private RecordsFile() {
    }

    /** Writes the records to {@code file}, replacing it; {@code baseUrl} ends with a slash. */
    public static void write(Path file, List<SearchRecord> records, String baseUrl) throws OutputException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, ndjson(records, baseUrl));
        } catch (IOException e) {
            throw OutputException.failed("cannot write the search records to " + file + ": " + e.getMessage(),
                    "check that the folder exists and can be written; the site itself was written", e);
        }
    }

    /** The file's text; {@code baseUrl} ends with a slash. */
    public static String ndjson(List<SearchRecord> records, String baseUrl) {
        ScriptJson.Bytes out = new ScriptJson.Bytes(4096);
        for (SearchRecord record : records) {
            Map<String, Object> json = new LinkedHashMap<>();
            String id = safeId(record.id());
            json.put("id", id);
            json.put("objectID", id);
            json.put("type", record.type());
            json.put("title", record.title());
            json.put("url", baseUrl + record.url());
            json.put("hierarchy", record.hierarchy());
            json.put("content", record.content());
            json.put("level", record.levels());
            json.put("framework", record.frameworks());
            json.put("category", record.category());
            json.put("keywords", record.keywords());
            ScriptJson.write(out, json);
            out.add('\n');
        }
        return out.toString();
    }

    /**
     * The record id in the characters every engine accepts as a document id (Meilisearch allows
     * only {@code a-z A-Z 0-9 - _}): those stay, and any other character becomes {@code _} and
     * its UTF-8 bytes in hex, so {@code questions/fastapi#di} is {@code questions_2ffastapi_23di}.
     * The mapping is one to one, so ids stay unique and stable.
     */
    static String safeId(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                out.append((char) c);
            } else {
                out.append('_').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return out.isEmpty() ? "_" : out.toString();
    }
}
