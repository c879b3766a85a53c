package ru.lenobl.assessment.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.TestProfiles;

/** The plan-schedule import over HTTP: bad files are rejected with line and column and start nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PlanScheduleImportIT {

  static final String REGIONAL = "it-regional";
  static final String COORDINATOR = "it-school-coordinator";
  static final String PASSWORD = "it-secret";
  static final String HEADER =
      "municipality,schoolId,schoolName,subject,grade,workDate,workTime,durationMinutes,form,resultsDueDate,reserveDates,classrooms\n";
  static final String GOOD_ROW = "Тосненский,0412,Школа №12 (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void users() {
    user(REGIONAL, RoleGroup.VPR_REGIONAL_COORDINATOR);
    user(COORDINATOR, RoleGroup.VPR_SCHOOL_COORDINATOR);
  }

  @Test
  void aBadDateIsRejectedWithItsLineAndColumnAndStartsNothing() {
    assertRejected(csv(HEADER + GOOD_ROW.replace("2027-04-21", "2027-13-45")), "IT-BAD-DATE", 2, "workDate");
  }

  @Test
  void aDateOutsideTheCampaignWindowIsRejected() {
    assertRejected(csv(HEADER + GOOD_ROW.replace("2027-04-21", "2027-06-01").replace("2027-05-05", "2027-06-10")),
        "IT-OUT-OF-WINDOW", 2, "workDate");
  }

  @Test
  void anUnknownMunicipalityIsRejected() {
    assertRejected(csv(HEADER + GOOD_ROW.replace("Тосненский", "Нарнийский")), "IT-UNKNOWN-MUN", 2, "municipality");
  }

  @Test
  void aDuplicateWorkIsRejectedOnItsSecondLine() {
    assertRejected(csv(HEADER + GOOD_ROW + GOOD_ROW.replace("Каб. 1", "Каб. 2")), "IT-DUPLICATE", 3, "subject");
  }

  @Test
  void aClassroomListedTwiceIsRejected() {
    assertRejected(csv(HEADER + GOOD_ROW.replace("Каб. 1\n", "\"Каб. 1, Каб. 1\"\n")), "IT-ROOM-TWICE", 2, "classrooms");
  }

  @Test
  void anEmptyFileIsRejected() {
    assertRejected(csv(""), "IT-EMPTY", 1, "file");
  }

  @Test
  void aMissingColumnIsRejected() {
    assertRejected(csv(HEADER.replace("workDate,", "") + GOOD_ROW.replace("2027-04-21,", "")), "IT-NO-COLUMN", 1, "workDate");
  }

  @Test
  void anXlsxWithATextDateIsRejected() throws IOException {
    assertRejected(xlsx("21 апреля 2027"), "IT-XLSX-TEXT-DATE", 2, "workDate");
  }

  @Test
  void everyErrorOfTheFileIsListedNotOnlyTheFirst() {
    ResponseEntity<Map<String, Object>> answer = post("vpr", csv(HEADER
        + GOOD_ROW.replace("Тосненский", "Нарнийский")
        + GOOD_ROW.replace("0412", "0413").replace(",4,", ",9,").replace("paper", "papyrus")), "IT-MANY");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer)).extracting(error -> error.get("line") + ":" + error.get("column"))
        .containsExactly("2:municipality", "3:grade", "3:form");
  }

  @Test
  void aWindows1251SemicolonCsvWithRussianHeadersIsAcceptedAndAReimportIsRefused() {
    String plan = """
        Муниципалитет;Код ОО;Наименование ОО;Предмет;Класс;Дата;Время;Длительность;Форма;Срок загрузки результатов;Резервные дни;Аудитории
        Тосненский район;0501;Школа №5 (тест);Русский язык;4;21.04.2027;09:00;45;традиционная;05.05.2027;28.04.2027;Каб. 1, Каб. 2
        Лужский;0601;Школа №6 (тест);История;5;22.04.2027;10:00;45;компьютерная;06.05.2027;;Каб. 3
        """;
    byte[] windows1251 = plan.getBytes(Charset.forName("windows-1251"));
    assertThat(windows1251).isNotEqualTo(plan.getBytes(StandardCharsets.UTF_8));

    ResponseEntity<Map<String, Object>> created = post("vpr", file(windows1251, "план-график.csv"), "IT-WIN1251");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("campaignId", "IT-WIN1251").containsEntry("municipalities", 2)
        .containsEntry("schools", 2).containsEntry("works", 2).containsKey("processInstanceId");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IT-WIN1251/mun-tosno/school-0501/RU-4")
        .processDefinitionKey("vpr-work").count()).isEqualTo(1);

    long before = runtimeService.createProcessInstanceQuery().count();
    ResponseEntity<Map<String, Object>> again = post("vpr", file(windows1251, "план-график.csv"), "IT-WIN1251");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).contains("IT-WIN1251");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void theOptionalObjectivityControlColumnMarksTheWorksUnderControl() {
    String plan = """
        Муниципалитет;Код ОО;Наименование ОО;Предмет;Класс;Дата;Время;Длительность;Форма;Срок загрузки результатов;Резервные дни;Аудитории;Контроль объективности
        Тосненский;0801;Школа №8 (тест);Русский язык;4;21.04.2027;09:00;45;традиционная;05.05.2027;;Каб. 1;да
        Тосненский;0801;Школа №8 (тест);Математика;4;23.04.2027;09:00;45;традиционная;07.05.2027;;Каб. 1;нет
        Тосненский;0801;Школа №8 (тест);История;5;22.04.2027;09:00;45;paper;06.05.2027;;Каб. 2;yes
        Тосненский;0801;Школа №8 (тест);Биология;5;26.04.2027;09:00;45;компьютерная;10.05.2027;;Каб. 2;
        """;

    ResponseEntity<Map<String, Object>> created = post("vpr", csv(plan), "IT-OBJECTIVITY");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("works", 4);
    assertThat(objectivityControlOf("IT-OBJECTIVITY/mun-tosno/school-0801/RU-4")).isEqualTo("yes");
    assertThat(objectivityControlOf("IT-OBJECTIVITY/mun-tosno/school-0801/MA-4")).isEqualTo("no");
    assertThat(objectivityControlOf("IT-OBJECTIVITY/mun-tosno/school-0801/HI-5")).isEqualTo("yes");
    assertThat(objectivityControlOf("IT-OBJECTIVITY/mun-tosno/school-0801/BI-5")).as("empty means no").isEqualTo("no");
  }

  @Test
  void aBadObjectivityControlValueIsRejectedWithItsLineAndColumnInRussian() {
    ResponseEntity<Map<String, Object>> answer = post("vpr", csv(HEADER.replace("\n", ",objectivityControl\n")
        + GOOD_ROW.replace("\n", ",да\n")
        + GOOD_ROW.replace("0412", "0413").replace("\n", ",возможно\n")), "IT-BAD-OBJECTIVITY");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer)).singleElement().satisfies(error -> {
      assertThat(error.get("line")).isEqualTo(3);
      assertThat(error.get("column")).isEqualTo("objectivityControl");
      assertThat((String) error.get("message")).contains("«возможно»", "да/нет");
    });
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IT-BAD-OBJECTIVITY").count()).isZero();
  }

  @Test
  void aNikoPlanIsAccepted() {
    String plan = "municipality,schoolId,schoolName,studyDate,grade,rooms,videoSurveillance\n"
        + "Тосненский,0701,Школа №7 (тест),2027-10-14,8,\"Каб. 31, Каб. 32\",да\n";
    ResponseEntity<Map<String, Object>> created = http.withBasicAuth(REGIONAL, PASSWORD).exchange("/api/niko/campaigns",
        HttpMethod.POST, form(csv(plan), "IT-NIKO", "2027-10-01", "2027-10-31"), new ParameterizedTypeReference<>() { });

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("works", 1);
  }

  @Test
  void onlyRegionalCoordinatorsAndAdministratorsMayImport() {
    HttpEntity<MultiValueMap<String, Object>> request = form(csv(HEADER + GOOD_ROW), "IT-FORBIDDEN", "2027-04-20", "2027-05-20");
    assertThat(http.exchange("/api/vpr/campaigns", HttpMethod.POST, request, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(COORDINATOR, PASSWORD).exchange("/api/vpr/campaigns", HttpMethod.POST, request,
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IT-FORBIDDEN").count()).isZero();
  }

  // ------------------------------------------------------------------

  private Object objectivityControlOf(String workKey) {
    String work = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(workKey)
        .processDefinitionKey("vpr-work").singleResult().getId();
    return runtimeService.getVariable(work, "objectivityControl");
  }

  private void assertRejected(ByteArrayResource file, String campaignId, int line, String column) {
    PlanImports.drainTheApplicationsJobs(); // what earlier tests left to start, so that the count below is stable
    long before = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<Map<String, Object>> answer = post("vpr", file, campaignId);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer)).anySatisfy(error -> {
      assertThat(error.get("line")).isEqualTo(line);
      assertThat(error.get("column")).isEqualTo(column);
      assertThat((String) error.get("message")).isNotBlank();
    });
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(campaignId).count()).isZero();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> answer) {
    return (List<Map<String, Object>>) answer.getBody().get("errors");
  }

  /** Imports, then runs the fan-out's jobs (the tests run no job executor). */
  private ResponseEntity<Map<String, Object>> post(String procedure, ByteArrayResource file, String campaignId) {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(REGIONAL, PASSWORD).exchange(
        "/api/" + procedure + "/campaigns", HttpMethod.POST, form(file, campaignId, "2027-04-20", "2027-05-20"),
        new ParameterizedTypeReference<>() { });
    PlanImports.drainTheApplicationsJobs();
    return answer;
  }

  private static HttpEntity<MultiValueMap<String, Object>> form(ByteArrayResource file, String campaignId,
                                                                String windowStart, String windowEnd) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", file);
    parts.add("campaignId", campaignId);
    parts.add("windowStart", windowStart);
    parts.add("windowEnd", windowEnd);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static ByteArrayResource csv(String text) {
    return file(text.getBytes(StandardCharsets.UTF_8), "plan.csv");
  }

  private static ByteArrayResource file(byte[] content, String name) {
    return new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static ByteArrayResource xlsx(String workDateText) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("План-график");
      String[] header = HEADER.trim().split(",");
      String[] row = GOOD_ROW.trim().split(",");
      for (int c = 0; c < header.length; c++) {
        sheet.createRow(0);
      }
      var headerRow = sheet.getRow(0);
      var dataRow = sheet.createRow(1);
      for (int c = 0; c < header.length; c++) {
        headerRow.createCell(c).setCellValue(header[c]);
        dataRow.createCell(c).setCellValue("workDate".equals(header[c]) ? workDateText : row[c]);
      }
      workbook.write(out);
      return file(out.toByteArray(), "plan.xlsx");
    }
  }

  private void user(String id, RoleGroup group) {
    if (identityService.createGroupQuery().groupId(group.id()).count() == 0) {
      identityService.saveGroup(identityService.newGroup(group.id()));
    }
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, group.id());
    }
  }
}
