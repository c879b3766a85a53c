package ru.lenobl.assessment.identity.roster;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One-time passwords for new staff: 14 characters from a cryptographic random source, with lower and upper case
 * letters, digits and a sign (so they pass Camunda's password policy when it is switched on), without characters
 * that are easily confused (0/O, 1/l/I).
 */
public final class OneTimePasswords {

  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String SIGNS = "-_!#%+";
  private static final String ALL = LOWER + UPPER + DIGITS + SIGNS;
  static final int LENGTH = 14;

  private final SecureRandom random = new SecureRandom();

  public String next() {
    List<Character> characters = new ArrayList<>();
    characters.add(pick(LOWER));
    characters.add(pick(UPPER));
    characters.add(pick(DIGITS));
    characters.add(pick(SIGNS));
    while (characters.size() < LENGTH) {
      characters.add(pick(ALL));
    }
    Collections.shuffle(characters, random);
    StringBuilder password = new StringBuilder();
    characters.forEach(password::append);
    return password.toString();
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
