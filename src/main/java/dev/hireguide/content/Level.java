package dev.hireguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A seniority level, written in lowercase in YAML: {@code junior}, {@code mid}, {@code senior}, {@code lead}. */
public enum Level {
    @JsonProperty("junior") JUNIOR("Junior"),
    @JsonProperty("mid") MID("Mid-level"),
    @JsonProperty("senior") SENIOR("Senior"),
    @JsonProperty("lead") LEAD("Lead");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The word shown to readers: Junior, Mid-level, Senior, Lead. */
    public String label() {
        return label;
    }

    /** The word written in YAML and used in ids and filters. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
