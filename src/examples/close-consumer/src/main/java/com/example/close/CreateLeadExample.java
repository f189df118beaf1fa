package com.example.close;

import com.close.client.CloseClient;
import com.close.client.model.Lead;
import dev.clientele.runtime.Json;
import dev.clientele.runtime.RawResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates a Close lead with a name, a contact, an address and a custom field, through the client
 * the Clientele Maven plugin generated in this build. Without {@code CLOSE_API_KEY} it shows the
 * request it would send instead of sending it. Then lists leads page by page ({@link ListLeadsExample}).
 */
public final class CreateLeadExample {

  private CreateLeadExample() {}

  public static void main(String[] args) throws Exception {
    // The plugin's output folder, passed by the POM: exec:java runs wherever mvn was started.
    Path generated = Path.of(args.length > 0 ? args[0] : "target/generated-sources/clientele", "com/close/client");
    try (Stream<Path> files = Files.walk(generated)) {
      System.out.printf("Generated Close client: %s (%d Java files)%n",
          generated.toAbsolutePath(), files.filter(f -> f.toString().endsWith(".java")).count());
    }

    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("name", "Bluebird Bakery & Roasters");
    lead.put("contacts", List.of(Map.of(
        "name", "Jenna Morales",
        "emails", List.of(Map.of("type", "office", "email", "jenna@bluebirdbakery.example.com")))));
    lead.put("addresses", List.of(Lead.Address.builder()
        .address1("2315 SE Division St").address2(null).city("Portland").state("OR")
        .zipcode("97202").country("US").label("business").build()));
    lead.put("custom.cf_v6S011I6MqcbVvB2FA5Nk8dr5MkL8sWuCiG8cUleO9c", "Food & Beverage");

    String apiKey = System.getenv("CLOSE_API_KEY");
    if (apiKey == null || apiKey.isBlank()) {
      System.out.println("CLOSE_API_KEY is not set; the request CloseClient would send:");
      System.out.println("POST " + CloseClient.DEFAULT_BASE_URL + "/lead/");
      System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(lead));
    } else {
      // CLOSE_API_KEY as the basic user name (Close's convention); CLOSE_BASE_URL instead of the default, if set.
      CloseClient close = CloseClient.fromEnv();
      RawResponse<Lead> response = close.leads().withRawResponse().create(lead);
      Lead created = response.body();
      System.out.printf("Created %s (%s): %s%n", created.displayName(), created.id(), created.htmlUrl());
      System.out.printf("HTTP %d, request id %s%n", response.statusCode(), response.requestId().orElse("-"));
    }
    ListLeadsExample.main(args);
  }
}
