package dev.clientele.core.emit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which top-level types need each other's headers in a circle: javac resolves the interfaces a
 * class implements before its body, so a record implementing an interface nested in another type
 * needs that type's header, and a circle of such needs is a "cyclic inheritance" error.
 */
final class HeaderCycles {

  private HeaderCycles() {}

  /**
   * The types on a cycle of {@code needs} (type → types whose headers it needs), each with the
   * number of its cycle: the strongly connected components of more than one type (Tarjan's
   * algorithm, iterative, since a spec's graph may be deeper than the stack).
   */
  static Map<String, Integer> onCycles(Map<String, Set<String>> needs) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> lowLink = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    Map<String, Integer> result = new HashMap<>();
    int[] counter = {0};
    int[] cycles = {0};
    for (String start : needs.keySet().stream().sorted().toList()) {
      if (index.containsKey(start)) {
        continue;
      }
      // Each frame: a type and the iterator over what it needs.
      Deque<Map.Entry<String, java.util.Iterator<String>>> frames = new ArrayDeque<>();
      visit(start, index, lowLink, stack, onStack, counter);
      frames.push(Map.entry(start, needs.getOrDefault(start, Set.of()).iterator()));
      while (!frames.isEmpty()) {
        Map.Entry<String, java.util.Iterator<String>> frame = frames.peek();
        String type = frame.getKey();
        if (frame.getValue().hasNext()) {
          String next = frame.getValue().next();
          if (!index.containsKey(next)) {
            visit(next, index, lowLink, stack, onStack, counter);
            frames.push(Map.entry(next, needs.getOrDefault(next, Set.of()).iterator()));
          } else if (onStack.contains(next)) {
            lowLink.put(type, Math.min(lowLink.get(type), index.get(next)));
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          String parent = frames.peek().getKey();
          lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(type)));
        }
        if (lowLink.get(type).equals(index.get(type))) {
          List<String> component = new java.util.ArrayList<>();
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(type));
          if (component.size() > 1) {
            for (String onCycle : component) {
              result.put(onCycle, cycles[0]);
            }
            cycles[0]++;
          }
        }
      }
    }
    return result;
  }

  private static void visit(
      String type, Map<String, Integer> index, Map<String, Integer> lowLink, Deque<String> stack, Set<String> onStack, int[] counter) {
    index.put(type, counter[0]);
    lowLink.put(type, counter[0]);
    counter[0]++;
    stack.push(type);
    onStack.add(type);
  }
}
