/**
 * Cohorts and the six-meeting cycle: planning and its rules, the fixed agenda, attendance,
 * where the cohort stands in the five phases, the facilitator's progress grid, follow-up cycles.
 */
package nl.leerkring.cohort;
