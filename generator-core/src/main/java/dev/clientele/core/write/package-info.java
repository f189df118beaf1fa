/**
 * Writes generated sources to disk: only below the output folder, and only files whose content
 * changed, so that unchanged files keep their timestamps. Depends on nothing else in Clientele but
 * the emitted {@link dev.clientele.core.emit.SourceFile}s.
 */
package dev.clientele.core.write;
