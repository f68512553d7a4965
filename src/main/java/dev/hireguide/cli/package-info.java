/** The command line: one class per command, mapping results to exit codes. */
package dev.hireguide.cli;
