package ru.lenobl.assessment.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a table as people export it from Excel: XLSX (first sheet), or CSV separated by commas or semicolons, in
 * UTF-8 (with or without BOM) or Windows-1251, all detected. Header cells are matched to the columns by key or
 * Russian name, in any order; a missing required column is an error on line 1. Rows keep their line in the file
 * (1 is the header); blank rows are skipped. Problems are thrown as the {@link TableKind}'s exception.
 */
public final class TableReader {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private TableReader() {
  }

  /** The data rows, each with the cells of the columns the header has; or the kind's exception with every error. */
  public static List<TableRow> read(byte[] content, String fileName, List<Column> columns, TableKind kind) {
    if (content == null || content.length == 0) {
      throw kind.rejected(empty(kind));
    }
    List<List<String>> table = isXlsx(content, fileName) ? readXlsx(content, kind) : readCsv(content, kind);
    table.removeIf(TableReader::isBlank);
    if (table.isEmpty()) {
      throw kind.rejected(empty(kind));
    }
    return rows(table, columns, kind);
  }

  private static ImportError empty(TableKind kind) {
    return new ImportError(1, "file", "Файл пуст: нет строки заголовков и " + kind.rows());
  }

  private static List<TableRow> rows(List<List<String>> table, List<Column> columns, TableKind kind) {
    List<String> header = table.get(0);
    Map<String, Integer> positions = new LinkedHashMap<>();
    List<ImportError> errors = new ArrayList<>();
    for (Column column : columns) {
      for (int i = 0; i < header.size(); i++) {
        if (column.isNamedBy(header.get(i))) {
          positions.putIfAbsent(column.key(), i);
        }
      }
      if (column.required() && !positions.containsKey(column.key())) {
        errors.add(new ImportError(1, column.key(),
            "Нет обязательного столбца «" + column.key() + "» («" + column.russianHeader() + "»)"));
      }
    }
    if (!errors.isEmpty()) {
      throw kind.rejected(errors);
    }
    if (table.size() == 1) {
      throw kind.rejected(new ImportError(2, "file", "В файле только строка заголовков, " + kind.noRows()));
    }
    List<TableRow> rows = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      Map<String, String> byKey = new LinkedHashMap<>();
      positions.forEach((key, index) -> byKey.put(key, index < cells.size() ? cells.get(index) : ""));
      rows.add(new TableRow(lineOf(table, r), byKey));
    }
    return rows;
  }

  // Lines are counted in the original file: blank rows removed above keep their numbers through the marker.
  private static int lineOf(List<List<String>> table, int index) {
    List<String> row = table.get(index);
    return row instanceof NumberedRow numbered ? numbered.line : index + 1;
  }

  private static boolean isBlank(List<String> row) {
    return row.stream().allMatch(cell -> cell == null || cell.isBlank());
  }

  private static boolean isXlsx(byte[] content, String fileName) {
    boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
    return zip || (fileName != null && fileName.toLowerCase().endsWith(".xlsx"));
  }

  // ------------------------------------------------------------------ CSV

  private static List<List<String>> readCsv(byte[] content, TableKind kind) {
    String text = decode(content);
    if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
      text = text.substring(1);
    }
    String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    // Empty lines are kept as records (and dropped later as blank rows) so that every record starts its line.
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(false).get();
    List<Integer> lineStarts = lineStarts(text);
    List<List<String>> table = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        NumberedRow row = new NumberedRow(lineAt(lineStarts, record.getCharacterPosition()));
        record.forEach(row::add);
        table.add(row);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw kind.rejected(new ImportError(1, "file", "Файл CSV не читается: " + e.getMessage()));
    }
    return table;
  }

  /** Where each line of the text starts; a line ends with \n, \r\n or \r, as for the CSV parser. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** The 1-based line of a character position: a quoted cell over several lines keeps its record's first line. */
  private static int lineAt(List<Integer> lineStarts, long position) {
    int found = Collections.binarySearch(lineStarts, (int) position);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  /** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1251 (what Russian Excel writes). */
  static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, WINDOWS_1251);
    }
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  // ------------------------------------------------------------------ XLSX

  private static List<List<String>> readXlsx(byte[] content, TableKind kind) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<List<String>> table = new ArrayList<>();
      for (Row row : sheet) {
        NumberedRow cells = new NumberedRow(row.getRowNum() + 1);
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        table.add(cells);
      }
      return table;
    } catch (IOException | RuntimeException e) {
      throw kind.rejected(new ImportError(1, "file", "Файл XLSX не читается: " + e.getMessage()));
    }
  }

  /** Dates as ISO (yyyy-MM-dd, or HH:mm for a time of day), whole numbers without ".0", text as written. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime value = cell.getLocalDateTimeCellValue();
      if (value.toLocalDate().getYear() < 1901) {
        return value.format(DateTimeFormatter.ofPattern("HH:mm"));
      }
      return value.toLocalDate().toString();
    }
    if (type == CellType.NUMERIC) {
      double number = cell.getNumericCellValue();
      return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
    return formatter.formatCellValue(cell);
  }

  /** A row that remembers its line in the file. */
  private static final class NumberedRow extends ArrayList<String> {
    private final int line;

    NumberedRow(int line) {
      this.line = line;
    }
  }
}
