package dev.hireguide.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The five GitHub alert types, written {@code > [!NOTE]} and so on. */
enum CalloutType {
    NOTE, TIP, IMPORTANT, WARNING, CAUTION;

    /** Marker names in the order GitHub documents them, for hints. */
    static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /** The type a marker names, ignoring case. */
    static Optional<CalloutType> fromMarker(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** {@code callout-note}: the type's class beside the shared {@code callout} class. */
    String cssClass() {
        return "callout-" + name().toLowerCase(Locale.ROOT);
    }

    /** {@code Note}: the heading shown at the top of the callout. */
    String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
