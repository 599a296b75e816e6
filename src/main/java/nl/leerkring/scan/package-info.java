/**
 * The self-scan: filling it (drafts saved as you go), submitting it, and its result as means
 * per radar axis with the lowest axes as candidates for a learning question.
 */
package nl.leerkring.scan;
