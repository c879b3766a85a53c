package ru.lenobl.assessment.campaign.plan;

import java.util.List;

import ru.lenobl.assessment.tabular.Column;
import ru.lenobl.assessment.tabular.TableKind;
import ru.lenobl.assessment.tabular.TableReader;
import ru.lenobl.assessment.tabular.TableRow;

/**
 * Reads a plan-schedule as regional coordinators export it from Excel (see {@link TableReader}): the rows, or a
 * {@link PlanRejectedException} with every problem of the file's form.
 */
public final class PlanFileReader {

  static final TableKind PLAN_SCHEDULE = new TableKind("строк плана-графика", "нет ни одной работы",
      PlanRejectedException::new);

  private PlanFileReader() {
  }

  public static List<TableRow> read(byte[] content, String fileName, List<Column> columns) {
    return TableReader.read(content, fileName, columns, PLAN_SCHEDULE);
  }
}
