package ru.lenobl.assessment.campaign.plan;

/** One problem in a plan-schedule file: the line (1 is the header), the column key and what is wrong, in Russian. */
public record ImportError(int line, String column, String message) {
}
