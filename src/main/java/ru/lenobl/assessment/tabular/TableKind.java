package ru.lenobl.assessment.tabular;

import java.util.List;
import java.util.function.Function;

/**
 * What kind of file a {@link TableReader} reads, for its messages and its exception.
 *
 * @param rows what the data rows are, in the genitive plural after «нет строки заголовков и …»,
 *     e.g. «строк плана-графика»
 * @param noRows what a file with a header only lacks, after «В файле только строка заголовков, …»,
 *     e.g. «нет ни одной работы»
 * @param rejection the exception that carries the errors of a rejected file of this kind
 */
public record TableKind(String rows, String noRows, Function<List<ImportError>, ? extends RuntimeException> rejection) {

  RuntimeException rejected(List<ImportError> errors) {
    return rejection.apply(List.copyOf(errors));
  }

  RuntimeException rejected(ImportError error) {
    return rejected(List.of(error));
  }
}
