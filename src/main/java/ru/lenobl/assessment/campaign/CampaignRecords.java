package ru.lenobl.assessment.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our own record of the imported campaigns, table {@code assessment_campaign} (Flyway, {@code db/migration}). Its
 * primary key on the campaign id is the guard against a second import of one id, on this node or another: the
 * record is written first in the import's transaction, so of two concurrent imports the second waits for the first
 * and then fails on the key (409), or finds the first rolled back and goes on.
 */
public class CampaignRecords {

  /** One imported campaign: its procedure ({@code vpr}, {@code niko}), instance and plan's size. */
  public record Campaign(String campaignId, String procedure, String processInstanceId, long municipalities,
      long schools, long works, Instant importedAt, String importedBy) {
  }

  private final JdbcTemplate jdbc;

  public CampaignRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims the id for this import, in the caller's transaction; a taken id is {@link CampaignAlreadyExistsException}. */
  public void claim(String campaignId, String procedure, long municipalities, long schools, long works, String importedBy) {
    try {
      jdbc.update("insert into assessment_campaign (campaign_id, procedure_code, municipalities, schools, works, "
              + "imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?)",
          campaignId, procedure, municipalities, schools, works, Timestamp.from(Instant.now()), importedBy);
    } catch (DataIntegrityViolationException taken) {
      throw new CampaignAlreadyExistsException(campaignId);
    } catch (PessimisticLockingFailureException | QueryTimeoutException held) {
      // The key is held by a concurrent import of the same id that has not finished within the lock timeout (H2).
      throw new CampaignAlreadyExistsException(campaignId);
    }
  }

  /** Records the campaign's process instance, in the same transaction as {@link #claim}. */
  public void started(String campaignId, String processInstanceId) {
    jdbc.update("update assessment_campaign set process_instance_id = ? where campaign_id = ?", processInstanceId,
        campaignId);
  }

  public Optional<Campaign> find(String campaignId) {
    List<Campaign> found = jdbc.query("select campaign_id, procedure_code, process_instance_id, municipalities, schools, "
            + "works, imported_at, imported_by from assessment_campaign where campaign_id = ?",
        (row, n) -> new Campaign(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
            row.getLong(6), row.getTimestamp(7).toInstant(), row.getString(8)),
        campaignId);
    return found.stream().findFirst();
  }

  public long count(String campaignId) {
    Long count = jdbc.queryForObject("select count(*) from assessment_campaign where campaign_id = ?", Long.class,
        campaignId);
    return count == null ? 0 : count;
  }
}
