package dev.hireguide.yaml;

import dev.hireguide.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.hireguide.yaml.YamlAssertions.assertOnly;
import static dev.hireguide.yaml.YamlAssertions.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlBinderTest {

    enum Level { JUNIOR, MID, SENIOR }

    record Salary(int min, int max, String currency) {
        Salary {
            if (max < min) {
                throw new IllegalArgumentException("max " + max + " is below min " + min + ".");
            }
        }
    }

    record Market(YearMonth since, List<Salary> salary) {
    }

    record Guide(String title, String version, Level level, int weight, LocalDate asOf,
                 Integer staleAfterMonths, boolean draft, List<String> tags, Market market) {
    }

    record Odd(Instant at) {
    }

    private static final String GUIDE = """
            title: Hiring a Rust engineer
            version: 3.10
            level: senior
            weight: 10
            as_of: 2026-03-01
            stale_after_months: 6
            tags: [rust, systems]
            market:
              since: 2025-09
              salary:
                - min: 90000
                  max: 120000
                  currency: EUR
                - {min: 100000, max: 140000, currency: USD}
            """;

    private final YamlBinder binder = new YamlBinder();

    @Test
    void bindsNestedRecordWithListEnumIntDateAndNumericLookingText() {
        BindResult<Guide> result = binder.bind(document(GUIDE), "", Guide.class);

        assertEquals(List.of(), result.diagnostics());
        assertEquals(new Guide("Hiring a Rust engineer", "3.10", Level.SENIOR, 10, LocalDate.of(2026, 3, 1),
                6, false, List.of("rust", "systems"),
                new Market(YearMonth.of(2025, 9), List.of(
                        new Salary(90000, 120000, "EUR"), new Salary(100000, 140000, "USD")))),
                result.value().orElseThrow());
    }

    @Test
    void bindsSubtreeAtPointer() {
        BindResult<Salary> result = binder.bind(document(GUIDE), "/market/salary/1", Salary.class);

        assertEquals(new Salary(100000, 140000, "USD"), result.value().orElseThrow());
    }

    @Test
    void givesNoValueAndNoDiagnosticForAbsentOrEmptyNode() {
        YamlDocument doc = document("title: x\nmarket:\n");

        assertEquals(new BindResult<>(java.util.Optional.empty(), List.of()), binder.bind(doc, "/market", Market.class));
        assertEquals(new BindResult<>(java.util.Optional.empty(), List.of()), binder.bind(doc, "/absent", Market.class));
    }

    @Test
    void reportsUnknownKeyAtTheKeyWithDidYouMean() {
        BindResult<Guide> result = binder.bind(document("title: x\ntitel: y\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:1: error: unknown key 'titel'",
                "did you mean `title`?");
    }

    @Test
    void reportsUnknownNestedKeyWithItsMapping() {
        BindResult<Guide> result = binder.bind(document("market:\n  salary:\n    - min: 1\n      mxa: 2\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:5:7: error: unknown key 'mxa' in 'market.salary[0]'",
                "did you mean `max`?");
    }

    @Test
    void reportsEveryUnknownKeyOfAMappingItsRecordRefused() {
        // The typos leave max at 0, so Salary's constructor fails first; the typos are what to fix.
        BindResult<Salary> result = binder.bind(document("min: 1\nmxa: 2\ncurency: EUR\n"), "", Salary.class);

        assertEquals(List.of(
                "content/guides/rust.md:3:1: error: unknown key 'mxa'",
                "content/guides/rust.md:4:1: error: unknown key 'curency'"),
                result.diagnostics().stream().map(Diagnostic::headline).toList());
        assertEquals("did you mean `currency`?", result.diagnostics().get(1).hint());
    }

    @Test
    void listsKnownKeysWhenNothingIsClose() {
        BindResult<Salary> result = binder.bind(document("min: 1\nmax: 2\nbonus: 3\n"), "", Salary.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:4:1: error: unknown key 'bonus'",
                "known keys: currency, max, min");
    }

    @Test
    void reportsWrongTypeWithDottedPath() {
        BindResult<Guide> result = binder.bind(document("market:\n  salary:\n    - min: ten\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:4:12: error: 'market.salary[0].min' must be a whole number, not \"ten\"",
                "write plain digits, without quotes or leading zeros, such as 12");
    }

    @Test
    void reportsUnknownEnumValueWithDidYouMean() {
        BindResult<Guide> result = binder.bind(document("level: senoir\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:8: error: unknown value 'senoir' for 'level' (expected junior, mid, senior)",
                "did you mean `senior`?");
    }

    @Test
    void reportsUnknownEnumValueListingAllowedValues() {
        BindResult<Guide> result = binder.bind(document("level: expert\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:8: error: unknown value 'expert' for 'level' (expected junior, mid, senior)",
                "write one of the values listed");
    }

    @Test
    void acceptsEnumValueInAnyCase() {
        assertEquals(Level.MID, binder.bind(document("level: Mid\n"), "", Guide.class).value().orElseThrow().level());
    }

    @Test
    void refusesScalarWhereListIsExpected() {
        BindResult<Guide> result = binder.bind(document("tags: rust\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:7: error: 'tags' must be a list, not \"rust\"",
                "write one item per line starting with '- ', or [a, b] on one line");
    }

    @Test
    void refusesScalarWhereMappingIsExpected() {
        BindResult<Guide> result = binder.bind(document("market: big\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:9: error: 'market' must be a mapping, not \"big\"",
                "write its keys on the lines below, indented under it");
    }

    @Test
    void refusesDateThatIsNotOnTheCalendar() {
        BindResult<Guide> result = binder.bind(document("as_of: 2026-02-30\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:8: error: 'as_of' must be a date YYYY-MM-DD, not \"2026-02-30\"",
                "write a real date as YYYY-MM-DD, such as 2026-03-01");
    }

    @Test
    void refusesMonthInOtherForm() {
        BindResult<Guide> result = binder.bind(document("market:\n  since: March 2025\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:10: error: 'market.since' must be a month YYYY-MM, not \"March 2025\"",
                "write the month as YYYY-MM, such as 2026-03");
    }

    @Test
    void reportsNumberTooLargeForItsField() {
        BindResult<Guide> result = binder.bind(document("weight: 99999999999\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:9: error: 'weight' must be a whole number from -2147483648 to 2147483647, not 99999999999",
                "write a smaller number");
    }

    @Test
    void reportsRecordValidationFailureAtItsMapping() {
        BindResult<Guide> result = binder.bind(document("market:\n  salary:\n    - min: 5\n      max: 2\n"), "", Guide.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:4:7: error: 'market.salary[0]' is not valid: max 2 is below min 5",
                "");
    }

    @Test
    void reportsMissingFieldAtItsParentKey() {
        YamlDocument doc = document("title: x\nmarket:\n  salary: []\n");

        Diagnostic nested = YamlBinder.missingField(doc, "/market", "since", "add 'since: 2026-01'");
        Diagnostic root = YamlBinder.missingField(doc, "", "level", "add 'level: senior'");

        assertEquals("content/guides/rust.md:3:1: error: missing key 'since' in 'market'", nested.headline());
        assertEquals("add 'since: 2026-01'", nested.hint());
        assertEquals("content/guides/rust.md:2:1: error: missing key 'level'", root.headline());
    }

    @Test
    void reportsTypeItCannotBindWithoutThrowing() {
        BindResult<Odd> result = binder.bind(document("at: 2026-03-01T10:00:00Z\n"), "", Odd.class);

        assertTrue(result.value().isEmpty());
        assertEquals(1, result.diagnostics().size());
        assertTrue(result.diagnostics().get(0).hint().contains("bug in hireguide"), result.diagnostics().toString());
    }

    @Test
    void reportsInvalidPointerWithoutThrowing() {
        BindResult<Market> result = binder.bind(document(GUIDE), "market", Market.class);

        assertTrue(result.value().isEmpty());
        assertEquals(1, result.diagnostics().size());
    }

    @Test
    void bindsFromManyThreadsWithOneBinder() throws Exception {
        YamlDocument doc = document(GUIDE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BindResult<Guide>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> binder.bind(doc, "", Guide.class)));
            }
            for (Future<BindResult<Guide>> f : results) {
                assertEquals("3.10", f.get().value().orElseThrow().version());
            }
        } finally {
            pool.shutdown();
        }
    }
}
