/**
 * The Maven plugin: the {@code clientele:generate} goal. It turns its parameters into a {@link
 * dev.clientele.core.GeneratorConfig}, calls generator-core and maps the outcome to Maven's; all
 * the work, up-to-date check included, happens in generator-core, which knows nothing of Maven.
 */
package dev.clientele.maven;
