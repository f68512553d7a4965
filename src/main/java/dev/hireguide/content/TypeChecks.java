package dev.hireguide.content;

import dev.hireguide.content.ComparisonData.Criterion;
import dev.hireguide.content.ComparisonData.Decision;
import dev.hireguide.content.GuideData.Market;
import dev.hireguide.content.GuideData.Range;
import dev.hireguide.content.QuestionsData.Question;
import dev.hireguide.content.RoleData.LevelExpectation;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.Suggestions;
import dev.hireguide.yaml.YamlBinder;
import dev.hireguide.yaml.YamlDocument;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of each content type that need only the page itself: required fields, ranges
 * in order, every comparison cell filled, unique question ids. References to other pages are
 * checked when the site is assembled.
 */
final class TypeChecks {

    /** Question ids become anchors, so they follow the same rules as heading ids. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final int SHORT_LIMIT = 160;

    private final YamlDocument doc;
    private final List<Diagnostic> out = new ArrayList<>();

    private TypeChecks(YamlDocument doc) {
        this.doc = doc;
    }

    static List<Diagnostic> check(TypedData data, YamlDocument doc) {
        TypeChecks checks = new TypeChecks(doc);
        // Java 17 has no pattern matching in switch yet, hence the chain.
        if (data instanceof GuideData guide) {
            checks.guide(guide);
        } else if (data instanceof ComparisonData comparison) {
            checks.comparison(comparison);
        } else if (data instanceof QuestionsData questions) {
            checks.questions(questions);
        } else if (data instanceof RoleData role) {
            checks.role(role);
        } else if (data instanceof FrameworkData framework) {
            checks.required(framework.name(), "", "name", "add `name: FastAPI`");
        } else if (data instanceof TermData term) {
            checks.term(term);
        }
        return List.copyOf(checks.out);
    }

    private void guide(GuideData guide) {
        Market market = guide.market();
        if (market == null) {
            missing("", "market", "add a `market:` snapshot with at least `as_of:` and `source:` (see README.md, \"guide\")");
            return;
        }
        if (market.asOf() == null) {
            missing("/market", "as_of", "add `as_of: 2026-01`, the year and month the figures describe");
        }
        if (market.source() == null) {
            missing("/market", "source", "add `source:` with the `name:` of where the figures come from");
        } else {
            required(market.source().name(), "/market/source", "name", "name where the figures come from");
        }
        if (market.salary() != null) {
            salary(market);
        }
        if (market.timeToHireWeeks() != null) {
            GuideData.WeekRange weeks = market.timeToHireWeeks();
            if (weeks.min() == null || weeks.max() == null) {
                missing("/market/time_to_hire_weeks", weeks.min() == null ? "min" : "max", "give both `min:` and `max:` weeks");
            } else if (weeks.min() < 0 || weeks.min() > weeks.max()) {
                error("/market/time_to_hire_weeks/min", "time to hire min " + weeks.min() + " is above its max "
                        + weeks.max() + " weeks", "the smaller number goes in `min:`");
            }
        }
    }

    private void salary(Market market) {
        required(market.currency(), "/market", "currency", "add `currency: USD` (an ISO 4217 code)");
        required(market.region(), "/market", "region", "add the region the salaries are for, e.g. `region: United States`");
        if (market.currency() != null && !isCurrency(market.currency())) {
            error("/market/currency", "unknown currency `" + market.currency() + "`",
                    "use an ISO 4217 code such as USD, EUR or GBP");
        }
        Map<Level, Range> ranges = new java.util.LinkedHashMap<>();
        ranges.put(Level.JUNIOR, market.salary().junior());
        ranges.put(Level.MID, market.salary().mid());
        ranges.put(Level.SENIOR, market.salary().senior());
        ranges.put(Level.LEAD, market.salary().lead());
        Level previous = null;
        for (Map.Entry<Level, Range> entry : ranges.entrySet()) {
            Level level = entry.getKey();
            Range range = entry.getValue();
            String at = "/market/salary/" + level.key();
            if (range == null) {
                if (level != Level.LEAD) {
                    missing("/market/salary", level.key(), "add `" + level.key() + ": {min: …, max: …}`");
                }
                continue;
            }
            if (range.min() == null || range.max() == null) {
                missing(at, range.min() == null ? "min" : "max", "give both `min:` and `max:`");
                continue;
            }
            if (range.min() < 0) {
                error(at + "/min", level.key() + " salary min is negative", "salaries are positive amounts");
            } else if (range.min() > range.max()) {
                error(at + "/min", level.key() + " salary min " + range.min() + " is above its max " + range.max(),
                        "the smaller figure goes in `min:`");
            } else if (previous != null && ranges.get(previous) != null && ranges.get(previous).min() != null
                    && ranges.get(previous).max() != null
                    && (range.min() < ranges.get(previous).min() || range.max() < ranges.get(previous).max())) {
                out.add(Diagnostic.warning(doc.positionOf(at), level.key() + " salary range " + range.min() + "–"
                        + range.max() + " lies below the " + previous.key() + " range " + ranges.get(previous).min()
                        + "–" + ranges.get(previous).max(), "check the figures: a higher level usually pays more"));
            }
            previous = level;
        }
    }

    private void comparison(ComparisonData comparison) {
        List<String> subjects = comparison.subjects();
        if (subjects.size() < 2) {
            if (subjects.isEmpty()) {
                missing("", "subjects", "add `subjects: [fastapi, flask]`: the frameworks to compare");
            } else {
                error("/subjects", "a comparison needs at least two subjects", "add the frameworks to compare");
            }
        }
        duplicates(subjects, "/subjects", "subject");
        if (comparison.criteria().isEmpty()) {
            missing("", "criteria", "add `criteria:`, each with a `name:` and `values:` for every subject");
        }
        for (int i = 0; i < comparison.criteria().size(); i++) {
            Criterion criterion = comparison.criteria().get(i);
            String at = "/criteria/" + i;
            required(criterion.name(), at, "name", "name what the row compares, e.g. `name: Performance`");
            String label = criterion.name() == null ? "#" + (i + 1) : "'" + criterion.name() + "'";
            for (String subject : subjects) {
                String value = criterion.values().get(subject);
                if (value == null || value.isBlank()) {
                    error(criterion.values().isEmpty() ? at : at + "/values",
                            "criterion " + label + " has no value for `" + subject + "`",
                            "add `" + subject + ": …` under `values:`, or `" + subject + ": n/a`");
                }
            }
            onlySubjects(criterion.values().keySet(), subjects, at + "/values");
            onlySubjects(criterion.ratings().keySet(), subjects, at + "/ratings");
            criterion.ratings().forEach((subject, rating) -> {
                if (rating == null || rating < 1 || rating > 5) {
                    error(at + "/ratings/" + PageParser.escape(subject), "rating " + rating + " for `" + subject
                            + "` is not between 1 and 5", "rate from 1 (weakest) to 5 (strongest)");
                }
            });
        }
        for (int i = 0; i < comparison.decisions().size(); i++) {
            Decision decision = comparison.decisions().get(i);
            String at = "/decisions/" + i;
            required(decision.useCase(), at, "use_case", "describe the situation, e.g. `use_case: A new async API`");
            required(decision.why(), at, "why", "say in a sentence why the choice fits");
            if (decision.choice() == null) {
                missing(at, "choice", "name one of the subjects");
            } else if (!subjects.contains(decision.choice())) {
                error(at + "/choice", "choice `" + decision.choice() + "` is not one of the subjects",
                        Suggestions.didYouMean(decision.choice(), subjects, "subjects"));
            }
        }
        onlySubjects(comparison.chooseWhen().keySet(), subjects, "/choose_when");
    }

    private void questions(QuestionsData guide) {
        if (guide.questions().isEmpty()) {
            missing("", "questions", "add `questions:`, a list of questions (see README.md, \"questions\")");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < guide.questions().size(); i++) {
            Question question = guide.questions().get(i);
            String at = "/questions/" + i;
            if (question.id() == null) {
                missing(at, "id", "add `id: dependency-injection`: unique in this guide, it becomes the anchor");
            } else if (!ID.matcher(question.id()).matches()) {
                error(at + "/id", "question id `" + question.id() + "` is not a valid anchor",
                        "use lowercase letters, digits and dashes, like `dependency-injection`");
            } else if (seen.containsKey(question.id())) {
                error(at + "/id", "question id `" + question.id() + "` is already used on line "
                        + doc.positionOf("/questions/" + seen.get(question.id()) + "/id").line(),
                        "ids must be unique in a guide; they become the questions' anchors");
            } else {
                seen.put(question.id(), i);
            }
            required(question.question(), at, "question", "write the question itself");
            required(question.category(), at, "category", "group the question, e.g. `category: Core concepts`");
            if (question.level().isEmpty()) {
                missing(at, "level", "add `level: junior`, or a list such as `level: [mid, senior]`");
            }
        }
    }

    private void role(RoleData role) {
        Map<Level, Integer> seen = new HashMap<>();
        for (int i = 0; i < role.levels().size(); i++) {
            LevelExpectation level = role.levels().get(i);
            String at = "/levels/" + i;
            if (level.level() == null) {
                missing(at, "level", "add `level: junior` (junior, mid, senior or lead)");
            } else if (seen.containsKey(level.level())) {
                error(at + "/level", "level `" + level.level().key() + "` is already described on line "
                        + doc.positionOf("/levels/" + seen.get(level.level()) + "/level").line(),
                        "describe each level once");
            } else {
                seen.put(level.level(), i);
            }
        }
    }

    private void term(TermData term) {
        required(term.term(), "", "term", "add `term: ASGI`, the term as recruiters meet it");
        required(term.shortText(), "", "short", "add `short:`, one sentence of at most " + SHORT_LIMIT + " characters");
        if (term.shortText() != null && term.shortText().codePointCount(0, term.shortText().length()) > SHORT_LIMIT) {
            error("/short", "short is " + term.shortText().codePointCount(0, term.shortText().length())
                    + " characters long, the limit is " + SHORT_LIMIT, "keep it to one sentence; say more in the body");
        }
    }

    private void onlySubjects(Iterable<String> keys, List<String> subjects, String at) {
        for (String key : keys) {
            if (!subjects.contains(key)) {
                error(at + "/" + PageParser.escape(key), "`" + key + "` is not one of the subjects",
                        Suggestions.didYouMean(key, subjects, "subjects"));
            }
        }
    }

    private void duplicates(List<String> items, String at, String what) {
        for (int i = 0; i < items.size(); i++) {
            if (items.indexOf(items.get(i)) < i) {
                error(at + "/" + i, what + " `" + items.get(i) + "` is listed twice", "list each " + what + " once");
            }
        }
    }

    private void required(String value, String parent, String key, String hint) {
        if (value == null || value.isBlank()) {
            missing(parent, key, hint);
        }
    }

    private void missing(String parent, String key, String hint) {
        out.add(YamlBinder.missingField(doc, parent, key, hint));
    }

    private void error(String pointer, String message, String hint) {
        out.add(Diagnostic.error(doc.positionOf(pointer), message, hint));
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
