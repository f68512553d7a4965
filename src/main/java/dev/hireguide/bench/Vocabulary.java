package dev.hireguide.bench;

import java.util.List;

/**
 * The words synthetic pages are written with: hiring and engineering vocabulary, so that the
 * corpus has the word lengths, punctuation and names of a real hiring site rather than lorem
 * ipsum. Lists only grow at their ends, since a word's position decides what a seed produces.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final List<String> HIRING_NOUNS = List.of(
            "candidate", "interview", "recruiter", "offer", "pipeline", "referral", "phone screen", "rubric",
            "scorecard", "panel", "onboarding", "headcount", "requisition", "compensation", "equity", "bonus",
            "benefits package", "shortlist", "assessment", "take-home exercise", "feedback", "calibration", "debrief",
            "hiring manager", "job description", "sourcing channel", "career page", "talent pool", "notice period",
            "counteroffer", "probation", "reference check", "salary band", "level", "promotion", "team lead",
            "background check", "signing bonus", "relocation", "remote policy", "hiring plan", "interview loop",
            "pair-programming session", "system design round", "culture add", "employer brand", "retention",
            "attrition", "time to hire", "acceptance rate", "pass-through rate", "job board", "contractor",
            "apprentice", "staff engineer", "principal engineer", "engineering manager", "portfolio", "résumé",
            "cover letter", "work sample");

    static final List<String> TECH_NOUNS = List.of(
            "service", "endpoint", "database", "schema", "migration", "query", "index", "cache", "queue",
            "worker", "deployment", "container", "cluster", "test suite", "fixture", "dependency", "package",
            "module", "runtime", "compiler", "API", "protocol", "request", "response", "latency", "throughput",
            "outage", "incident", "rollback", "release", "branch", "code review", "metric", "log line", "trace",
            "alert", "dashboard", "feature flag", "build pipeline", "load balancer", "message broker",
            "event stream", "data model", "type system", "garbage collector", "thread pool", "event loop",
            "connection pool", "ORM", "REST API", "GraphQL schema", "webhook", "background job", "cron job",
            "CI job", "pull request", "monorepo", "microservice", "monolith", "state machine", "retry policy",
            "rate limiter", "circuit breaker", "read replica", "write-ahead log", "transaction", "deadlock",
            "race condition", "memory leak", "hot path", "cold start", "runbook", "post-mortem", "SLO",
            "error budget", "on-call rotation", "secret", "access token", "permission model", "audit log",
            "test double", "integration test", "unit test", "benchmark", "profiler", "flame graph");

    static final List<String> VERBS = List.of(
            "design", "ship", "debug", "profile", "refactor", "deploy", "review", "mentor", "document",
            "estimate", "measure", "automate", "migrate", "scale", "test", "monitor", "explain", "own",
            "prioritise", "negotiate", "assess", "screen", "compare", "evaluate", "question", "simplify",
            "instrument", "harden", "secure", "version", "model", "cache", "shard", "replicate", "benchmark",
            "untangle", "isolate", "reproduce", "trace", "validate", "serialise", "paginate", "batch",
            "schedule", "retry", "configure", "containerise", "observe", "roll back", "pair on", "onboard",
            "interview", "calibrate", "sponsor", "hire", "retain", "coach", "delegate", "plan", "deliver");

    static final List<String> ADJECTIVES = List.of(
            "reliable", "scalable", "asynchronous", "typed", "concurrent", "distributed", "idempotent",
            "pragmatic", "senior", "junior", "strong", "weak", "clear", "vague", "thorough", "shallow", "deep",
            "production-grade", "legacy", "greenfield", "critical", "flaky", "slow", "fast", "readable",
            "maintainable", "brittle", "robust", "observable", "stateless", "stateful", "event-driven",
            "well-tested", "untested", "secure", "compliant", "cost-aware", "customer-facing", "internal",
            "cross-functional", "remote-first", "hybrid", "hands-on", "structured", "unstructured", "fair",
            "consistent", "biased", "calibrated", "competitive", "realistic", "ambitious", "measurable",
            "repeatable", "incremental", "pragmatic", "thoughtful", "curious", "collaborative", "autonomous");

    static final List<String> OPENERS = List.of(
            "In practice,", "In our experience,", "Usually,", "More often than not,", "For most teams,",
            "During the interview,", "At the screening stage,", "On a good day,", "In a tight market,",
            "For a first hire,", "When the team is small,", "As the team grows,", "For senior roles,",
            "For junior roles,", "Before the offer,", "After the debrief,", "In the first ninety days,",
            "Across regions,", "In regulated industries,", "At scale,");

    static final List<String> PEOPLE = List.of(
            "strong candidates", "hiring managers", "recruiters", "interviewers", "most applicants",
            "senior engineers", "junior developers", "the panel", "the team", "good teams", "contractors",
            "staff engineers", "engineering managers", "the best candidates", "new hires");

    static final List<String> LINKERS = List.of(
            "because", "while", "so that", "before", "after", "unless", "even when", "as long as", "whereas",
            "although");

    static final List<String> TECHNOLOGIES = List.of(
            "Python", "Java", "Go", "Rust", "TypeScript", "JavaScript", "Kotlin", "Swift", "C#", "Ruby", "PHP",
            "Scala", "Elixir", "SQL", "PostgreSQL", "MySQL", "Redis", "Kafka", "RabbitMQ", "Kubernetes",
            "Docker", "Terraform", "AWS", "Google Cloud", "Azure", "GraphQL", "gRPC", "OpenTelemetry",
            "Prometheus", "Elasticsearch", "MongoDB", "Cassandra", "Snowflake", "BigQuery", "Linux", "Git",
            "GitHub Actions", "Jenkins", "WebAssembly", "OAuth 2.0");

    /** Real frameworks first: name, language, kind. Synthetic ones are made from the lists after them. */
    static final List<String[]> FRAMEWORKS = List.of(
            new String[] {"FastAPI", "Python", "web framework"}, new String[] {"Django", "Python", "web framework"},
            new String[] {"Flask", "Python", "web framework"}, new String[] {"Starlette", "Python", "web toolkit"},
            new String[] {"Django REST Framework", "Python", "API toolkit"},
            new String[] {"Express", "JavaScript", "web framework"}, new String[] {"NestJS", "TypeScript", "web framework"},
            new String[] {"Spring Boot", "Java", "application framework"}, new String[] {"Quarkus", "Java", "application framework"},
            new String[] {"Micronaut", "Java", "application framework"}, new String[] {"Ruby on Rails", "Ruby", "web framework"},
            new String[] {"Laravel", "PHP", "web framework"}, new String[] {"Symfony", "PHP", "web framework"},
            new String[] {"ASP.NET Core", "C#", "web framework"}, new String[] {"Gin", "Go", "web framework"},
            new String[] {"Echo", "Go", "web framework"}, new String[] {"Actix Web", "Rust", "web framework"},
            new String[] {"Axum", "Rust", "web framework"}, new String[] {"Phoenix", "Elixir", "web framework"},
            new String[] {"React", "JavaScript", "UI library"}, new String[] {"Vue", "JavaScript", "UI framework"},
            new String[] {"Angular", "TypeScript", "UI framework"}, new String[] {"Svelte", "JavaScript", "UI framework"},
            new String[] {"Next.js", "TypeScript", "web framework"}, new String[] {"Nuxt", "JavaScript", "web framework"},
            new String[] {"Flutter", "Dart", "mobile framework"}, new String[] {"React Native", "JavaScript", "mobile framework"},
            new String[] {"SwiftUI", "Swift", "UI framework"}, new String[] {"Jetpack Compose", "Kotlin", "UI framework"},
            new String[] {"PyTorch", "Python", "machine learning library"},
            new String[] {"TensorFlow", "Python", "machine learning library"},
            new String[] {"scikit-learn", "Python", "machine learning library"},
            new String[] {"pandas", "Python", "data library"}, new String[] {"Apache Spark", "Scala", "data engine"},
            new String[] {"dbt", "SQL", "data tool"}, new String[] {"Apache Airflow", "Python", "workflow engine"},
            new String[] {"Ktor", "Kotlin", "web framework"}, new String[] {"Vert.x", "Java", "toolkit"},
            new String[] {"Hibernate", "Java", "ORM"}, new String[] {"SQLAlchemy", "Python", "ORM"});

    static final List<String> NAME_ROOTS = List.of(
            "Astra", "Bolt", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Helix", "Iris", "Juniper", "Kestrel",
            "Lumen", "Marble", "Nimbus", "Onyx", "Pylon", "Quill", "Raven", "Sable", "Tundra", "Umber", "Vega",
            "Willow", "Xenon", "Yarrow", "Zephyr");

    static final List<String> NAME_ENDINGS = List.of(
            "Kit", "Flow", "Forge", "Stack", "Base", "Mesh", "Grid", "Wire", "Hub", "Lab", "Core", "Works",
            "Frame", "Loop", "Gate", "Port", "Dash", "Line", "Shift", "Scope");

    static final List<String> LANGUAGES = List.of(
            "Python", "Java", "Go", "Rust", "TypeScript", "Kotlin", "C#", "Ruby", "PHP", "Elixir", "Scala", "Swift");

    static final List<String> KINDS = List.of(
            "web framework", "UI framework", "ORM", "testing framework", "data library", "workflow engine",
            "API toolkit", "mobile framework");

    static final List<String> SPECIALTIES = List.of(
            "Backend", "Frontend", "Full-stack", "Platform", "Data", "Mobile", "Machine learning", "Security",
            "Site reliability", "Quality", "Embedded", "Cloud", "DevOps", "Game", "Payments", "Search",
            "Infrastructure", "Analytics", "Integration", "Developer experience");

    static final List<String> ROLE_NOUNS = List.of("engineer", "developer", "specialist", "architect");

    static final List<String> TEAMS = List.of(
            "checkout", "growth", "identity", "billing", "logistics", "risk", "ads", "catalogue", "messaging",
            "maps", "notifications", "pricing", "fraud", "support tools", "partner APIs", "reporting");

    static final List<String> FAMILIES = List.of("Engineering", "Data", "Product engineering", "Infrastructure");

    static final List<String> QUESTION_TOPICS = List.of(
            "fundamentals", "performance", "testing", "security", "architecture", "debugging", "data modelling",
            "concurrency", "deployment", "code review", "API design", "observability");

    static final List<String> QUESTION_CATEGORIES = List.of(
            "Core concepts", "Design", "Debugging", "Testing", "Operations", "Collaboration");

    static final List<String> CRITERIA = List.of(
            "Performance", "Learning curve", "Hiring pool", "Ecosystem", "Testing story", "Operational cost",
            "Type safety", "Community");

    static final List<String> TERM_MODIFIERS = List.of(
            "Eventual", "Strong", "Optimistic", "Pessimistic", "Distributed", "Blue-green", "Canary", "Rolling",
            "Horizontal", "Vertical", "Lazy", "Eager", "Idempotent", "Atomic", "Immutable", "Stateless",
            "Reactive", "Declarative", "Imperative", "Structured", "Semantic", "Synthetic", "Chaos", "Contract",
            "Snapshot", "Property-based", "Zero-downtime", "Multi-tenant", "Serverless", "Edge", "Streaming",
            "Batch", "Columnar", "In-memory", "Write-through", "Read-through", "Two-phase", "Leader", "Sticky",
            "Exponential");

    static final List<String> TERM_NOUNS = List.of(
            "consistency", "locking", "deployment", "scaling", "loading", "caching", "replication", "sharding",
            "partitioning", "logging", "monitoring", "testing", "versioning", "migration", "rendering",
            "hydration", "serialisation", "compilation", "dispatch", "routing", "backoff", "election",
            "sessions", "transactions", "indexing", "storage", "queries", "pipelines", "typing", "tracing");

    static final List<String> HANDBOOK_TOPICS = List.of(
            "writing a job description", "running a debrief", "structured interviews", "take-home exercises",
            "closing an offer", "reference checks", "interviewer training", "reducing bias", "remote hiring",
            "hiring contractors", "salary bands", "onboarding plans", "sourcing engineers", "employer branding",
            "internal mobility", "hiring metrics");

    /** Regions with their currency and a salary factor against United States dollars. */
    static final List<Region> REGIONS = List.of(
            new Region("United States", "USD", 1.0, 1000), new Region("Germany", "EUR", 0.72, 1000),
            new Region("United Kingdom", "GBP", 0.6, 1000), new Region("India", "INR", 24, 10000),
            new Region("Poland", "PLN", 1.6, 1000), new Region("Brazil", "BRL", 1.7, 1000),
            new Region("Canada", "CAD", 1.05, 1000), new Region("Netherlands", "EUR", 0.7, 1000),
            new Region("Spain", "EUR", 0.5, 1000), new Region("Singapore", "SGD", 1.1, 1000),
            new Region("Australia", "AUD", 1.3, 1000), new Region("Japan", "JPY", 95, 100000));

    /** A market: where, in which currency, and how salaries there compare with the United States'. */
    record Region(String name, String currency, double factor, int roundTo) {
    }

    static final List<String> SOURCES = List.of(
            "Example salary survey 2026", "Internal offer data, last two quarters", "Recruiter market scan",
            "Regional compensation report", "Public job postings sample");
}
