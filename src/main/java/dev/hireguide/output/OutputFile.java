package dev.hireguide.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One file of the built site: either bytes to write or a source file to copy.
 *
 * @param path     path under the output folder, with forward slashes
 * @param bytes    the content, or null when the file is copied
 * @param copyFrom the file to copy, or null when bytes are given
 */
public record OutputFile(String path, byte[] bytes, Path copyFrom) {

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static OutputFile copy(String path, Path source) {
        return new OutputFile(path, null, source);
    }
}
