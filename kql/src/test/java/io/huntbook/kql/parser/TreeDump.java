package io.huntbook.kql.parser;

import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.Span;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a syntax tree as indented text without spans: the {@code .tree} golden files, and the
 * comparison "equal ignoring spans" of the round-trip test. Simple values sit on their node's line
 * ({@code Expr.Literal type=LONG value=1 (Long)}); child nodes and lists go below it.
 */
final class TreeDump {
  private TreeDump() {}

  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          for (RecordComponent component : components) {
            component.getAccessor().setAccessible(true);
          }
          return components;
        }
      };

  static String dump(Object node) {
    StringBuilder out = new StringBuilder();
    write(out, node, 0);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value instanceof Optional<?> optional && optional.isPresent()) {
      write(out, optional.get(), depth);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      for (Object item : list) {
        indent(out, depth + 1).append("- ");
        write(out, item, depth + 1);
      }
    } else if (value instanceof Record record && !(value instanceof Identifier)) {
      writeRecord(out, record, depth);
    } else {
      out.append(simple(value)).append('\n');
    }
  }

  private static boolean isSimple(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || isSimple(optional.get());
    }
    if (value instanceof List<?> list) {
      return list.isEmpty();
    }
    return !(value instanceof Record) || value instanceof Identifier;
  }

  private static String simple(Object value) {
    return switch (value) {
      case null -> "null";
      case Optional<?> optional -> optional.isEmpty() ? "-" : simple(optional.get());
      case List<?> list -> "[]";
      case Identifier identifier -> "'" + identifier.name() + "'";
      case String text -> KqlPrinter.quote(text);
      case Enum<?> constant -> constant.name();
      default -> value + " (" + value.getClass().getSimpleName() + ")";
    };
  }

  private static void writeRecord(StringBuilder out, Record record, int depth) {
    Class<?> type = record.getClass();
    out.append(
        type.getEnclosingClass() == null
            ? type.getSimpleName()
            : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName());
    List<String> children = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (RecordComponent component : COMPONENTS.get(type)) {
      if (component.getType() == Span.class) {
        continue;
      }
      Object child;
      try {
        child = component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (isSimple(child)) {
        out.append(' ').append(component.getName()).append('=').append(simple(child));
      } else {
        children.add(component.getName());
        values.add(child);
      }
    }
    out.append('\n');
    for (int i = 0; i < children.size(); i++) {
      indent(out, depth + 1).append(children.get(i)).append(": ");
      write(out, values.get(i), depth + 1);
    }
  }

  private static StringBuilder indent(StringBuilder out, int depth) {
    return out.append("  ".repeat(depth));
  }
}
