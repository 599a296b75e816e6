/**
 * "What happened while I was away" (issue 11, item 5): a reply to my reflection, a reflection shared
 * with my group, my duo partner's new plan or report. Read from the timestamps the events already
 * carry, since a per-person "seen until" moment; shown on the home page and, at most once a day, sent
 * as a digest mail. Sits above learning and cohort and only reads them.
 */
package nl.leerkring.notice;
