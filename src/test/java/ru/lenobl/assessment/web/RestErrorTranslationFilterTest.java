package ru.lenobl.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;

class RestErrorTranslationFilterTest {

  @Test
  void optimisticLockingBecomes409() throws Exception {
    MockHttpServletResponse response = answer(500, "application/json",
        "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 1: ENGINE-03005 ...\",\"code\":1}");

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"Conflict\",\"message\":\"" + RestErrorTranslationFilter.CONFLICT_MESSAGE + "\"}");
    assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
  }

  @Test
  void aTaskOfAnotherTenantIsNotFoundLikeAMissingOne() throws Exception {
    MockHttpServletResponse response = answer(500, "application/json", "{\"type\":\"RestException\",\"message\":"
        + "\"Cannot submit task form 1: ENGINE-03034 Cannot complete the task '1' because it belongs to no authenticated tenant.\",\"code\":0}");

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"NotFound\",\"message\":\"" + RestErrorTranslationFilter.NOT_FOUND_MESSAGE + "\"}")
        .doesNotContain("tenant");
  }

  @Test
  void everyOtherAnswerIsPassedOnByteForByte() throws Exception {
    String error = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 1: something else\",\"code\":0}";
    assertThat(answer(500, "application/json", error).getContentAsString(StandardCharsets.UTF_8)).isEqualTo(error);
    assertThat(answer(500, "application/json", error).getStatus()).isEqualTo(500);
    String ok = "[{\"id\":\"1\",\"name\":\"Cannot find task with id\"}]";
    assertThat(answer(200, "application/json", ok).getContentAsString(StandardCharsets.UTF_8)).isEqualTo(ok);
    String text = "Cannot find task with id 1";
    MockHttpServletResponse plain = answer(500, "text/plain", text);
    assertThat(plain.getStatus()).isEqualTo(500);
    assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(text);
  }

  private static MockHttpServletResponse answer(int status, String contentType, String body) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    HttpServlet servlet = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest request, HttpServletResponse answer) throws java.io.IOException {
        answer.setStatus(status);
        answer.setContentType(contentType);
        answer.setCharacterEncoding("UTF-8");
        answer.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      }
    };
    new RestErrorTranslationFilter().doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/1/submit-form"),
        response, new MockFilterChain(servlet));
    return response;
  }
}
