package dev.hireguide.build;

/**
 * What a build with a {@link BuildCache} did again and what it reused.
 *
 * @param files          content files read
 * @param parsed         of those, the ones parsed again because they are new or changed
 * @param pages          pages in the site
 * @param rendered       of those, the ones rendered again
 * @param allRendered    whether every page was rendered again (a template, site.yaml, or a page's front matter changed)
 * @param written        output files written because they are new or their bytes changed
 * @param deleted        output files deleted because the site no longer has them
 */
public record RebuildStats(int files, int parsed, int pages, int rendered, boolean allRendered, int written,
                           int deleted) {
}
