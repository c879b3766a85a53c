package ru.lenobl.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns the Camunda REST API's 500 answers to a user's mistake into what they are, with a Russian message:
 * <ul>
 *   <li>an optimistic-locking failure ({@code "code": 1}, e.g. two people submitting one task at once), or a database
 *       deadlock between such submits ({@code "code": 10000}) → 409 {@code {"type":"Conflict", ...}};</li>
 *   <li>a task that does not exist (any more) → 404 {@code {"type":"NotFound", ...}};</li>
 *   <li>a task of a tenant the user does not belong to → the same 404, so that no one learns that another school's
 *       task exists.</li>
 * </ul>
 * The answer is buffered; every other answer is passed on byte for byte.
 */
public class RestErrorTranslationFilter extends OncePerRequestFilter {

  /** Camunda's {@code BuiltinExceptionCode.OPTIMISTIC_LOCKING} and {@code DEADLOCK}. */
  static final int OPTIMISTIC_LOCKING_CODE = 1;
  static final int DEADLOCK_CODE = 10_000;

  static final String CONFLICT_MESSAGE = "Задачу только что завершил или изменил другой пользователь. "
      + "Обновите страницу и проверьте, что ещё нужно сделать.";
  static final String NOT_FOUND_MESSAGE = "Задача не найдена: возможно, она уже завершена или недоступна вам. "
      + "Обновите список задач.";

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      if (buffered.getStatus() >= 400 && !response.isCommitted()) {
        translate(buffered);
      }
    } finally {
      buffered.copyBodyToResponse();
    }
  }

  private void translate(ContentCachingResponseWrapper response) throws IOException {
    String contentType = response.getContentType();
    if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
      return;
    }
    JsonNode error;
    try {
      error = json.readTree(response.getContentAsByteArray());
    } catch (IOException notJson) {
      return;
    }
    if (error == null || !error.isObject()) {
      return;
    }
    String message = error.path("message").asText("");
    int code = error.path("code").asInt(-1);
    if (code == OPTIMISTIC_LOCKING_CODE || code == DEADLOCK_CODE) {
      replace(response, HttpStatus.CONFLICT, "Conflict", CONFLICT_MESSAGE);
    } else if (message.contains("Cannot find task with id") || message.contains("No matching task")
        || message.contains("belongs to no authenticated tenant")) {
      replace(response, HttpStatus.NOT_FOUND, "NotFound", NOT_FOUND_MESSAGE);
    }
  }

  private void replace(ContentCachingResponseWrapper response, HttpStatus status, String type, String message)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.resetBuffer();
    response.setStatus(status.value());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }
}
