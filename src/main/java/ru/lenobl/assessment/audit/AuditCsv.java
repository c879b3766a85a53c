package ru.lenobl.assessment.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as CSV for Excel: UTF-8 with a byte order mark (so that Excel reads Cyrillic), «;» between
 * fields (Russian Excel's list separator), CRLF, Russian headers, dates as {@code дд.мм.гггг чч:мм} in the region's zone.
 */
public final class AuditCsv {

  public static final String BOM = "\uFEFF";
  public static final List<String> HEADERS = List.of("Кампания", "Муниципалитет", "Код ОО", "ОО", "Работа", "Аудитория",
      "Роль", "Пункт памятки", "Задача", "Текст памятки", "Взял в работу", "Взято в работу", "Завершил", "Создана",
      "Срок", "Завершена", "Состояние", "С нарушением срока", "Значения формы", "Эскалации", "Код задачи");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private AuditCsv() {
  }

  public static byte[] of(List<AuditRow> rows) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
        .setHeader(HEADERS.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (AuditRow row : rows) {
        csv.printRecord(row.campaignId(), row.municipalityName(), row.schoolId(), row.schoolName(), row.workId(),
            row.classroom(), row.roleName(), row.memoId(), row.action(), row.memoText(), row.claimedBy(),
            date(row.claimedAt()), row.completedBy(), date(row.created()), date(row.due()), date(row.completed()),
            row.status().russian(), row.late() ? "да" : "нет",
            row.formValues().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")),
            String.join("; ", row.escalations()), row.taskId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String date(OffsetDateTime time) {
    return time == null ? "" : DATE_TIME.format(time);
  }
}
