package ru.lenobl.assessment.identity.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.RoleGroup.Level;
import ru.lenobl.assessment.tabular.Column;
import ru.lenobl.assessment.tabular.ImportError;
import ru.lenobl.assessment.tabular.TableKind;
import ru.lenobl.assessment.tabular.TableReader;
import ru.lenobl.assessment.tabular.TableRow;

/**
 * Reads and checks the staff roster (the contract in design.md, «The staff roster import»): every row, every error
 * by line and column key, in Russian. A file with any error is rejected whole.
 */
public final class RosterParser {

  public static final String LOGIN = "login";
  public static final String FULL_NAME = "fullName";
  public static final String EMAIL = "email";
  public static final String ROLE = "role";
  public static final String MUNICIPALITY = "municipality";
  public static final String SCHOOL_ID = "schoolId";

  /** The roster's columns; municipality and schoolId may be absent when no row needs them. */
  public static final List<Column> COLUMNS = List.of(
      Column.required(LOGIN, "Логин"),
      Column.required(FULL_NAME, "ФИО"),
      Column.optional(EMAIL, "Эл. почта"),
      Column.required(ROLE, "Роль"),
      Column.optional(MUNICIPALITY, "Муниципалитет"),
      Column.optional(SCHOOL_ID, "Код ОО"));

  static final TableKind STAFF_ROSTER = new TableKind("строк списка сотрудников", "нет ни одного сотрудника",
      RosterRejectedException::new);

  static final int MAX_LOGIN = 64;
  static final int MAX_SCHOOL_ID = 50;
  private static final Pattern LOGIN_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern SCHOOL_ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern EMAIL_PATTERN =
      Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+(?:\\p{L}{2,63}|xn--[A-Za-z0-9-]{1,59})");

  private RosterParser() {
  }

  /** Reads a CSV or XLSX roster: the checked rows, or {@link RosterRejectedException} with every error. */
  public static Roster parse(byte[] content, String fileName) {
    return parse(TableReader.read(content, fileName, COLUMNS, STAFF_ROSTER));
  }

  /** Checks rows already read by {@link TableReader} with {@link #COLUMNS}. */
  public static Roster parse(List<TableRow> rows) {
    return new Check().run(rows);
  }

  /** A scope a user's roles must share: the region (regional and auditor roles), a municipality, or a school. */
  private record Scope(Municipality municipality, String schoolId) {

    static final Scope REGION = new Scope(null, null);

    String describe() {
      if (municipality == null) {
        return "весь регион";
      }
      return schoolId == null ? "муниципалитет «" + municipality.russianName() + "»"
          : "ОО " + schoolId + " (" + municipality.russianName() + ")";
    }
  }

  private record Seen<T>(int line, T value) {
  }

  /** One pass over the rows, collecting every error. */
  private static final class Check {

    private final List<ImportError> headerErrors = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final List<RosterRow> result = new ArrayList<>();
    private final Map<String, Seen<String>> fullNameOfLogin = new HashMap<>();
    private final Map<String, Seen<String>> emailOfLogin = new HashMap<>();
    private final Map<String, Seen<Scope>> scopeOfLogin = new HashMap<>();
    private final Map<String, Integer> lineOfLoginAndRole = new HashMap<>();
    private final Map<String, Seen<Municipality>> municipalityOfSchool = new HashMap<>();

    Roster run(List<TableRow> rows) {
      for (TableRow row : rows) {
        check(row);
      }
      if (!headerErrors.isEmpty() || !errors.isEmpty()) {
        List<ImportError> all = new ArrayList<>(headerErrors);
        all.addAll(errors);
        throw new RosterRejectedException(all);
      }
      return new Roster(result);
    }

    private void check(TableRow row) {
      int errorsBefore = errors.size();
      Optional<String> login = login(row);
      Optional<String> fullName = required(row, FULL_NAME, "ФИО");
      Optional<Optional<String>> email = email(row);
      Optional<RoleGroup> role = role(row);
      Optional<Scope> scope = role.flatMap(r -> scope(row, r));

      if (login.isPresent()) {
        String user = login.get();
        fullName.ifPresent(name -> sameForLogin(row, user, FULL_NAME, fullNameOfLogin, name,
            seen -> "У логина " + user + " в строке " + seen.line() + " другое ФИО: «" + seen.value()
                + "». Строки одного человека (по одной на роль) должны повторять одно и то же ФИО"));
        email.ifPresent(address -> sameForLogin(row, user, EMAIL, emailOfLogin,
            address.map(a -> a.toLowerCase(Locale.ROOT)).orElse(""),
            seen -> "У логина " + user + " в строке " + seen.line() + " другая эл. почта: "
                + (seen.value().isEmpty() ? "не указана" : "«" + seen.value() + "»")
                + ". Строки одного человека должны повторять один и тот же адрес"));
        role.ifPresent(r -> {
          Integer earlier = lineOfLoginAndRole.putIfAbsent(user + "|" + r.id(), row.line());
          if (earlier != null) {
            fail(row, ROLE, "Повтор: логин " + user + " с ролью «" + r.russianName() + "» уже есть в строке " + earlier
                + ". Одна строка на логин и роль");
          }
        });
        scope.ifPresent(s -> {
          Seen<Scope> seen = scopeOfLogin.putIfAbsent(user, new Seen<>(row.line(), s));
          if (seen != null && !seen.value().equals(s)) {
            fail(row, scopeColumn(seen.value(), s), "Логин " + user + " в строке " + seen.line() + " работает в другой "
                + "области: " + seen.value().describe() + ", а здесь — " + s.describe() + ". Все роли одного "
                + "пользователя действуют в одной области (одна ОО, один муниципалитет или весь регион), иначе каждая "
                + "роль получила бы доступ и к чужой области. Для роли в другой области заведите отдельный логин");
          }
        });
      }
      // A row needing an absent column has no error of its own (the column's is on line 1) and no scope.
      if (errors.size() == errorsBefore && login.isPresent() && fullName.isPresent() && email.isPresent()
          && scope.isPresent()) {
        result.add(new RosterRow(row.line(), login.get(), fullName.get(), email.get().orElse(null), role.orElseThrow(),
            scope.get().municipality(), scope.get().schoolId()));
      }
    }

    private Optional<String> login(TableRow row) {
      String value = row.get(LOGIN);
      if (value.isEmpty()) {
        return fail(row, LOGIN, "Не заполнен логин");
      }
      if (value.length() > MAX_LOGIN) {
        return fail(row, LOGIN, "Логин длиннее " + MAX_LOGIN + " символов (" + value.length() + ")");
      }
      if (!LOGIN_PATTERN.matcher(value).matches()) {
        String lower = value.toLowerCase(Locale.ROOT);
        return fail(row, LOGIN, "«" + value + "» — недопустимый логин: только строчные латинские буквы, цифры и знаки "
            + "«.», «_», «-», первым — буква или цифра"
            + (LOGIN_PATTERN.matcher(lower).matches() ? ", например «" + lower + "»" : ""));
      }
      return Optional.of(value);
    }

    private Optional<String> required(TableRow row, String column, String what) {
      String value = row.get(column).replaceAll("\\s+", " ");
      return value.isEmpty() ? fail(row, column, "Не заполнено: " + what) : Optional.of(value);
    }

    /** Empty inside when no address is given; empty outside when the address is wrong. */
    private Optional<Optional<String>> email(TableRow row) {
      String value = row.get(EMAIL);
      if (value.isEmpty()) {
        return Optional.of(Optional.empty());
      }
      if (value.length() > 254 || value.indexOf('@') > 64 || !EMAIL_PATTERN.matcher(value).matches()) {
        return fail(row, EMAIL, "«" + value + "» — не адрес эл. почты: нужен вид name@example.ru (или оставьте пустым)");
      }
      return Optional.of(Optional.of(value));
    }

    private Optional<RoleGroup> role(TableRow row) {
      String value = row.get(ROLE);
      if (value.isEmpty()) {
        return fail(row, ROLE, "Не заполнена роль");
      }
      return RoleGroup.find(value).or(() -> fail(row, ROLE, "Неизвестная роль «" + value + "»: нужен идентификатор "
          + "группы (например vpr-school-coordinator) или название роли (например «Школьный координатор ВПР»)"));
    }

    /** The row's scope by its role's level; for regional and auditor roles a municipality is ignored. */
    private Optional<Scope> scope(TableRow row, RoleGroup role) {
      Level level = role.level();
      String schoolId = row.get(SCHOOL_ID);
      if (level != Level.SCHOOL && !schoolId.isEmpty()) {
        return fail(row, SCHOOL_ID, "Для роли «" + role.russianName() + "» код ОО не указывается: "
            + switch (level) {
              case MUNICIPAL -> "это роль муниципалитета, она видит все его ОО";
              case REGIONAL -> "это роль всего региона";
              default -> "аудитор видит весь регион";
            });
      }
      if (level == Level.REGIONAL || level == Level.AUDITOR) {
        return Optional.of(Scope.REGION);
      }
      Optional<Municipality> municipality = municipality(row, role);
      Optional<String> school = level == Level.SCHOOL ? schoolId(row, role) : Optional.empty();
      if (municipality.isEmpty() || (level == Level.SCHOOL && school.isEmpty())) {
        return Optional.empty();
      }
      school.ifPresent(code -> {
        Seen<Municipality> seen = municipalityOfSchool.putIfAbsent(code, new Seen<>(row.line(), municipality.get()));
        if (seen != null && seen.value() != municipality.get()) {
          fail(row, MUNICIPALITY, "ОО " + code + " в строке " + seen.line() + " указана в другом муниципалитете ("
              + seen.value().russianName() + ")");
        }
      });
      return Optional.of(new Scope(municipality.get(), school.orElse(null)));
    }

    private Optional<Municipality> municipality(TableRow row, RoleGroup role) {
      if (!row.has(MUNICIPALITY)) {
        missingColumn(MUNICIPALITY, "Муниципалитет", "муниципальных и школьных ролей", row);
        return Optional.empty();
      }
      String value = row.get(MUNICIPALITY);
      if (value.isEmpty()) {
        return fail(row, MUNICIPALITY, "Не заполнен муниципалитет: он нужен для роли «" + role.russianName() + "»");
      }
      return Municipality.find(value).or(() -> fail(row, MUNICIPALITY, "Неизвестный муниципалитет «" + value
          + "»: нужен один из 18 муниципалитетов Ленинградской области"));
    }

    private Optional<String> schoolId(TableRow row, RoleGroup role) {
      if (!row.has(SCHOOL_ID)) {
        missingColumn(SCHOOL_ID, "Код ОО", "школьных ролей", row);
        return Optional.empty();
      }
      String value = row.get(SCHOOL_ID);
      if (value.isEmpty()) {
        return fail(row, SCHOOL_ID, "Не заполнен код ОО: он нужен для роли «" + role.russianName() + "»");
      }
      if (value.length() > MAX_SCHOOL_ID || !SCHOOL_ID_PATTERN.matcher(value).matches()) {
        return fail(row, SCHOOL_ID, "«" + value + "» — недопустимый код ОО: латинские буквы, цифры и знаки «.», «_», "
            + "«-», первым — буква или цифра, не длиннее " + MAX_SCHOOL_ID + " символов");
      }
      return Optional.of(value);
    }

    /** A conditional column absent while a row needs it: one error on line 1, naming the first such row. */
    private void missingColumn(String key, String russianHeader, String forWhat, TableRow row) {
      if (headerErrors.stream().noneMatch(error -> error.column().equals(key))) {
        headerErrors.add(new ImportError(1, key, "Нет столбца «" + key + "» («" + russianHeader + "»): он нужен для "
            + forWhat + ", например в строке " + row.line()));
      }
    }

    private <T> void sameForLogin(TableRow row, String login, String column, Map<String, Seen<T>> firstOfLogin, T value,
        Function<Seen<T>, String> message) {
      Seen<T> seen = firstOfLogin.putIfAbsent(login, new Seen<>(row.line(), value));
      if (seen != null && !Objects.equals(seen.value(), value)) {
        fail(row, column, message.apply(seen));
      }
    }

    /** The column to blame for two scopes of one login. */
    private static String scopeColumn(Scope first, Scope now) {
      if (first.municipality() == null || now.municipality() == null) {
        return ROLE;
      }
      return first.municipality() != now.municipality() ? MUNICIPALITY : SCHOOL_ID;
    }

    private <T> Optional<T> fail(TableRow row, String column, String message) {
      errors.add(new ImportError(row.line(), column, message));
      return Optional.empty();
    }
  }
}
