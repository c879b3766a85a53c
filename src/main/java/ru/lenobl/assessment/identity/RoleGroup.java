package ru.lenobl.assessment.identity;

/** The Camunda groups of the roles in the memos: user tasks name them as candidate groups. */
public enum RoleGroup {
  VPR_REGIONAL_COORDINATOR("vpr-regional-coordinator", "ВПР: региональный координатор"),
  VPR_MUNICIPAL_COORDINATOR("vpr-municipal-coordinator", "ВПР: муниципальный координатор"),
  VPR_SCHOOL_HEAD("vpr-school-head", "ВПР: руководитель ОО"),
  VPR_SCHOOL_COORDINATOR("vpr-school-coordinator", "ВПР: школьный координатор"),
  VPR_TECHNICAL_SPECIALIST("vpr-technical-specialist", "ВПР: технический специалист ОО"),
  VPR_CLASSROOM_ORGANIZER("vpr-classroom-organizer", "ВПР: организатор в аудитории"),
  VPR_EXPERT("vpr-expert", "ВПР: эксперт по проверке работ"),
  VPR_OBSERVER("vpr-observer", "ВПР: общественный наблюдатель"),
  VPR_MUNICIPAL_EXPERT_COMMISSION("vpr-municipal-expert-commission", "ВПР: муниципальная экспертная комиссия"),
  NIKO_RESPONSIBLE_ORGANIZER("niko-responsible-organizer", "НИКО: ответственный организатор ОО"),
  NIKO_CLASSROOM_ORGANIZER("niko-classroom-organizer", "НИКО: организатор в аудитории"),
  NIKO_TECHNICAL_SPECIALIST("niko-technical-specialist", "НИКО: технический специалист ОО"),
  AUDITOR("auditor", "Аудитор (только чтение истории)");

  /** The type Camunda's Admin shows for these groups. */
  public static final String TYPE = "WORKFLOW";

  private final String id;
  private final String title;

  RoleGroup(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
