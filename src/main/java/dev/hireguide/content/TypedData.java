package dev.hireguide.content;

/**
 * The type-specific front matter of a page: one record per {@link ContentType}. Plain pages
 * have {@link PlainData}.
 */
public sealed interface TypedData permits PlainData, GuideData, ComparisonData, QuestionsData, RoleData,
        FrameworkData, TermData {
}
