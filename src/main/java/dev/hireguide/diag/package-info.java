/** Source positions, diagnostics (errors and warnings with hints) and their collection and printing. */
package dev.hireguide.diag;
