package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Inline schemas become types nested in their owner's, named as a person would name them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestingTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Shop, version: '1'}
      paths:
        /v1/charges:
          get:
            operationId: GetCharges
            parameters:
              - $ref: '#/components/parameters/direction'
              - {name: order, in: query, schema: {type: string, enum: [newest, oldest]}}
              - name: created
                in: query
                style: deepObject
                explode: true
                schema:
                  anyOf:
                    - title: range_query_specs
                      type: object
                      properties: {gt: {type: integer}, lt: {type: integer}}
                    - {type: integer}
              - name: customer_details
                in: query
                style: deepObject
                explode: true
                schema:
                  type: object
                  properties: {email: {type: string}}
            responses:
              '200':
                description: A page of charges.
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        data: {type: array, items: {$ref: '#/components/schemas/Charge'}}
        /v1/refunds:
          get:
            operationId: GetRefunds
            parameters:
              - $ref: '#/components/parameters/direction'
              - {name: order, in: query, schema: {type: string, enum: [newest, oldest]}}
            responses:
              '200':
                description: The refunds.
                content:
                  application/json:
                    schema: {type: array, items: {$ref: '#/components/schemas/Refund'}}
      components:
        parameters:
          direction:
            name: direction
            in: query
            schema: {type: string, enum: [asc, desc]}
        schemas:
          Refund:
            type: object
            properties:
              id: {type: string}
          Charge:
            type: object
            properties:
              outcome:
                type: object
                properties:
                  rule:
                    type: object
                    properties:
                      action: {type: string, enum: [allow, block]}
              refunds:
                type: array
                items:
                  type: object
                  properties:
                    amount: {type: integer}
              addresses:
                type: array
                items:
                  type: object
                  properties:
                    city: {type: string}
              payment_method:
                oneOf:
                  - type: object
                    required: [type]
                    properties:
                      type: {type: string, enum: [card]}
                      last4: {type: string}
                  - type: object
                    title: bank_account
                    required: [routing]
                    properties:
                      routing: {type: string}
              status:
                type: object
                properties:
                  code: {type: string}
              evidence_files:
                type: array
                items:
                  type: object
                  description: A file that supports the claim.
                  properties:
                    file: {type: string}
                    purpose: {type: string, enum: [receipt, letter]}
          Dispute:
            type: object
            properties:
              status:
                type: object
                properties:
                  code: {type: string}
              evidence_files:
                type: array
                items:
                  type: object
                  description: A file that supports the claim.
                  properties:
                    file: {type: string}
                    purpose: {type: string, enum: [receipt, letter]}
          Payout:
            type: object
            properties:
              status:
                type: object
                properties:
                  state: {type: string}
      """;

  private CompiledClasses classes;

  @BeforeAll
  void generate() {
    List<SourceFile> sources = Generated.sources(SPEC, "com.example");
    Compilation compilation = Generated.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  @DisplayName("an inline object nests in its owner, named after the property, as deep as it is declared")
  void nestsByProperty() {
    assertEquals("com.example.model.Charge$Outcome$Rule", classes.load("com.example.model.Charge$Outcome$Rule").getName());
    classes.load("com.example.model.Charge$Outcome$Rule$Action");
  }

  @Test
  @DisplayName("an array's inline item is named in the singular, beside a component of that name")
  void arrayItemsInTheSingular() throws Exception {
    // Given a component Refund and Charge.refunds, an array of an inline object
    Class<?> item = classes.load("com.example.model.Charge$Refund");
    classes.load("com.example.model.Charge$Address");

    // Then the nested item is Charge.Refund, and the component is still the top-level Refund
    assertNotEquals(classes.load("com.example.model.Refund"), item);
    assertEquals(Long.class, item.getMethod("amount").getReturnType());
  }

  @Test
  @DisplayName("a union's inline members are named after what they fix their discriminating property to, or their title")
  void unionMembers() {
    classes.load("com.example.model.Charge$PaymentMethod$Card");
    classes.load("com.example.model.Charge$PaymentMethod$BankAccount");
  }

  @Test
  @DisplayName("identical inline schemas of two owners are two types, one in each, when a third owner declares another type of their name")
  void sharedOnlyWithinAnOwnerWhenTheNameIsAmbiguous() {
    assertNotEquals(
        classes.load("com.example.model.Charge$Status"), classes.load("com.example.model.Dispute$Status"));
    classes.load("com.example.model.Payout$Status");
    assertFalse(classes.names().contains("com.example.model.Status"));
  }

  @Test
  @DisplayName("identical inline schemas of two owners are one top-level type when no other type has their name, with what is declared in it")
  void identicalNestedTypesAreOneTopLevelType() throws Exception {
    Class<?> evidenceFile = classes.load("com.example.model.EvidenceFile");
    classes.load("com.example.model.EvidenceFile$Purpose");

    for (String owner : List.of("Charge", "Dispute")) {
      ParameterizedType files = (ParameterizedType) classes.load("com.example.model." + owner)
          .getMethod("evidenceFiles").getGenericReturnType();
      assertEquals(evidenceFile, files.getActualTypeArguments()[0], owner);
      assertFalse(classes.names().contains("com.example.model." + owner + "$EvidenceFile"), owner);
    }
  }

  @Test
  @DisplayName("a shared parameter's enum is a model type named after the parameter; an equal one declared in place nests in its own operation's params record; untagged operations group by path")
  void parametersAndGroups() throws Exception {
    Class<?> direction = classes.load("com.example.model.Direction");
    Class<?> chargesParams = classes.load("com.example.api.ChargesApi$ListParams");
    Class<?> refundsParams = classes.load("com.example.api.RefundsApi$ListParams");

    classes.load("com.example.api.ChargesApi").getMethod("list", chargesParams);
    classes.load("com.example.api.RefundsApi").getMethod("list", refundsParams);
    assertEquals(direction, chargesParams.getMethod("direction").getReturnType());
    assertEquals(direction, refundsParams.getMethod("direction").getReturnType());
    assertEquals(classes.load("com.example.api.ChargesApi$ListParams$Order"), chargesParams.getMethod("order").getReturnType());
    assertEquals(classes.load("com.example.api.RefundsApi$ListParams$Order"), refundsParams.getMethod("order").getReturnType());
    classes.load("com.example.model.ChargeListResponse");
  }

  @Test
  @DisplayName("a union or object declared in one operation's parameter nests in its params record, with what is declared in it")
  void parameterUnionsAndObjects() throws Exception {
    // Given Stripe's created filter (a range or a timestamp) and an object parameter, When generated
    Class<?> chargesParams = classes.load("com.example.api.ChargesApi$ListParams");

    // Then both nest in the params record, named after the parameter, the range in the union
    Class<?> created = classes.load("com.example.api.ChargesApi$ListParams$Created");
    assertEquals(created, chargesParams.getMethod("created").getReturnType());
    assertTrue(created.isAssignableFrom(classes.load("com.example.api.ChargesApi$ListParams$Created$RangeQuerySpecs")));
    assertEquals(classes.load("com.example.api.ChargesApi$ListParams$CustomerDetails"),
        chargesParams.getMethod("customerDetails").getReturnType());
  }
}
