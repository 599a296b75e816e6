/**
 * The facilitator's e-mail rhythm: the reminders between and after the meetings (halfway, reflection,
 * self-scan nudge), their per-cohort settings, the list of upcoming mails with skip and send now, and
 * a cohort's mail log for its facilitators. Sits above cohort, learning, scan and feedback and asks
 * each of them, per cohort, for what it needs.
 */
package nl.leerkring.rhythm;
