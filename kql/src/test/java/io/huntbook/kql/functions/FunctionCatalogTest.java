package io.huntbook.kql.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.types.KqlType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionCatalogTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tolower",
        "toupper",
        "strlen",
        "substring",
        "strcat",
        "strcat_delim",
        "split",
        "replace_string",
        "replace_regex",
        "replace",
        "extract",
        "extract_all",
        "trim",
        "trim_start",
        "trim_end",
        "indexof",
        "reverse",
        "countof",
        "isempty",
        "isnotempty",
        "format_datetime",
        "format_timespan",
        "tostring",
        "toint",
        "tolong",
        "todouble",
        "toreal",
        "tobool",
        "toboolean",
        "todatetime",
        "totimespan",
        "todecimal",
        "todynamic",
        "parse_json",
        "toguid",
        "now",
        "ago",
        "bin",
        "bin_at",
        "floor",
        "startofday",
        "startofweek",
        "startofmonth",
        "startofyear",
        "endofday",
        "endofweek",
        "endofmonth",
        "datetime_diff",
        "datetime_add",
        "datetime_part",
        "dayofweek",
        "dayofmonth",
        "dayofyear",
        "hourofday",
        "getyear",
        "getmonth",
        "week_of_year",
        "unixtime_seconds_todatetime",
        "unixtime_milliseconds_todatetime",
        "array_length",
        "bag_keys",
        "pack",
        "bag_pack",
        "pack_array",
        "set_has_element",
        "array_concat",
        "array_slice",
        "array_index_of",
        "iff",
        "iif",
        "case",
        "coalesce",
        "isnull",
        "isnotnull",
        "abs",
        "round",
        "ceiling",
        "log",
        "log10",
        "log2",
        "exp",
        "pow",
        "sqrt",
        "sign",
        "ipv4_is_private",
        "ipv4_is_in_range",
        "ipv4_is_match",
        "parse_ipv4",
        "parse_url",
        "parse_path",
        "base64_decode_tostring",
        "base64_encode_tostring",
        "hash_sha256",
        "hash_md5",
        "url_decode",
        "url_encode",
        "gettype",
        "toscalar",
        "materialize",
        "row_number",
        "prev",
        "next",
        "strcat_array",
        "has_any_index",
        "make_datetime",
        "make_timespan",
        "tohex",
        "binary_and",
        "binary_or",
        "binary_xor",
        "binary_not",
        "bitset_count_ones",
        "not",
        "min_of",
        "max_of",
        "isnan",
        "isfinite",
        "isinf",
        "hash",
        "new_guid",
        "rand",
        "column_ifexists"
      })
  void scalarFunctionsTheEngineRunsAreListed(String name) {
    assertThat(FunctionCatalog.lookup(name)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "count",
        "countif",
        "dcount",
        "dcountif",
        "sum",
        "sumif",
        "avg",
        "avgif",
        "min",
        "max",
        "minif",
        "maxif",
        "arg_max",
        "arg_min",
        "make_set",
        "make_set_if",
        "make_list",
        "make_list_if",
        "make_bag",
        "take_any",
        "any",
        "percentile",
        "percentiles",
        "stdev",
        "stdevp",
        "variance",
        "variancep"
      })
  void aggregatesAreListed(String name) {
    assertThat(AggregateCatalog.lookup(name)).isPresent();
  }

  @ParameterizedTest(name = "{0}({1}) : {2}")
  @CsvSource({
    "sum, int, long",
    "sum, real, real",
    "sum, timespan, timespan",
    "avg, long, real",
    "min, datetime, datetime",
    "count, long, long",
    "make_list, string, dynamic",
    "take_any, guid, guid",
  })
  void aggregateResultTypes(String name, String argument, String result) {
    AggregateSignature aggregate = AggregateCatalog.lookup(name).orElseThrow();
    KqlType type = aggregate.returnType(List.of(KqlType.fromName(argument).orElseThrow()));
    assertThat(type).isEqualTo(KqlType.fromName(result).orElseThrow());
  }

  @Test
  void argumentKindsAcceptWhatKustoConverts() {
    assertThat(ArgumentKind.STRING.accepts(KqlType.LONG)).isTrue();
    assertThat(ArgumentKind.SUMMABLE.accepts(KqlType.STRING)).isFalse();
    assertThat(ArgumentKind.BOOL.accepts(KqlType.DYNAMIC)).isTrue();
    assertThat(ArgumentKind.BOOL.accepts(KqlType.LONG)).isFalse();
    assertThat(ArgumentKind.NUMBER.accepts(KqlType.UNKNOWN)).isTrue();
  }

  @Test
  void commonTypePromotesNumbersAndYieldsDynamicToScalars() {
    assertThat(TypeRules.common(KqlType.INT, KqlType.REAL)).isEqualTo(KqlType.REAL);
    assertThat(TypeRules.common(KqlType.DYNAMIC, KqlType.STRING)).isEqualTo(KqlType.STRING);
    assertThat(TypeRules.common(KqlType.UNKNOWN, KqlType.BOOL)).isEqualTo(KqlType.BOOL);
    assertThat(TypeRules.compatible(KqlType.STRING, KqlType.LONG)).isFalse();
  }
}
