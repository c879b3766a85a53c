package ru.lenobl.assessment.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Camunda groups of the roles in the memos: user tasks name them as candidate groups. Each role has the name
 * staff write in the roster and a {@link Level}: the scope a member of the group works in.
 */
public enum RoleGroup {
  VPR_REGIONAL_COORDINATOR("vpr-regional-coordinator", "ВПР: региональный координатор",
      "Региональный координатор ВПР", Level.REGIONAL),
  VPR_MUNICIPAL_COORDINATOR("vpr-municipal-coordinator", "ВПР: муниципальный координатор",
      "Муниципальный координатор ВПР", Level.MUNICIPAL),
  VPR_SCHOOL_HEAD("vpr-school-head", "ВПР: руководитель ОО", "Руководитель ОО", Level.SCHOOL),
  VPR_SCHOOL_COORDINATOR("vpr-school-coordinator", "ВПР: школьный координатор", "Школьный координатор ВПР",
      Level.SCHOOL),
  VPR_TECHNICAL_SPECIALIST("vpr-technical-specialist", "ВПР: технический специалист ОО",
      "Технический специалист ВПР", Level.SCHOOL),
  VPR_CLASSROOM_ORGANIZER("vpr-classroom-organizer", "ВПР: организатор в аудитории",
      "Организатор в аудитории ВПР", Level.SCHOOL),
  VPR_EXPERT("vpr-expert", "ВПР: эксперт по проверке работ", "Эксперт ВПР", Level.SCHOOL),
  VPR_OBSERVER("vpr-observer", "ВПР: общественный наблюдатель", "Общественный наблюдатель ВПР", Level.SCHOOL),
  VPR_MUNICIPAL_EXPERT_COMMISSION("vpr-municipal-expert-commission", "ВПР: муниципальная экспертная комиссия",
      "Муниципальная экспертная комиссия ВПР", Level.MUNICIPAL),
  NIKO_RESPONSIBLE_ORGANIZER("niko-responsible-organizer", "НИКО: ответственный организатор ОО",
      "Ответственный организатор НИКО", Level.SCHOOL),
  NIKO_CLASSROOM_ORGANIZER("niko-classroom-organizer", "НИКО: организатор в аудитории",
      "Организатор в аудитории НИКО", Level.SCHOOL),
  NIKO_TECHNICAL_SPECIALIST("niko-technical-specialist", "НИКО: технический специалист ОО",
      "Технический специалист НИКО", Level.SCHOOL),
  AUDITOR("auditor", "Аудитор (только чтение истории)", "Аудитор", Level.AUDITOR);

  /** The type Camunda's Admin shows for these groups. */
  public static final String TYPE = "WORKFLOW";

  /** Where a role works: its member's scope is the region, one municipality, or one school; an auditor reads all. */
  public enum Level {
    /** The whole region. */
    REGIONAL,
    /** One municipality and its schools. */
    MUNICIPAL,
    /** One school. */
    SCHOOL,
    /** Everything, read-only. */
    AUDITOR
  }

  private final String id;
  private final String title;
  private final String russianName;
  private final Level level;

  RoleGroup(String id, String title, String russianName, Level level) {
    this.id = id;
    this.title = title;
    this.russianName = russianName;
    this.level = level;
  }

  public String id() {
    return id;
  }

  /** The group's name in Camunda's Admin, e.g. «ВПР: школьный координатор». */
  public String title() {
    return title;
  }

  /** The role as staff write it in the roster, e.g. «Школьный координатор ВПР». */
  public String russianName() {
    return russianName;
  }

  public Level level() {
    return level;
  }

  /**
   * By group id ({@code vpr-school-coordinator}), Russian name («Школьный координатор ВПР») or title
   * («ВПР: школьный координатор»); case, «ё» and extra spaces do not matter.
   */
  public static Optional<RoleGroup> find(String text) {
    String wanted = normalize(text);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(role -> wanted.equals(role.id) || wanted.equals(normalize(role.russianName))
            || wanted.equals(normalize(role.title)))
        .findFirst();
  }

  private static String normalize(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
        .replace('ё', 'е').replaceAll(" ?: ?", ": ");
  }
}
