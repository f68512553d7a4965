package dev.hireguide.assemble;

import dev.hireguide.content.ComparisonData;
import dev.hireguide.content.ContentType;
import dev.hireguide.content.GuideData;
import dev.hireguide.content.PageMeta;
import dev.hireguide.content.QuestionsData;
import dev.hireguide.content.RoleData;
import dev.hireguide.content.TypedData;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference written in front matter: where it is (a JSON Pointer into the front matter),
 * what it says, and which type of page it must name (null for any).
 */
record ReferenceField(String pointer, String reference, ContentType expected) {

    /** Every reference a page's front matter makes. */
    static List<ReferenceField> of(PageMeta meta, TypedData data) {
        List<ReferenceField> fields = new ArrayList<>();
        list(fields, "/related", meta.related(), null);
        if (data instanceof GuideData guide) {
            one(fields, "/role", guide.role(), ContentType.ROLE);
            list(fields, "/frameworks", guide.frameworks(), ContentType.FRAMEWORK);
        } else if (data instanceof ComparisonData comparison) {
            list(fields, "/subjects", comparison.subjects(), ContentType.FRAMEWORK);
        } else if (data instanceof QuestionsData questions) {
            one(fields, "/role", questions.role(), ContentType.ROLE);
            list(fields, "/frameworks", questions.frameworks(), ContentType.FRAMEWORK);
        } else if (data instanceof RoleData role) {
            list(fields, "/frameworks", role.frameworks(), ContentType.FRAMEWORK);
        }
        return fields;
    }

    private static void one(List<ReferenceField> fields, String pointer, String reference, ContentType expected) {
        if (reference != null) {
            fields.add(new ReferenceField(pointer, reference, expected));
        }
    }

    private static void list(List<ReferenceField> fields, String pointer, List<String> references, ContentType expected) {
        for (int i = 0; i < references.size(); i++) {
            fields.add(new ReferenceField(pointer + "/" + i, references.get(i), expected));
        }
    }
}
