package dev.hireguide.template;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;

import java.io.Writer;

/**
 * Where a page's template writes. A {@link java.io.StringWriter} appends to a synchronized
 * {@link StringBuffer}, and every print took its lock; a page is only ever written by one
 * thread, so this writer appends to a plain {@link StringBuilder}. Pebble prints numbers and
 * strings through {@link SpecializedWriter} without first turning them into strings.
 */
final class PageOutput extends Writer implements SpecializedWriter {

    /** Room for a typical page, so that most pages never grow the buffer. */
    private static final int START_CAPACITY = 32 * 1024;

    private final StringBuilder text = new StringBuilder(START_CAPACITY);
    private final TemplateTexts templateTexts;

    PageOutput(TemplateTexts templateTexts) {
        this.templateTexts = templateTexts;
    }

    @Override
    public void writeSpecialized(int i) {
        text.append(i);
    }

    @Override
    public void writeSpecialized(long l) {
        text.append(l);
    }

    @Override
    public void writeSpecialized(double d) {
        text.append(d);
    }

    @Override
    public void writeSpecialized(float f) {
        text.append(f);
    }

    @Override
    public void writeSpecialized(short s) {
        text.append(s);
    }

    @Override
    public void writeSpecialized(byte b) {
        text.append(b);
    }

    @Override
    public void writeSpecialized(char c) {
        text.append(c);
    }

    @Override
    public void writeSpecialized(String s) {
        text.append(s);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        // Pebble writes the text between tags as whole arrays: see TemplateTexts.
        String known = offset == 0 && length == chars.length ? templateTexts.of(chars) : null;
        if (known != null) {
            text.append(known);
        } else {
            text.append(chars, offset, length);
        }
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
        // Nothing is buffered on the way to the builder.
    }

    @Override
    public void close() {
        // Closing a string has no effect, as with StringWriter.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
