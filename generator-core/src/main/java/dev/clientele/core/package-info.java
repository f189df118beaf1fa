/**
 * Clientele's entry point: {@link dev.clientele.core.Clientele#generate} runs the one-way pipeline
 * {@code parse → model → emit → write}. Front ends (the CLI, the Maven plugin) build a {@link
 * dev.clientele.core.GeneratorConfig} and call it; nothing here knows about them.
 */
package dev.clientele.core;
