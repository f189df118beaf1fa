package dev.clientele.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationNamesTest {

  @Test
  @DisplayName("a prefix every tag shares is left out of the groups' names, but not the only tag's")
  void sharedTagPrefix() {
    // Given the full Close API's tags, and a spec with one tag
    OperationNames close = new OperationNames(List.of("subpackage_leads", "subpackage_activities_calls", "subpackage_leads"));
    OperationNames single = new OperationNames(List.of("pet_store"));

    // Then the shared prefix goes; a single tag keeps its name
    assertEquals("leads", close.group(List.of("subpackage_leads"), "/lead/"));
    assertEquals("activities_calls", close.group(List.of("subpackage_activities_calls"), "/activity/call/"));
    assertEquals("pet_store", single.group(List.of("pet_store"), "/pets"));
    assertEquals("", OperationNames.sharedPrefix(List.of("pets", "petsitters")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "/v1/customers/{customer}/sources, customers",
      "/api/v2/repos/{owner}, repos",
      "/{id}, default",
  })
  @DisplayName("an untagged operation is grouped by its path's first segment that is not a version")
  void groupByPath(String path, String group) {
    assertEquals(group, new OperationNames(List.of()).group(List.of(), path));
  }

  @ParameterizedTest(name = "{0} {1} {2} in {3} → {4}")
  @CsvSource({
      "issues/list-for-repo, GET, /repos/{owner}/{repo}/issues, issues, list for repo",
      "createChatCompletion, POST, /chat/completions, Chat, createChatCompletion",
      "GetCustomers, GET, /v1/customers, customers, list",
      "PostCustomers, POST, /v1/customers, customers, create",
      "GetCustomersCustomer, GET, /v1/customers/{customer}, customers, retrieve",
      "PostCustomersCustomer, POST, /v1/customers/{customer}, customers, update",
      "DeleteCustomersCustomer, DELETE, /v1/customers/{customer}, customers, delete",
      "GetCustomersCustomerSources, GET, /v1/customers/{customer}/sources, customers, list sources",
      "GetCustomersCustomerSourcesId, GET, /v1/customers/{customer}/sources/{id}, customers, retrieve source",
      "PostInvoicesInvoicePay, POST, /v1/invoices/{invoice}/pay, invoices, pay",
      "GetCustomersSearch, GET, /v1/customers/search, customers, search",
      "GetCustomersCustomerCashBalance, GET, /v1/customers/{customer}/cash_balance, customers, retrieve cash_balance",
      "PostCustomersCustomerCashBalance, POST, /v1/customers/{customer}/cash_balance, customers, update cash_balance",
      "GetBalance, GET, /v1/balance, balance, retrieve",
      "DeleteCustomersCustomerDiscount, DELETE, /v1/customers/{customer}/discount, customers, delete discount",
      "PostChargesChargeRefund, POST, /v1/charges/{charge}/refund, charges, refund",
      "PostTestHelpersTestClocks, POST, /v1/test_helpers/test_clocks, test_helpers, create test_clock",
      "PostTestHelpersTestClocksTestClockAdvance, POST, /v1/test_helpers/test_clocks/{test_clock}/advance, test_helpers, test_clocks advance",
      "PostTestHelpersIssuingTransactionsCreateUnlinkedRefund, POST, /v1/test_helpers/issuing/transactions/create_unlinked_refund, test_helpers, issuing transactions create_unlinked_refund",
  })
  @DisplayName("an operation's action drops the group's words, and an id that is just method and path becomes a verb")
  void actions(String operationId, String method, String path, String group, String action) {
    assertEquals(action, OperationNames.action(Optional.of(operationId), method, path, group));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "/v1/customers/{customer}/sources, create source, customer create source",
      "/v1/issuing/cardholders/{cardholder}, update cardholder, cardholder update",
      "/v1/issuing/cards, list cards, card list",
      "/v1/test_helpers/issuing/transactions/create_unlinked_refund, issuing transactions create_unlinked_refund, transaction create unlinked refund",
      "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return, treasury outbound_transfers return, outbound_transfer return",
      "/v1/treasury/outbound_transfers, create outbound_transfer, outbound_transfer create",
  })
  @DisplayName("inline bodies are named after the group and action, or in a namespace (issuing, test_helpers) after the resource and the rest of the action")
  void typeHints(String path, String action, String hint) {
    // Given Stripe-shaped paths: issuing, test_helpers and treasury only ever lead to more literal segments
    OperationNames names = new OperationNames(List.of(), List.of("/v1/customers", "/v1/customers/{customer}/sources",
        "/v1/issuing/cards", "/v1/issuing/cardholders/{cardholder}", "/v1/treasury/outbound_transfers",
        "/v1/test_helpers/issuing/transactions/create_unlinked_refund",
        "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return"));

    assertEquals(hint, names.typeHint(List.of(), path, action));
  }

  @Test
  @DisplayName("without an operationId the action comes from the method and path too")
  void withoutOperationId() {
    assertEquals("retrieve", OperationNames.action(Optional.empty(), "GET", "/pets/{petId}", "pets"));
    assertTrue(OperationNames.isMethodAndPath("GetV1Customers", "GET", "/v1/customers"));
    assertFalse(OperationNames.isMethodAndPath("listCustomers", "GET", "/v1/customers"));
  }
}
