/** Strict YAML reading for front matter and site.yaml: a Jackson tree with the source position of every node, and binding to records with positioned errors. */
package dev.hireguide.yaml;
