/**
 * The home page per role (dashboard.xhtml): an overview that gathers cohorts, mail, scans,
 * feedback and summaries. At the top of the layers; nothing imports it.
 */
package nl.leerkring.home;
