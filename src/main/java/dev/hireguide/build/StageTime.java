package dev.hireguide.build;

import java.time.Duration;

/** How long one stage of a build took. */
public record StageTime(String stage, Duration time) {
}
