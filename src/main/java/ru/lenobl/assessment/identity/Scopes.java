package ru.lenobl.assessment.identity;

import java.util.regex.Pattern;

/**
 * The scopes of the region: each is a Camunda tenant and a group of the same id, whose members reach that tenant.
 * <ul>
 *   <li>{@code region}: the campaign's own processes (regional coordinator); its group is a member of every tenant;</li>
 *   <li>{@code mun-<id>} (e.g. {@code mun-tosno}): a municipality's processes; its group is a member of the
 *       municipality's tenant and of the tenant of every school in it;</li>
 *   <li>{@code school-<code>} (e.g. {@code school-0412}): everything of one school.</li>
 * </ul>
 */
public final class Scopes {

  public static final String REGION = "region";
  public static final String MUNICIPALITY_PREFIX = "mun-";
  public static final String SCHOOL_PREFIX = "school-";
  /** The group type Camunda's Admin shows for scope groups. */
  public static final String GROUP_TYPE = "SCOPE";

  /** A school code that can become part of a tenant id (at most 64 characters with the prefix). */
  public static final Pattern SCHOOL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");

  private Scopes() {
  }

  public static String municipality(String municipalityId) {
    return MUNICIPALITY_PREFIX + municipalityId;
  }

  public static String school(String schoolCode) {
    return SCHOOL_PREFIX + schoolCode;
  }

  public static boolean isScope(String groupOrTenantId) {
    return REGION.equals(groupOrTenantId) || groupOrTenantId.startsWith(MUNICIPALITY_PREFIX)
        || groupOrTenantId.startsWith(SCHOOL_PREFIX);
  }
}
