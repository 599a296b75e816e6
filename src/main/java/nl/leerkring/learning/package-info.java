/**
 * The learning loop of a cohort (phases 1, 3, 4 and 5): individual and shared learning questions (the
 * nominal group technique, run live, in {@code learning.session}), practice plans and reports,
 * reflections after every meeting, duos and their collegial feedback conversations.
 */
package nl.leerkring.learning;
