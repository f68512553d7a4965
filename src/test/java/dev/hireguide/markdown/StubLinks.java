package dev.hireguide.markdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Page links for tests: a few pages by reference and by file, and an optional glossary. */
final class StubLinks implements PageLinks {

    private static final Map<String, LinkTarget> PAGES = Map.of(
            "frameworks/fastapi", LinkTarget.found("frameworks/fastapi", "/frameworks/fastapi/", "FastAPI"),
            "glossary/asgi", LinkTarget.found("glossary/asgi", "/glossary/asgi/", "ASGI"),
            "questions/fastapi", LinkTarget.found("questions/fastapi", "/questions/fastapi/", "FastAPI interview questions"));

    private final Glossary glossary;

    StubLinks(Glossary glossary) {
        this.glossary = glossary;
    }

    StubLinks() {
        this(Glossary.NONE);
    }

    static Glossary sampleGlossary() {
        return Glossary.of(List.of(
                new GlossaryTerm("glossary/asgi", "/glossary/asgi/", "The async server interface.",
                        List.of("ASGI", "Asynchronous Server Gateway Interface")),
                new GlossaryTerm("glossary/jwt", "/glossary/jwt/", "A signed token.", List.of("JWT", "JSON Web Token")),
                new GlossaryTerm("glossary/rest", "/glossary/rest/", "An API style.", List.of("REST")),
                new GlossaryTerm("glossary/event-loop", "/glossary/event-loop/", "Runs async tasks.", List.of("Event loop"))));
    }

    @Override
    public LinkTarget wiki(String reference) {
        LinkTarget target = PAGES.get(reference);
        return target != null ? target : LinkTarget.failed("unknown reference `" + reference + "`", "did you mean `frameworks/fastapi`?");
    }

    @Override
    public Optional<LinkTarget> file(String path) {
        if (path.equals("../roles/backend.md")) {
            return Optional.of(LinkTarget.found("roles/backend", "/roles/backend/", "Backend"));
        }
        if (path.equals("chart.png")) {
            return Optional.of(LinkTarget.found("", "/guides/chart.png", ""));
        }
        if (path.endsWith(".md")) {
            return Optional.of(LinkTarget.failed("no page `" + path + "`", "check the path"));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> pageOf(String url) {
        return url.equals("/glossary/jwt/") ? Optional.of("glossary/jwt") : Optional.empty();
    }

    @Override
    public Glossary glossary() {
        return glossary;
    }
}
