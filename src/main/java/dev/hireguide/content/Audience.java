package dev.hireguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who may read a page or a field: everyone, or only people inside the company. A public
 * build leaves out everything internal; an internal build includes all of it and marks it.
 */
public enum Audience {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("internal") INTERNAL;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether content for {@code content} may appear in a build for this audience. */
    public boolean sees(Audience content) {
        return this == INTERNAL || content == PUBLIC;
    }
}
