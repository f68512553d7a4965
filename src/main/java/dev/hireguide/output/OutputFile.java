package dev.hireguide.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One file of the built site: bytes to write, bytes to make when the file is written, or a source
 * file to copy.
 *
 * @param path     path under the output folder, with forward slashes
 * @param bytes    the content, or null when it is made later or the file is copied
 * @param copyFrom the file to copy, or null when the file has content
 * @param later    makes the content when the file is written, or null; pages are made this way so
 *                 that a build does not hold every page twice (as text and as bytes) at once
 */
public record OutputFile(String path, byte[] bytes, Path copyFrom, Supplier<byte[]> later) {

    public OutputFile(String path, byte[] bytes, Path copyFrom) {
        this(path, bytes, copyFrom, null);
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** A file whose text is made when it is written (each time it is asked for). */
    public static OutputFile textLater(String path, Supplier<String> text) {
        return new OutputFile(path, null, null, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    /** A file whose bytes are made when it is written (each time they are asked for). */
    public static OutputFile bytesLater(String path, Supplier<byte[]> bytes) {
        return new OutputFile(path, null, null, bytes);
    }

    public static OutputFile copy(String path, Path source) {
        return new OutputFile(path, null, source);
    }

    /** The content to write, made now if it is made later; null when the file is copied. */
    public byte[] content() {
        return bytes != null ? bytes : later != null ? later.get() : null;
    }
}
