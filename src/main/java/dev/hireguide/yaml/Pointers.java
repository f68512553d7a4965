package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointer helpers, and the dotted names ({@code market.salary[0].min}) that editors read in messages. */
final class Pointers {

    private Pointers() {
    }

    /** The pointer of a child named {@code token} (a key or a list index) under {@code parent}. */
    static String child(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer one level up; the root's parent is the root. */
    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped tokens of a pointer: {@code "/a/0"} gives {@code [a, 0]}. */
    static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /**
     * The name an editor recognises: keys joined by dots, list indexes in brackets. The tree
     * decides whether a numeric token is an index or a key that happens to be a number.
     */
    static String dotted(JsonNode root, String pointer) {
        StringBuilder out = new StringBuilder();
        JsonNode node = root;
        for (String token : tokens(pointer)) {
            if (node != null && node.isArray()) {
                out.append('[').append(token).append(']');
                node = token.matches("\\d+") ? node.get(Integer.parseInt(token)) : null;
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(token);
                node = node == null ? null : node.get(token);
            }
        }
        return out.toString();
    }
}
