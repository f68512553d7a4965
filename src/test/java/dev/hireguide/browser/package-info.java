/**
 * Tests of the built site as its readers see it: pages served on 127.0.0.1 and driven in
 * headless Chromium, checked by the Nu Html Checker and by axe-core. The tests are named
 * {@code *IT} and run in {@code mvn verify}; {@link dev.hireguide.browser.BrowserExtension}
 * gives a test a served site and a browser.
 */
package dev.hireguide.browser;
