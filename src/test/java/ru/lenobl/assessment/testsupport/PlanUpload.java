package ru.lenobl.assessment.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A plan-schedule upload as the import page's form sends it ({@code multipart/form-data}: the text fields, then the file
 * {@code plan.csv}), for tests and benchmarks that post to {@code /api/vpr/campaigns} with {@link java.net.http.HttpClient}.
 */
public record PlanUpload(String contentType, byte[] body) {

  public static PlanUpload of(Map<String, String> fields, byte[] csv) {
    String boundary = "plan-" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    fields.forEach((name, value) -> head.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    head.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\nContent-Type: text/csv\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + csv.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(csv, 0, body, start.length, csv.length);
    System.arraycopy(end, 0, body, start.length + csv.length, end.length);
    return new PlanUpload("multipart/form-data; boundary=" + boundary, body);
  }
}
