package dev.hireguide.assemble;

import dev.hireguide.content.Audience;
import dev.hireguide.content.PageSource;

import java.util.Map;

/**
 * The audience of each page: its own {@code audience:}, else that of the nearest section
 * {@code _index.md} above it that sets one, else the site's {@code page_audience}. So marking a
 * section internal marks everything in it.
 */
final class Audiences {

    private final Map<String, PageSource> indexByFolder;
    private final Audience siteDefault;

    Audiences(Map<String, PageSource> indexByFolder, Audience siteDefault) {
        this.indexByFolder = indexByFolder;
        this.siteDefault = siteDefault;
    }

    Audience of(PageSource source) {
        if (source.meta().audience() != null) {
            return source.meta().audience();
        }
        String folder = source.folder();
        return source.isIndex() ? ofFolder(parentOf(folder), folder.isEmpty()) : ofFolder(folder);
    }

    Audience ofFolder(String folder) {
        return ofFolder(folder, false);
    }

    private Audience ofFolder(String folder, boolean atTop) {
        String current = folder;
        while (!atTop) {
            PageSource index = indexByFolder.get(current);
            if (index != null && index.meta().audience() != null) {
                return index.meta().audience();
            }
            if (current.isEmpty()) {
                break;
            }
            current = parentOf(current);
        }
        return siteDefault;
    }

    private static String parentOf(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}
