/** The command-line front end: maps flags to a {@link dev.clientele.core.GeneratorConfig} and reports. */
package dev.clientele.cli;
