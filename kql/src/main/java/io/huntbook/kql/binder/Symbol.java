package io.huntbook.kql.binder;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.syntax.FunctionParam;
import io.huntbook.kql.syntax.Statement;
import io.huntbook.kql.types.KqlType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a name in a query means. */
public sealed interface Symbol {

  /** The name as it appears in the query. */
  String name();

  /** A column of the row flowing into the operator. */
  record Column(ColumnSchema column) implements Symbol {
    public Column {
      Objects.requireNonNull(column);
    }

    @Override
    public String name() {
      return column.name();
    }
  }

  /** A table of the catalog. */
  record Table(TableSchema table) implements Symbol {
    public Table {
      Objects.requireNonNull(table);
    }

    @Override
    public String name() {
      return table.name();
    }
  }

  /**
   * A {@code let} binding: a scalar (type present), a tabular value (schema present when known) or
   * a function (both empty; see {@link FunctionSymbol.User}).
   */
  record Let(
      Statement.Let let, Optional<KqlType> scalarType, Optional<List<ColumnSchema>> tabularSchema)
      implements Symbol {
    public Let {
      Objects.requireNonNull(let);
      Objects.requireNonNull(scalarType);
      tabularSchema = tabularSchema.map(List::copyOf);
    }

    @Override
    public String name() {
      return let.name().name();
    }

    public boolean isFunction() {
      return let.value() instanceof io.huntbook.kql.syntax.Expr.Function;
    }
  }

  /**
   * A parameter of a user function, with the type it has in the binding being looked at (for a
   * tabular parameter, {@code type} is {@code unknown} and {@code tabularSchema} is the argument's
   * schema when known).
   */
  record Parameter(FunctionParam param, KqlType type, Optional<List<ColumnSchema>> tabularSchema)
      implements Symbol {
    public Parameter {
      Objects.requireNonNull(param);
      Objects.requireNonNull(type);
      tabularSchema = tabularSchema.map(List::copyOf);
    }

    public Parameter(FunctionParam param, KqlType type) {
      this(param, type, Optional.empty());
    }

    @Override
    public String name() {
      return param.name().name();
    }
  }
}
