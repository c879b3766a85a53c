package ru.lenobl.assessment.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableReaderTest {

  static class Rejected extends RuntimeException {
    final List<ImportError> errors;

    Rejected(List<ImportError> errors) {
      this.errors = errors;
    }
  }

  static final TableKind THINGS = new TableKind("строк списка вещей", "нет ни одной вещи", Rejected::new);
  static final List<Column> COLUMNS = List.of(Column.required("name", "Название"), Column.optional("note", "Примечание"));

  @Test
  void linesAreCountedInTheFileThroughBlankLinesAndCellsOverSeveralLines() {
    String csv = "Название;Примечание\r\n"
        + "один;\r\n"
        + "\r\n"
        + "два;\"первая строка\r\nвторая строка\"\r\n"
        + " ; \r\n"
        + "три;\n";
    assertThat(read(csv)).extracting(TableRow::line, row -> row.get("name"))
        .containsExactly(tuple(2, "один"), tuple(4, "два"), tuple(7, "три"));
  }

  @Test
  void theDelimiterIsTakenFromTheFirstNonBlankLine() {
    assertThat(read("\n\nname;note\nодин;раз, два\n")).extracting(TableRow::line, row -> row.get("note"))
        .containsExactly(tuple(4, "раз, два"));
  }

  @Test
  void anAbsentOptionalColumnIsNotInTheRow() {
    List<TableRow> rows = read("name\nодин\n");
    assertThat(rows.get(0).has("name")).isTrue();
    assertThat(rows.get(0).has("note")).isFalse();
    assertThat(rows.get(0).get("note")).isEmpty();
  }

  @Test
  void theMessagesSpeakOfTheKindOfFile() {
    assertThat(rejected("")).extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(1, "file", "Файл пуст: нет строки заголовков и строк списка вещей"));
    assertThat(rejected("Название\n")).extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(2, "file", "В файле только строка заголовков, нет ни одной вещи"));
    assertThat(rejected("Примечание\nx\n")).extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(1, "name", "Нет обязательного столбца «name» («Название»)"));
  }

  private static List<TableRow> read(String csv) {
    return TableReader.read(csv.getBytes(StandardCharsets.UTF_8), "things.csv", COLUMNS, THINGS);
  }

  private static List<ImportError> rejected(String csv) {
    Rejected rejected = catchThrowableOfType(Rejected.class, () -> read(csv));
    assertThat(rejected).isNotNull();
    return rejected.errors;
  }
}
