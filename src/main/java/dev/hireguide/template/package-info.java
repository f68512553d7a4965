/** One Pebble engine per build: theme lookup confined to the theme, autoescaping, strict variables, the project's functions and the view model templates see. */
package dev.hireguide.template;
