/** Reads content/site.yaml into an immutable, validated {@link dev.hireguide.config.SiteConfig}. */
package dev.hireguide.config;
