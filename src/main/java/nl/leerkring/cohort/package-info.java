/**
 * Cohorts and the six-meeting cycle: planning and its rules, the fixed agenda, attendance,
 * where the cohort stands in the five phases, the rows of the progress grid, follow-up cycles. The
 * pages that gather other features (the cohort page, the meeting page) are in {@code progress}.
 */
package nl.leerkring.cohort;
