package dev.hireguide.bench;

import java.util.List;

/**
 * Short code blocks in the languages hiring guides quote, with names drawn from the vocabulary,
 * so that every page has a fenced block of realistic length and punctuation.
 */
final class CodeSamples {

    private CodeSamples() {
    }

    private record Sample(String language, String text) {
    }

    // {verb}, {noun} and {adjective} are replaced by identifiers; nothing else in a sample changes.
    private static final List<Sample> SAMPLES = List.of(
            new Sample("python", """
                    from fastapi import Depends, FastAPI, HTTPException

                    app = FastAPI()


                    @app.get("/{noun}s/{item_id}")
                    async def {verb}_{noun}(item_id: int, db=Depends(get_db)) -> dict:
                        row = await db.fetch_one("SELECT * FROM {noun} WHERE id = :id", {"id": item_id})
                        if row is None:
                            raise HTTPException(status_code=404, detail="{noun} not found")
                        return {"id": item_id, "state": "{adjective}"}
                    """),
            new Sample("typescript", """
                    import { Router } from "express";

                    export const router = Router();

                    router.post("/{noun}s", async (req, res) => {
                      const {noun} = await {verb}{Noun}(req.body);
                      if (!{noun}) {
                        return res.status(422).json({ error: "{adjective} input" });
                      }
                      res.status(201).json({noun});
                    });
                    """),
            new Sample("java", """
                    @RestController
                    @RequestMapping("/{noun}s")
                    class {Noun}Controller {

                        private final {Noun}Service service;

                        {Noun}Controller({Noun}Service service) {
                            this.service = service;
                        }

                        @PostMapping("/{id}/{verb}")
                        ResponseEntity<{Noun}> {verb}(@PathVariable long id) {
                            return ResponseEntity.ok(service.{verb}(id, "{adjective}"));
                        }
                    }
                    """),
            new Sample("go", """
                    func {Verb}{Noun}(ctx context.Context, db *sql.DB, id int64) (*{Noun}, error) {
                    	row := db.QueryRowContext(ctx, "SELECT id, state FROM {noun} WHERE id = $1", id)
                    	var n {Noun}
                    	if err := row.Scan(&n.ID, &n.State); err != nil {
                    		return nil, fmt.Errorf("{verb} {noun} %d: %w", id, err)
                    	}
                    	n.State = "{adjective}"
                    	return &n, nil
                    }
                    """),
            new Sample("sql", """
                    -- Candidates who reached the {adjective} stage, per {noun}, this quarter.
                    SELECT {noun}_id, count(*) AS candidates, avg(days_in_stage) AS days
                    FROM pipeline_events
                    WHERE stage = '{verb}'
                      AND created_at >= date_trunc('quarter', now())
                    GROUP BY {noun}_id
                    ORDER BY candidates DESC
                    LIMIT 20;
                    """),
            new Sample("yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: {noun}-{verb}
                      labels: {app: {noun}, tier: {adjective}}
                    spec:
                      replicas: 3
                      template:
                        spec:
                          containers:
                            - name: {noun}
                              image: registry.example.com/{noun}:1.4.2
                              resources: {limits: {memory: 512Mi, cpu: 500m}}
                    """));

    /** A fenced code block, with its language, ending with a newline. */
    static String block(Prose prose) {
        Sample sample = prose.pick(SAMPLES);
        String verb = identifier(prose.pick(Vocabulary.VERBS));
        String noun = identifier(prose.pick(Vocabulary.TECH_NOUNS));
        String text = sample.text()
                .replace("{verb}", verb).replace("{Verb}", upper(verb))
                .replace("{noun}", noun).replace("{Noun}", upper(noun))
                .replace("{adjective}", identifier(prose.pick(Vocabulary.ADJECTIVES)));
        return "```" + sample.language() + "\n" + text + "```\n";
    }

    private static String identifier(String words) {
        return PageNames.slug(words).replace('-', '_');
    }

    private static String upper(String identifier) {
        StringBuilder out = new StringBuilder();
        for (String part : identifier.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
