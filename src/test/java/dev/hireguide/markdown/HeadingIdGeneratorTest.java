package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingIdGeneratorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Salary                     | salary",
            "Salary & Benefits          | salary--benefits",
            "What's the notice period?  | whats-the-notice-period",
            "Über Gehälter              | über-gehälter",
            "给工程师的薪资               | 给工程师的薪资",
            "C++ / C# developers        | c--c-developers",
            "snake_case and kebab-case  | snake_case-and-kebab-case",
            "Version 2.0 (2025)         | version-20-2025",
            "Ⅻ and ½                    | ⅻ-and-½",
            "🚀 Launch                  | -launch",
            "🚀                         | section",
            "!!!                        | section"})
    void makesGitHubStyleIds(String text, String id) {
        assertEquals(id, HeadingIdGenerator.slug(text));
    }
}
