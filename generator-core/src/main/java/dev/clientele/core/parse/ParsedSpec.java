package dev.clientele.core.parse;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.Diagnostic;
import java.util.List;

/**
 * A spec read into the model.
 *
 * @param model the API
 * @param warnings what could not be expressed exactly, each with its safe fallback said
 */
public record ParsedSpec(ApiModel model, List<Diagnostic> warnings) {
  public ParsedSpec {
    warnings = List.copyOf(warnings);
  }
}
