package dev.clientele.checks.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  /** As generated code spells a union's integer variant: a record with a delegating Long creator. */
  record LongValue(@JsonValue Long value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    LongValue {
    }
  }

  @Test
  @DisplayName("an integer the generator made as a BigInteger binds to a Long creator, as the same number on the wire does")
  void integersBindAsOnTheWire() throws Arguments.CannotBuild {
    Object bound = Arguments.bind(JsonNodeFactory.instance.numberNode(BigInteger.ONE), LongValue.class, "path parameter id");

    assertEquals(new LongValue(1L), bound);
  }
}
