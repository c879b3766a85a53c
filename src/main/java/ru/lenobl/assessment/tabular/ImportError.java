package ru.lenobl.assessment.tabular;

/**
 * One problem in an imported table file: the line (1 is the header; 0 for a form field beside the file), the column
 * key (or {@code file}) and what is wrong, in Russian. Answered as JSON {@code {line, column, message}}.
 */
public record ImportError(int line, String column, String message) {
}
