/**
 * The coordinator's insights (issue 16 §1): aggregates over cohorts, years and the whole partnership
 * without names, each shown only with enough people behind it, as charts with their tables and a CSV.
 * A top layer: it reads the features below it, and nothing uses it.
 */
package nl.leerkring.insights;
