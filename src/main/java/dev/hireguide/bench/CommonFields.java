package dev.hireguide.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields every page has, which both hireguide and Hugo read: the rest of a page's front
 * matter is hireguide's own.
 *
 * @param updated null when the page was never revised
 * @param weight  null when the page has no explicit order
 */
record CommonFields(String title, String description, LocalDate date, LocalDate updated, List<String> tags,
                    Integer weight) {

    CommonFields {
        tags = List.copyOf(tags);
    }

    /** The fields as hireguide reads them. */
    String hireguideYaml() {
        return yaml("updated");
    }

    /** The fields as Hugo reads them: Hugo calls the revision date {@code lastmod}. */
    String hugoYaml() {
        return yaml("lastmod");
    }

    private String yaml(String updatedKey) {
        YamlText yaml = new YamlText().text(0, "title", title);
        if (!description.isEmpty()) {
            yaml.text(0, "description", description);
        }
        yaml.plain(0, "date", date);
        if (updated != null) {
            yaml.plain(0, updatedKey, updated);
        }
        if (!tags.isEmpty()) {
            yaml.list(0, "tags", tags);
        }
        if (weight != null) {
            yaml.plain(0, "weight", weight);
        }
        return yaml.toString();
    }
}
