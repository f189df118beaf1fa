/**
 * What the generated Java offers its callers, and what changed in it between two runs: the
 * {@link dev.clientele.core.changes.ApiSurface surface} a run records and the
 * {@link dev.clientele.core.changes.ApiChanges changes} the next run reports, each breaking or not.
 * Plain data and text; depends on nothing else in generator-core.
 */
package dev.clientele.core.changes;
