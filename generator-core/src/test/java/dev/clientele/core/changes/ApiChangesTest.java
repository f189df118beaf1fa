package dev.clientele.core.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.changes.ApiChanges.Change;
import dev.clientele.core.changes.ApiSurface.Element;
import dev.clientele.core.changes.ApiSurface.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How two runs' API surfaces compare, and which changes break callers. */
class ApiChangesTest {

  private static final List<Element> LEADS = List.of(
      new Element(Kind.TYPE, "Lead", "record"),
      new Element(Kind.PROPERTY, "Lead#name", "@Nullable String"),
      new Element(Kind.PROPERTY, "Lead#description", "@Nullable String"),
      new Element(Kind.PROPERTY, "Lead#id", "String, required"),
      new Element(Kind.TYPE, "LeadStatus", "enum"),
      new Element(Kind.CONSTANT, "LeadStatus#ACTIVE", "active"),
      new Element(Kind.TYPE, "LeadsApi", "interface"),
      new Element(Kind.OPERATION, "LeadsApi#list", "List<Lead>"),
      new Element(Kind.PARAMETER, "LeadsApi#list(query)", "@Nullable String"),
      new Element(Kind.TYPE, "CloseClient", "client"),
      new Element(Kind.ACCESSOR, "CloseClient#leads", "LeadsApi"));

  private static ApiSurface surface(List<Element> elements) {
    return new ApiSurface(elements);
  }

  private static List<Element> edit(List<Element> base, List<Element> remove, List<Element> add) {
    List<Element> edited = new ArrayList<>(base);
    edited.removeAll(remove);
    edited.addAll(add);
    return edited;
  }

  @Test
  @DisplayName("the five edits of a spec: each reported once, the removed property and the required parameter as breaking")
  void fiveEdits() {
    List<Element> after = edit(LEADS,
        List.of(new Element(Kind.PROPERTY, "Lead#description", "@Nullable String"),
            new Element(Kind.PARAMETER, "LeadsApi#list(query)", "@Nullable String")),
        List.of(new Element(Kind.PROPERTY, "Lead#url", "@Nullable URI"),
            new Element(Kind.CONSTANT, "LeadStatus#PAUSED", "paused"),
            new Element(Kind.OPERATION, "LeadsApi#delete", "void"),
            new Element(Kind.PARAMETER, "LeadsApi#delete(id)", "String"),
            new Element(Kind.PARAMETER, "LeadsApi#list(query)", "String")));

    ApiChanges changes = ApiChanges.between(surface(LEADS), surface(after));

    assertEquals(List.of(
        new Change(true, Kind.PROPERTY, "property Lead#description removed (was @Nullable String)"),
        new Change(true, Kind.PARAMETER, "parameter LeadsApi#list(query) became required (String)"),
        new Change(false, Kind.PROPERTY, "property Lead#url added (@Nullable URI)"),
        new Change(false, Kind.CONSTANT, "enum constant LeadStatus#PAUSED added (\"paused\")"),
        new Change(false, Kind.OPERATION, "operation LeadsApi#delete added (returns void)")),
        changes.changes());
  }

  @Test
  @DisplayName("a new optional parameter in a params record breaks no caller; a new required one, or one removed, does")
  void paramsRecordComponents() {
    List<Element> before = edit(LEADS, List.of(), List.of(new Element(Kind.PARAMS_COMPONENT, "LeadsApi#list(limit)", "@Nullable Long")));
    List<Element> after = edit(before,
        List.of(new Element(Kind.PARAMS_COMPONENT, "LeadsApi#list(limit)", "@Nullable Long")),
        List.of(new Element(Kind.PARAMS_COMPONENT, "LeadsApi#list(skip)", "@Nullable Long"),
            new Element(Kind.PARAMS_COMPONENT, "LeadsApi#list(org)", "String")));

    ApiChanges changes = ApiChanges.between(surface(before), surface(after));

    assertEquals(List.of(
        new Change(true, Kind.PARAMS_COMPONENT, "parameter LeadsApi#list(limit) removed: callers that set it on the params"
            + " builder no longer compile"),
        new Change(true, Kind.PARAMS_COMPONENT, "parameter LeadsApi#list(org) added, required (String): build() fails"
            + " until it is set"),
        new Change(false, Kind.PARAMS_COMPONENT, "parameter LeadsApi#list(skip) added (@Nullable Long)")),
        changes.changes());
  }

  @Test
  @DisplayName("the same surface has no changes")
  void unchanged() {
    assertEquals(List.of(), ApiChanges.between(surface(LEADS), surface(new ArrayList<>(LEADS))).changes());
  }

  @Test
  @DisplayName("a type with the same members under another name is a rename, listed once; its members are not listed")
  void typeRename() {
    List<Element> after = new ArrayList<>();
    for (Element element : LEADS) {
      after.add(element.owner().equals("LeadStatus")
          ? new Element(element.kind(), element.key().replace("LeadStatus", "Status"), element.signature())
          : element);
    }

    ApiChanges changes = ApiChanges.between(surface(LEADS), surface(after));

    assertEquals(List.of(new Change(true, Kind.TYPE, "type LeadStatus renamed to Status")), changes.changes());
  }

  @Test
  @DisplayName("a removed type is one breaking change, not one per member")
  void typeRemoved() {
    List<Element> after = LEADS.stream().filter(e -> !e.owner().equals("LeadStatus")).toList();

    ApiChanges changes = ApiChanges.between(surface(LEADS), surface(after));

    assertEquals(List.of(new Change(true, Kind.TYPE, "type LeadStatus removed")), changes.changes());
  }

  @Test
  @DisplayName("a property that becomes required, or changes type, is breaking; an added required property too")
  void propertyChanges() {
    List<Element> after = edit(LEADS,
        List.of(new Element(Kind.PROPERTY, "Lead#name", "@Nullable String"),
            new Element(Kind.PROPERTY, "Lead#id", "String, required")),
        List.of(new Element(Kind.PROPERTY, "Lead#name", "String, required"),
            new Element(Kind.PROPERTY, "Lead#id", "Long, required"),
            new Element(Kind.PROPERTY, "Lead#owner", "String, required")));

    List<Change> changes = ApiChanges.between(surface(LEADS), surface(after)).changes();

    assertTrue(changes.stream().allMatch(Change::breaking), changes::toString);
    assertEquals(List.of(
        "property Lead#owner added, required (String, required): build() fails until it is set",
        "property Lead#id changed from String, required to Long, required",
        "property Lead#name became required: build() fails until it is set"),
        changes.stream().map(Change::description).toList());
  }

  @Test
  @DisplayName("one property lost and one of the same type gained is a removal and an addition: no evidence of a rename")
  void noPropertyRenames() {
    List<Element> after = edit(LEADS,
        List.of(new Element(Kind.PROPERTY, "Lead#description", "@Nullable String")),
        List.of(new Element(Kind.PROPERTY, "Lead#summary", "@Nullable String")));

    ApiChanges changes = ApiChanges.between(surface(LEADS), surface(after));

    assertEquals(List.of(
        new Change(true, Kind.PROPERTY, "property Lead#description removed (was @Nullable String)"),
        new Change(false, Kind.PROPERTY, "property Lead#summary added (@Nullable String)")), changes.changes());
  }

  @Test
  @DisplayName("a surface survives its file format, wire values with tabs and line breaks included")
  void linesRoundTrip() {
    ApiSurface surface = surface(LEADS);

    assertEquals(surface, ApiSurface.parse(surface.lines()));
    assertFalse(surface.lines().isEmpty());
  }

  @Test
  @DisplayName("the log shows the headline, at most N changes breaking first, then how many more")
  void logLines() {
    List<Element> after = LEADS.stream().filter(e -> e.kind() != Kind.PROPERTY).toList();
    ChangeReport report = ChangeReport.compare("1", surface(LEADS), "1", surface(after));

    assertEquals(List.of(
        "API changes since the last run: 3 breaking, 0 other",
        "  breaking: property Lead#description removed (was @Nullable String)",
        "  and 2 more"), report.logLines(1));
    assertEquals(List.of(), ChangeReport.compare("1", surface(LEADS), "1", surface(LEADS)).logLines(20));
    assertEquals("Clientele 1 → 2 changed the generated API: 3 breaking, 0 other",
        ChangeReport.compare("1", surface(LEADS), "2", surface(after)).headline());
    assertTrue(ChangeReport.firstRun("1").headline().startsWith("no earlier API to compare with"));
  }

  @Test
  @DisplayName("comparing two unrelated APIs of thousands of types (another spec generated into the folder) takes moments, and still finds renames")
  void unrelatedLargeApis() {
    // Given 3,000 types before and 3,000 other types after, each with its members, one of them renamed
    List<Element> before = new ArrayList<>();
    List<Element> after = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      before.add(new Element(Kind.TYPE, "Old" + i, "record"));
      before.add(new Element(Kind.PROPERTY, "Old" + i + "#a" + i, "String"));
      before.add(new Element(Kind.PROPERTY, "Old" + i + "#b", "Long"));
      after.add(new Element(Kind.TYPE, "New" + i, "record"));
      after.add(new Element(Kind.PROPERTY, "New" + i + "#c" + i, "String"));
      after.add(new Element(Kind.PROPERTY, "New" + i + "#b", "Long"));
    }
    after.add(new Element(Kind.TYPE, "Renamed", "record"));
    after.add(new Element(Kind.PROPERTY, "Renamed#a7", "String"));
    after.add(new Element(Kind.PROPERTY, "Renamed#b", "Long"));

    // When compared, Then within a bound far above what it takes (it took minutes when it rescanned
    // every element for every pair of types)
    ApiChanges changes = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> ApiChanges.between(new ApiSurface(before), new ApiSurface(after)));
    assertTrue(changes.changes().stream().anyMatch(change -> change.description().equals("type Old7 renamed to Renamed")),
        changes.changes().subList(0, 3).toString());
  }
}
