/** The build orchestrator: runs the stages in order, times each, and collects every diagnostic. */
package dev.hireguide.build;
