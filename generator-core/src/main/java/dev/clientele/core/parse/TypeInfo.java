package dev.clientele.core.parse;

import dev.clientele.core.model.TypeRef;
import java.util.Optional;

/** What a schema says about a value: its type, whether it may be null, and a fixed value if any. */
record TypeInfo(TypeRef type, boolean nullable, Optional<String> constValue) {

  static TypeInfo of(TypeRef type) {
    return new TypeInfo(type, false, Optional.empty());
  }

  TypeInfo orNullable(boolean alsoNullable) {
    return alsoNullable && !nullable ? new TypeInfo(type, true, constValue) : this;
  }

  TypeInfo withConst(Optional<String> value) {
    return value.isEmpty() ? this : new TypeInfo(type, nullable, value);
  }
}
