package dev.clientele.core.parse;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.Diagnostic;
import java.util.List;

/**
 * A spec read into the model.
 *
 * @param model the API
 * @param warnings what could not be expressed exactly, each with its safe fallback said
 * @param unpagedLists list-like operations that got no pager, with why (for reports, not warnings)
 */
public record ParsedSpec(ApiModel model, List<Diagnostic> warnings, List<UnpagedList> unpagedLists) {
  public ParsedSpec {
    warnings = List.copyOf(warnings);
    unpagedLists = List.copyOf(unpagedLists);
  }

  /** A spec read without notes on pagination. */
  public ParsedSpec(ApiModel model, List<Diagnostic> warnings) {
    this(model, warnings, List.of());
  }
}
