/** The incremental benchmark: one-page edits to a served site, timed from the save to the new file on disk. */
package dev.hireguide.bench.edit;
