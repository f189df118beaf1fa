package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stripe-shaped names: components that are parts of another nest in it, and the same union of
 * named schemas and plain values is one type wherever it is declared.
 */
class ComponentPartsTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Shop, version: '1'}
      paths:
        /v1/charges/{charge}:
          get:
            parameters: [{name: charge, in: path, required: true, schema: {type: string}}]
            responses:
              '200':
                description: The charge.
                content: {application/json: {schema: {$ref: '#/components/schemas/charge'}}}
        /v1/customers/{customer}:
          get:
            parameters: [{name: customer, in: path, required: true, schema: {type: string}}]
            responses:
              '200':
                description: The customer.
                content: {application/json: {schema: {$ref: '#/components/schemas/customer'}}}
      components:
        schemas:
          charge:
            type: object
            properties:
              outcome: {$ref: '#/components/schemas/charge_outcome'}
              outcome_two:
                type: object
                properties: {note: {type: string}}
              status: {$ref: '#/components/schemas/call_status'}
              shipping:
                oneOf:
                  - title: recipient_shipping_with_optional_fields_address
                    type: object
                    required: [line1]
                    properties: {line1: {type: string}}
                  - {title: pickup, type: object, required: [store], properties: {store: {type: string}}}
              customer:
                anyOf:
                  - {type: string, maxLength: 5000}
                  - {$ref: '#/components/schemas/customer'}
                  - {$ref: '#/components/schemas/deleted_customer'}
              refunds: {type: array, items: {$ref: '#/components/schemas/refund'}}
              payment_method_options:
                anyOf:
                  - {$ref: '#/components/schemas/payment_method_options_card'}
                  - {$ref: '#/components/schemas/payment_intent_type_specific_payment_method_options_client'}
              source_transfer:
                anyOf:
                  - {$ref: '#/components/schemas/transfer'}
                  - {$ref: '#/components/schemas/payment_intent_type_specific_payment_method_options_client'}
              initiating_details: {$ref: '#/components/schemas/treasury_shared_resource_initiating_details_initiating_details'}
          refund:
            type: object
            properties:
              charge:
                anyOf:
                  - {type: string}
                  - {$ref: '#/components/schemas/charge'}
          transfer:
            type: object
            properties:
              source_charge:
                anyOf:
                  - {$ref: '#/components/schemas/charge'}
                  - {$ref: '#/components/schemas/payment_intent_type_specific_payment_method_options_client'}
          payment_method_options_card:
            type: object
            required: [network]
            properties: {network: {type: string}}
          payment_intent_type_specific_payment_method_options_client:
            type: object
            required: [capture_method]
            properties: {capture_method: {type: string}}
          treasury_shared_resource_initiating_details_initiating_details:
            type: object
            properties: {type: {type: string}}
          subscription:
            type: object
            properties:
              payment_settings: {$ref: '#/components/schemas/subscriptions_resource_payment_settings'}
          subscriptions_resource_payment_settings:
            type: object
            properties: {save_default_payment_method: {type: string}}
          charge_outcome:
            type: object
            properties:
              rule: {$ref: '#/components/schemas/charge_outcome_rule'}
              type: {type: string}
          charge_outcome_rule:
            type: object
            properties: {id: {type: string}}
          call_status: {type: string, enum: [ringing, done]}
          customer:
            type: object
            properties:
              id: {type: string}
              default_source: {$ref: '#/components/schemas/customer_default_source'}
          customer_default_source:
            type: object
            properties: {id: {type: string}}
          invoice:
            type: object
            properties:
              customer:
                anyOf:
                  - {type: string}
                  - {$ref: '#/components/schemas/customer'}
                  - {$ref: '#/components/schemas/deleted_customer'}
              outcome: {$ref: '#/components/schemas/charge_outcome_rule'}
              charge:
                anyOf:
                  - {type: string}
                  - {$ref: '#/components/schemas/charge'}
              initiating_details: {$ref: '#/components/schemas/treasury_shared_resource_initiating_details_initiating_details'}
          treasury_inbound_transfer:
            type: object
            properties:
              linked_flows: {$ref: '#/components/schemas/treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows'}
          treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows:
            type: object
            properties: {received_debit: {type: string}}
          deleted_customer:
            type: object
            required: [deleted]
            properties:
              deleted: {type: boolean}
      """;

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    Compilation compilation = Generated.compile(Generated.sources(SPEC, "com.example"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  @DisplayName("a component used by one other only and named as its part (or by a path too long for a name) nests there; any other stays top-level")
  void partsNestInTheirOwner() {
    // Given the spec's components, When they are generated, Then only the parts named so nest
    List<String> topLevel = classes.names().stream()
        .filter(name -> name.startsWith("com.example.model.") && !name.contains("$") && !name.endsWith("package-info"))
        .toList();
    assertEquals(List.of("com.example.model.CallStatus", "com.example.model.Charge", "com.example.model.ChargeOutcomeRule",
        "com.example.model.ChargeSourceTransfer", "com.example.model.Customer", "com.example.model.DeletedCustomer",
        "com.example.model.Invoice", "com.example.model.PaymentIntentTypeSpecificPaymentMethodOptionsClient",
        "com.example.model.PaymentMethodOptionsCard", "com.example.model.Refund", "com.example.model.StringOrCharge",
        "com.example.model.StringOrCustomerOrDeletedCustomer", "com.example.model.Subscription",
        "com.example.model.Transfer", "com.example.model.TransferSourceCharge", "com.example.model.TreasuryInboundTransfer",
        "com.example.model.TreasurySharedResourceInitiatingDetails"), topLevel);
    classes.load("com.example.model.Charge$Outcome");
    classes.load("com.example.model.Charge$OutcomeTwo");
    classes.load("com.example.model.Customer$DefaultSource");
    // A union member's title too long for a name is a path: its last words name the member
    classes.load("com.example.model.Charge$Shipping$ShippingWithOptionalFieldsAddress");
    // A name too long to be a name is a path: the property that holds the part names it
    classes.load("com.example.model.TreasuryInboundTransfer$LinkedFlows");
    // So is a name spelled from its owner's family (subscriptions_resource_… in subscription)
    classes.load("com.example.model.Subscription$PaymentSettings");
  }

  @Test
  @DisplayName("a union of components too long to name after them nests where it is declared, unless the types would need each other's headers")
  void longUnionsNestInTheirOwner() throws Exception {
    // Given a charge whose payment method options are card or client options, When generated
    Class<?> options = classes.load("com.example.model.Charge$PaymentMethodOptions");

    // Then the union nests in the charge, and its variants (used elsewhere too) implement it
    assertEquals(options, classes.load("com.example.model.Charge").getMethod("paymentMethodOptions").getReturnType());
    assertEquals(true, options.isAssignableFrom(classes.load("com.example.model.PaymentMethodOptionsCard")));
    Object charge = MAPPER.readValue("{\"payment_method_options\": {\"network\": \"visa\"}}", classes.load("com.example.model.Charge"));
    assertEquals("com.example.model.PaymentMethodOptionsCard",
        charge.getClass().getMethod("paymentMethodOptions").invoke(charge).getClass().getName());
    // And a charge's union of transfers and a transfer's union of charges are top-level: nested,
    // Charge and Transfer would each need the other's header first, which javac refuses
    assertEquals(classes.load("com.example.model.ChargeSourceTransfer"),
        classes.load("com.example.model.Charge").getMethod("sourceTransfer").getReturnType());
  }

  @Test
  @DisplayName("a union that holds itself again through its members is one type, not a numbered second; a name says a repeated run of words once")
  void recursiveSharedUnionsAndRepeatedWords() throws Exception {
    // Given refunds of a charge and an invoice both holding "a charge or its id", When generated
    Class<?> union = classes.load("com.example.model.StringOrCharge");

    // Then both hold the one union (the refund's was made while the charge's own was being made)
    assertEquals(union, classes.load("com.example.model.Refund").getMethod("charge").getReturnType());
    assertEquals(union, classes.load("com.example.model.Invoice").getMethod("charge").getReturnType());
    assertEquals(classes.load("com.example.model.TreasurySharedResourceInitiatingDetails"),
        classes.load("com.example.model.Invoice").getMethod("initiatingDetails").getReturnType());
  }

  @Test
  @DisplayName("equal unions of named schemas and plain values are one type, named after its members, and parse as before")
  void equalUnionsAreOneType() throws Exception {
    // Given a charge and an invoice whose customer is an id or an object
    Class<?> union = classes.load("com.example.model.StringOrCustomerOrDeletedCustomer");

    // When both are parsed
    Object charge = MAPPER.readValue("{\"customer\": {\"id\": \"cus_1\"}}", classes.load("com.example.model.Charge"));
    Object invoice = MAPPER.readValue("{\"customer\": \"cus_1\"}", classes.load("com.example.model.Invoice"));

    // Then both properties are of the one union type, each as sent
    Object chargeCustomer = charge.getClass().getMethod("customer").invoke(charge);
    Object invoiceCustomer = invoice.getClass().getMethod("customer").invoke(invoice);
    assertEquals(union, charge.getClass().getMethod("customer").getReturnType());
    assertEquals(union, invoice.getClass().getMethod("customer").getReturnType());
    assertEquals("com.example.model.Customer", chargeCustomer.getClass().getName());
    assertEquals("com.example.model.StringOrCustomerOrDeletedCustomer$StringValue", invoiceCustomer.getClass().getName());
  }
}
