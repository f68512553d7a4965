package dev.hireguide.content;

/** A plain page has no fields beyond the generic ones. */
public record PlainData() implements TypedData {
}
