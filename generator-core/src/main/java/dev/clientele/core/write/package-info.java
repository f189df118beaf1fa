/**
 * Writes generated sources to disk: only below the output folder, and only files whose content
 * changed, so that unchanged files keep their timestamps. Each run keeps a manifest of what it wrote
 * there, so that what it no longer generates is deleted, and nothing else ever is. Depends on nothing
 * else in Clientele but the emitted {@link dev.clientele.core.emit.SourceFile}s.
 */
package dev.clientele.core.write;
