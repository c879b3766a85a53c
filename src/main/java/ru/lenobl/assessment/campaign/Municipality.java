package ru.lenobl.assessment.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The 18 municipal units of the Leningrad region: 17 districts and the Sosnovy Bor urban district. */
public enum Municipality {
  BOKSITOGORSK("boksitogorsk", "Бокситогорский"),
  VOLOSOVO("volosovo", "Волосовский"),
  VOLKHOV("volkhov", "Волховский"),
  VSEVOLOZHSK("vsevolozhsk", "Всеволожский"),
  VYBORG("vyborg", "Выборгский"),
  GATCHINA("gatchina", "Гатчинский"),
  KINGISEPP("kingisepp", "Кингисеппский"),
  KIRISHI("kirishi", "Киришский"),
  KIROVSK("kirovsk", "Кировский"),
  LODEYNOYE_POLE("lodeynoye-pole", "Лодейнопольский"),
  LOMONOSOV("lomonosov", "Ломоносовский"),
  LUGA("luga", "Лужский"),
  PODPOROZHYE("podporozhye", "Подпорожский"),
  PRIOZERSK("priozersk", "Приозерский"),
  SLANTSY("slantsy", "Сланцевский"),
  TIKHVIN("tikhvin", "Тихвинский"),
  TOSNO("tosno", "Тосненский"),
  SOSNOVY_BOR("sosnovy-bor", "Сосновоборский городской округ");

  private final String id;
  private final String russianName;
  /** The Russian name as {@link #find} compares it, and its first word (computed once: a plan looks up every row). */
  private final String normalizedName;
  private final String firstWord;

  Municipality(String id, String russianName) {
    this.id = id;
    this.russianName = russianName;
    this.normalizedName = normalize(russianName);
    this.firstWord = normalizedName.split(" ")[0];
  }

  public String id() {
    return id;
  }

  public String russianName() {
    return russianName;
  }

  /**
   * By id ({@code tosno}) or Russian name, as coordinators write it: «Тосненский», «Тосненский район»,
   * «Тосненский муниципальный район», «Сосновоборский ГО»; case and «ё» do not matter.
   */
  public static Optional<Municipality> find(String text) {
    String wanted = normalize(text);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(m -> m.id.equals(wanted) || m.normalizedName.equals(wanted)
            || wanted.startsWith(m.firstWord + " ") || wanted.equals(m.firstWord))
        .findFirst();
  }

  private static String normalize(String text) {
    return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
  }
}
