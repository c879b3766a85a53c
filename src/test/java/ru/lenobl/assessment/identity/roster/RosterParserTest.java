package ru.lenobl.assessment.identity.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.tabular.ImportError;

class RosterParserTest {

  static final String HEADER = "login,fullName,email,role,municipality,schoolId\n";
  static final String SCHOOL_ROW = "ivanova,Иванова Анна Петровна,ivanova@school.example,vpr-school-coordinator,Тосненский,9901\n";

  // ------------------------------------------------------------------ good files

  @Test
  void aUtf8CsvWithBomSemicolonsAndRussianHeadersInAnyOrderIsRead() {
    String csv = "\ufeffРоль;Логин;ФИО;Код ОО;Муниципалитет;Эл. почта\n"
        + "Школьный координатор ВПР;ivanova;Иванова Анна Петровна;9901;Тосненский;ivanova@school.example\n"
        + "Эксперт ВПР;ivanova;Иванова Анна Петровна;9901;tosno;ivanova@school.example\n"
        + "\n"
        + "Региональный координатор ВПР;petrov;Петров Пётр;;;\n";

    Roster roster = RosterParser.parse(csv.getBytes(StandardCharsets.UTF_8), "staff.csv");

    assertThat(roster.rows()).containsExactly(
        new RosterRow(2, "ivanova", "Иванова Анна Петровна", "ivanova@school.example", RoleGroup.VPR_SCHOOL_COORDINATOR,
            Municipality.TOSNO, "9901"),
        new RosterRow(3, "ivanova", "Иванова Анна Петровна", "ivanova@school.example", RoleGroup.VPR_EXPERT,
            Municipality.TOSNO, "9901"),
        new RosterRow(5, "petrov", "Петров Пётр", null, RoleGroup.VPR_REGIONAL_COORDINATOR, null, null));
    assertThat(roster.byLogin()).containsOnlyKeys("ivanova", "petrov");
    assertThat(roster.byLogin().get("ivanova")).extracting(RosterRow::line).containsExactly(2, 3);
    assertThat(roster.people()).containsExactly(
        new Roster.Person("ivanova", "Иванова Анна Петровна", "ivanova@school.example",
            List.of(RoleGroup.VPR_SCHOOL_COORDINATOR, RoleGroup.VPR_EXPERT), Municipality.TOSNO, "9901"),
        new Roster.Person("petrov", "Петров Пётр", null, List.of(RoleGroup.VPR_REGIONAL_COORDINATOR), null, null));
  }

  @Test
  void aWindows1251CsvWithCommasIsRead() {
    String csv = "Логин,ФИО,Роль,Муниципалитет,Код ОО\n"
        + "smirnov,Смирнов Сергей Ёжиков,Муниципальный координатор ВПР,Лужский,\n"
        + "kuznetsova,Кузнецова Мария,Организатор в аудитории НИКО,Лужский муниципальный район,9903\n";

    Roster roster = RosterParser.parse(csv.getBytes(Charset.forName("windows-1251")), "staff.csv");

    assertThat(roster.rows()).extracting(RosterRow::line, RosterRow::login, RosterRow::fullName, RosterRow::role,
        RosterRow::municipality, RosterRow::schoolId).containsExactly(
            tuple(2, "smirnov", "Смирнов Сергей Ёжиков", RoleGroup.VPR_MUNICIPAL_COORDINATOR, Municipality.LUGA, null),
            tuple(3, "kuznetsova", "Кузнецова Мария", RoleGroup.NIKO_CLASSROOM_ORGANIZER, Municipality.LUGA, "9903"));
  }

  @Test
  void theFirstSheetOfAnXlsxIsReadWithLinesAsInTheSheet() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Сотрудники");
      row(sheet, 0, "Логин", "ФИО", "Роль", "Муниципалитет", "Код ОО", "Эл. почта");
      row(sheet, 1, "sidorov", "Сидоров Иван", "vpr-technical-specialist", "Гатчинский", null, "sidorov@example.ru");
      sheet.getRow(1).createCell(4).setCellValue(9905); // a school code Excel keeps as a number
      // row 3 left empty
      row(sheet, 3, "auditor1", "Ревизорова Ольга", "Аудитор (только чтение истории)", "", "", "");
      workbook.createSheet("Другой лист").createRow(0).createCell(0).setCellValue("не читается");
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    Roster roster = RosterParser.parse(xlsx, "Сотрудники.xlsx");

    assertThat(roster.rows()).containsExactly(
        new RosterRow(2, "sidorov", "Сидоров Иван", "sidorov@example.ru", RoleGroup.VPR_TECHNICAL_SPECIALIST,
            Municipality.GATCHINA, "9905"),
        new RosterRow(4, "auditor1", "Ревизорова Ольга", null, RoleGroup.AUDITOR, null, null));
  }

  @Test
  void theDemoRosterParsesWithTheDemoSchoolsAndScopes() throws IOException {
    byte[] content;
    try (InputStream in = getClass().getResourceAsStream("/demo/staff-demo.csv")) {
      content = in.readAllBytes();
    }

    Roster roster = RosterParser.parse(content, "staff-demo.csv");

    assertThat(roster.rows()).extracting(RosterRow::login, RosterRow::role, RosterRow::municipality, RosterRow::schoolId)
        .containsExactlyInAnyOrder(
            tuple("demo-regional", RoleGroup.VPR_REGIONAL_COORDINATOR, null, null),
            tuple("demo-municipal", RoleGroup.VPR_MUNICIPAL_COORDINATOR, Municipality.TOSNO, null),
            tuple("demo-head", RoleGroup.VPR_SCHOOL_HEAD, Municipality.TOSNO, "9901"),
            tuple("demo-coordinator", RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, "9901"),
            tuple("demo-tech", RoleGroup.VPR_TECHNICAL_SPECIALIST, Municipality.TOSNO, "9901"),
            tuple("demo-organizer1", RoleGroup.VPR_CLASSROOM_ORGANIZER, Municipality.TOSNO, "9901"),
            tuple("demo-organizer2", RoleGroup.VPR_CLASSROOM_ORGANIZER, Municipality.TOSNO, "9901"),
            tuple("demo-expert", RoleGroup.VPR_EXPERT, Municipality.TOSNO, "9901"),
            tuple("demo-observer", RoleGroup.VPR_OBSERVER, Municipality.TOSNO, "9901"),
            tuple("demo-commission", RoleGroup.VPR_MUNICIPAL_EXPERT_COMMISSION, Municipality.TOSNO, null),
            tuple("demo-niko", RoleGroup.NIKO_RESPONSIBLE_ORGANIZER, Municipality.TOSNO, "9901"),
            tuple("demo-niko-tech", RoleGroup.NIKO_TECHNICAL_SPECIALIST, Municipality.TOSNO, "9901"),
            tuple("demo-niko-organizer", RoleGroup.NIKO_CLASSROOM_ORGANIZER, Municipality.TOSNO, "9901"),
            tuple("demo-auditor", RoleGroup.AUDITOR, null, null),
            tuple("demo-coordinator2", RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, "9902"),
            tuple("demo-municipal-luga", RoleGroup.VPR_MUNICIPAL_COORDINATOR, Municipality.LUGA, null));
    assertThat(roster.rows()).allSatisfy(row -> {
      assertThat(row.fullName()).endsWith("(демо)");
      assertThat(row.email()).isEqualTo(row.login() + "@demo.invalid");
    });
  }

  // ------------------------------------------------------------------ every error of a bad file

  @Test
  void aBadFileIsRejectedWithEveryErrorByLineAndColumn() {
    String csv = HEADER
        + SCHOOL_ROW                                                                        // 2: good
        + "Petrov,Петров Пётр,,vpr-expert,Тосненский,9901\n"                                // 3: login
        + "sidorov,,sidorov@,директор,Тосненский,9901\n"                                  // 4: fullName, email, role
        + "orlov,Орлов Олег,,vpr-municipal-coordinator,Нарнийский,0001\n"                  // 5: municipality, schoolId
        + "ivanova,Иванова Анна Петровна,ivanova@school.example,vpr-school-coordinator,Тосненский,9901\n" // 6: repeat
        + "ivanova,Иванова Анна,ivanova@school.example,vpr-expert,Тосненский,9902\n"      // 7: fullName, schoolId
        + "\n"
        + "belova,Белова Вера,,vpr-school-head,,\n";                                        // 9: municipality, schoolId

    assertThat(errors(csv)).extracting(ImportError::line, ImportError::column).containsExactly(
        tuple(3, "login"),
        tuple(4, "fullName"), tuple(4, "email"), tuple(4, "role"),
        tuple(5, "schoolId"),
        tuple(6, "role"),
        tuple(7, "fullName"), tuple(7, "schoolId"),
        tuple(9, "municipality"), tuple(9, "schoolId"));
  }

  // ------------------------------------------------------------------ login

  @Test
  void aLoginIsRequiredLowerCaseLatinAndAtMost64Characters() {
    String ok64 = "a".repeat(64);
    assertThat(parse((HEADER + SCHOOL_ROW.replace("ivanova,", ok64 + ","))).rows())
        .extracting(RosterRow::login).containsExactly(ok64);
    assertThat(parse((HEADER + SCHOOL_ROW.replace("ivanova,", "i.van_ova-2,"))).rows())
        .extracting(RosterRow::login).containsExactly("i.van_ova-2");

    assertThat(errors(HEADER
        + SCHOOL_ROW.replace("ivanova,", ",")
        + SCHOOL_ROW.replace("ivanova,", "a".repeat(65) + ",")
        + SCHOOL_ROW.replace("ivanova,", "Ivanova,")
        + SCHOOL_ROW.replace("ivanova,", ".ivanova,")
        + SCHOOL_ROW.replace("ivanova,", "иванова,")
        + SCHOOL_ROW.replace("ivanova,", "iva nova,")))
        .extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(2, "login"), tuple(3, "login"), tuple(4, "login"), tuple(5, "login"), tuple(6, "login"),
            tuple(7, "login"));
    assertThat(errors(HEADER + SCHOOL_ROW.replace("ivanova,", "Ivanova,")).get(0).message()).contains("«ivanova»");
  }

  // ------------------------------------------------------------------ fullName and email

  @Test
  void aFullNameIsRequiredAndItsSpacesDoNotMatter() {
    assertThat(errors(HEADER + SCHOOL_ROW.replace("Иванова Анна Петровна", "  ")))
        .extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(2, "fullName", "Не заполнено: ФИО"));
    assertThat(parse((HEADER + SCHOOL_ROW.replace("Иванова Анна Петровна", " Иванова  Анна Петровна ")))
        .rows().get(0).fullName()).isEqualTo("Иванова Анна Петровна");
  }

  @Test
  void anEmailIsOptionalButAValidAddressWhenGiven() {
    assertThat(parse((HEADER + SCHOOL_ROW.replace("ivanova@school.example", ""))).rows().get(0).email())
        .isNull();
    assertThat(parse(("login,fullName,role,municipality,schoolId\n"
        + "ivanova,Иванова Анна,vpr-expert,Тосненский,9901\n")).rows().get(0).email()).isNull();
    assertThat(parse((HEADER + SCHOOL_ROW.replace("ivanova@school.example", "a.ivanova+vpr@школа.рф")))
        .rows().get(0).email()).isEqualTo("a.ivanova+vpr@школа.рф");

    List<String> bad = List.of("ivanova", "ivanova@", "@school.example", "ivanova@school", "iva nova@school.example",
        "ivanova@@school.example", "ivanova..a@school.example", "ivanova@school..example");
    StringBuilder csv = new StringBuilder(HEADER);
    bad.forEach(address -> csv.append(SCHOOL_ROW.replace("ivanova,", "").replace("ivanova@school.example", address)
        .replaceFirst("^", "u" + csv.length() + ",")));
    assertThat(errors(csv.toString())).extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(2, "email"), tuple(3, "email"), tuple(4, "email"), tuple(5, "email"), tuple(6, "email"),
            tuple(7, "email"), tuple(8, "email"), tuple(9, "email"));
  }

  // ------------------------------------------------------------------ role

  @Test
  void aRoleIsAGroupIdARussianNameOrATitleIgnoringCaseYoAndSpaces() {
    String csv = HEADER
        + "u1,Имя,vpr-observer,Тосненский,9901\n".replace("Имя,", "Имя,,")
        + "u2,Имя,,  общественный   НАБЛЮДАТЕЛЬ впр ,Тосненский,9901\n"
        + "u3,Имя,,Общёственный наблюдатель ВПР,Тосненский,9901\n"
        + "u4,Имя,,ВПР: общественный наблюдатель,Тосненский,9901\n"
        + "u5,Имя,,ВПР:общественный наблюдатель,Тосненский,9901\n"
        + "u6,Имя,,VPR-OBSERVER,Тосненский,9901\n";
    assertThat(parse((csv)).rows()).extracting(RosterRow::role).hasSize(6)
        .containsOnly(RoleGroup.VPR_OBSERVER);
  }

  @Test
  void aRoleIsRequiredAndMustBeKnown() {
    assertThat(errors(HEADER + SCHOOL_ROW.replace("vpr-school-coordinator", "")
        + SCHOOL_ROW.replace("ivanova", "petrova").replace("vpr-school-coordinator", "Завуч")))
        .extracting(ImportError::line, ImportError::column).containsExactly(tuple(2, "role"), tuple(3, "role"));
  }

  // ------------------------------------------------------------------ municipality

  @Test
  void aMunicipalityIsRequiredForMunicipalAndSchoolRolesAndMustBeOneOfThe18() {
    assertThat(errors(HEADER
        + "m1,Имя,,vpr-municipal-coordinator,,\n"
        + "m2,Имя,,vpr-municipal-expert-commission,Нарнийский,\n"
        + "s1,Имя,,niko-technical-specialist,,9901\n"
        + "s2,Имя,,vpr-school-head,Нарнийский,9901\n"))
        .extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(2, "municipality"), tuple(3, "municipality"), tuple(4, "municipality"),
            tuple(5, "municipality"));
    assertThat(parse((HEADER + "m1,Имя,,vpr-municipal-coordinator,sosnovy-bor,\n")).rows().get(0)
        .municipality()).isEqualTo(Municipality.SOSNOVY_BOR);
  }

  @Test
  void aMunicipalityOfARegionalOrAuditorRoleIsIgnored() {
    Roster roster = parse((HEADER
        + "r1,Имя,,vpr-regional-coordinator,Тосненский,\n"
        + "a1,Имя,,auditor,Нарнийский,\n"));
    assertThat(roster.rows()).extracting(RosterRow::municipality).containsExactly(null, null);
  }

  // ------------------------------------------------------------------ schoolId

  @Test
  void aSchoolCodeIsRequiredForSchoolRolesAndWellFormed() {
    String ok50 = "A".repeat(50);
    assertThat(parse((HEADER + SCHOOL_ROW.replace(",9901", "," + ok50))).rows().get(0).schoolId())
        .isEqualTo(ok50);
    assertThat(parse((HEADER + SCHOOL_ROW.replace(",9901", ",ab-12.3_x"))).rows().get(0).schoolId())
        .isEqualTo("ab-12.3_x");

    List<String> bad = List.of("", "A".repeat(51), "-9901", "99 01", "ОО9901", "99/01");
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < bad.size(); i++) {
      csv.append("s").append(i).append(",Имя,,vpr-school-coordinator,Тосненский,").append(bad.get(i)).append('\n');
    }
    assertThat(errors(csv.toString())).extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(2, "schoolId"), tuple(3, "schoolId"), tuple(4, "schoolId"), tuple(5, "schoolId"),
            tuple(6, "schoolId"), tuple(7, "schoolId"));
  }

  @Test
  void aSchoolCodeIsNotGivenForMunicipalRegionalAndAuditorRoles() {
    List<ImportError> errors = errors(HEADER
        + "m1,Имя,,vpr-municipal-coordinator,Тосненский,9901\n"
        + "m2,Имя,,vpr-municipal-expert-commission,Тосненский,9901\n"
        + "r1,Имя,,vpr-regional-coordinator,,9901\n"
        + "a1,Имя,,auditor,,9901\n");
    assertThat(errors).extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(2, "schoolId"), tuple(3, "schoolId"), tuple(4, "schoolId"), tuple(5, "schoolId"));
    assertThat(errors.get(0).message()).contains("код ОО не указывается");
  }

  @Test
  void aSchoolKeepsOneMunicipalityThroughoutTheFile() {
    assertThat(errors(HEADER + SCHOOL_ROW + SCHOOL_ROW.replace("ivanova", "petrova").replace("Тосненский", "Лужский")))
        .extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(3, "municipality", "ОО 9901 в строке 2 указана в другом муниципалитете (Тосненский)"));
  }

  // ------------------------------------------------------------------ optional columns needed by a row

  @Test
  void municipalityAndSchoolColumnsMayBeAbsentWhenNoRowNeedsThem() {
    Roster roster = parse(("ФИО;Логин;Роль\nОбластная Регина;regina;vpr-regional-coordinator\n"
        + "Проверкин Аркадий;arkady;Аудитор\n"));
    assertThat(roster.rows()).extracting(RosterRow::login).containsExactly("regina", "arkady");
  }

  @Test
  void anAbsentMunicipalityOrSchoolColumnIsReportedOnceWhenARowNeedsIt() {
    assertThat(errors("login,fullName,role\n"
        + "r1,Имя,vpr-regional-coordinator\n"
        + "m1,Имя,vpr-municipal-coordinator\n"
        + "s1,Имя,vpr-expert\n"
        + "s2,Имя,vpr-observer\n"))
        .extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(1, "municipality"), tuple(1, "schoolId"));
    List<ImportError> errors = errors("login,fullName,role,municipality\n"
        + "bad,,vpr-school-head,Тосненский\n"
        + "m1,Имя,vpr-municipal-coordinator,Тосненский\n");
    assertThat(errors).extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(1, "schoolId"), tuple(2, "fullName"));
    assertThat(errors.get(0).message()).contains("«Код ОО»").contains("строке 2");
  }

  // ------------------------------------------------------------------ one person, several rows

  @Test
  void aPersonWithTwoRolesHasTwoRowsButTheSameLoginAndRoleTwiceIsAnError() {
    Roster roster = parse((HEADER + SCHOOL_ROW + SCHOOL_ROW.replace("vpr-school-coordinator",
        "niko-responsible-organizer")));
    assertThat(roster.people()).singleElement().satisfies(person -> assertThat(person.roles())
        .containsExactly(RoleGroup.VPR_SCHOOL_COORDINATOR, RoleGroup.NIKO_RESPONSIBLE_ORGANIZER));

    assertThat(errors(HEADER + SCHOOL_ROW + SCHOOL_ROW.replace("vpr-school-coordinator", "vpr-expert")
        + SCHOOL_ROW.replace("vpr-school-coordinator", "Школьный координатор ВПР")))
        .extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(4, "role", "Повтор: логин ivanova с ролью «Школьный координатор ВПР» уже есть в строке 2."
            + " Одна строка на логин и роль"));
  }

  @Test
  void theRowsOfALoginHaveOneFullNameAndOneEmail() {
    String second = SCHOOL_ROW.replace("vpr-school-coordinator", "vpr-expert");
    assertThat(errors(HEADER + SCHOOL_ROW
        + second.replace("Иванова Анна Петровна", "Иванова Анна")
        + second.replace("vpr-expert", "vpr-observer").replace("ivanova@school.example", "anna@school.example")
        + second.replace("vpr-expert", "vpr-school-head").replace("ivanova@school.example", "")))
        .extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(3, "fullName"), tuple(4, "email"), tuple(5, "email"));
    // the address's case does not matter
    assertThat(parse((HEADER + SCHOOL_ROW + second.replace("ivanova@school.example",
        "Ivanova@School.example"))).rows()).hasSize(2);
  }

  @Test
  void theRowsOfALoginShareOneScope() {
    List<ImportError> errors = errors(HEADER
        + "a,Имя,,vpr-school-coordinator,Тосненский,9901\n"
        + "a,Имя,,vpr-expert,Тосненский,9902\n"                             // 3: another school
        + "b,Имя,,vpr-school-head,Тосненский,9901\n"
        + "b,Имя,,vpr-municipal-expert-commission,Тосненский,\n"             // 5: school and its municipality
        + "c,Имя,,vpr-municipal-coordinator,Тосненский,\n"
        + "c,Имя,,vpr-municipal-expert-commission,Лужский,\n"              // 7: another municipality
        + "d,Имя,,vpr-regional-coordinator,,\n"
        + "d,Имя,,vpr-municipal-coordinator,Тосненский,\n"                  // 9: the region and a municipality
        + "e,Имя,,vpr-regional-coordinator,,\n"
        + "e,Имя,,auditor,Тосненский,\n"                                     // both region-wide: fine
        + "f,Имя,,vpr-municipal-coordinator,Лужский,\n"
        + "f,Имя,,vpr-municipal-expert-commission,Лужский муниципальный район,\n"); // same municipality: fine
    assertThat(errors).extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(3, "schoolId"), tuple(5, "schoolId"), tuple(7, "municipality"), tuple(9, "role"));
    assertThat(errors.get(0).message()).contains("строке 2").contains("ОО 9901 (Тосненский)")
        .contains("ОО 9902 (Тосненский)").contains("отдельный логин");
  }

  // ------------------------------------------------------------------ the file as a whole

  @Test
  void anEmptyFileOrAHeaderOnlyIsRejectedInRosterWording() {
    assertThat(errors("")).extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(1, "file", "Файл пуст: нет строки заголовков и строк списка сотрудников"));
    assertThat(errors("\n ; ;\n")).extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(1, "file"));
    assertThat(errors("Логин;ФИО;Роль\n\n")).extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(2, "file", "В файле только строка заголовков, нет ни одного сотрудника"));
  }

  @Test
  void everyMissingRequiredColumnIsAnErrorOnLine1() {
    assertThat(errors("ФИО;Эл. почта;Муниципалитет\nИмя;;Тосненский\n"))
        .extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(1, "login", "Нет обязательного столбца «login» («Логин»)"),
            tuple(1, "role", "Нет обязательного столбца «role» («Роль»)"));
  }

  @Test
  void aBrokenXlsxIsRejected() {
    assertThat(errors(new byte[] {'P', 'K', 3, 4, 0, 0}, "staff.xlsx")).extracting(ImportError::line,
        ImportError::column).containsExactly(tuple(1, "file"));
  }

  // ------------------------------------------------------------------ helpers

  private static Roster parse(String csv) {
    return RosterParser.parse(bytes(csv), "staff.csv");
  }

  private static byte[] bytes(String csv) {
    return csv.getBytes(StandardCharsets.UTF_8);
  }

  private static List<ImportError> errors(String csv) {
    return errors(bytes(csv), "staff.csv");
  }

  private static List<ImportError> errors(byte[] content, String fileName) {
    RosterRejectedException rejected = catchThrowableOfType(RosterRejectedException.class,
        () -> RosterParser.parse(content, fileName));
    assertThat(rejected).as("the file is rejected").isNotNull();
    return rejected.errors();
  }

  private static void row(XSSFSheet sheet, int index, String... values) {
    XSSFRow row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
  }
}
