package dev.clientele.core.emit;

/**
 * One generated Java source file.
 *
 * @param relativePath where it goes below the output folder, e.g. {@code com/close/model/Lead.java}
 * @param content its text
 */
public record SourceFile(String relativePath, String content) {}
