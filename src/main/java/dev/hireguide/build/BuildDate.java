package dev.hireguide.build;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date a build is for: today in UTC, or the day of {@code SOURCE_DATE_EPOCH} when that is
 * set, so that a build can be reproduced later with the same result.
 */
public final class BuildDate {

    private BuildDate() {
    }

    public static LocalDate today() {
        return of(System.getenv("SOURCE_DATE_EPOCH"), Instant.now());
    }

    static LocalDate of(String sourceDateEpoch, Instant now) {
        Instant when = now;
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            when = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        return LocalDate.ofInstant(when, ZoneOffset.UTC);
    }
}
