/**
 * Feedback from the student teacher, the schoolopleider or a colleague, who have no account: a
 * personal single-purpose link by mail, the forms of Bijlage 2, reminders, and the participant's
 * overlay of self-scan and feedback with its gap table.
 */
package nl.leerkring.feedback;
