/**
 * Pages that gather a cohort's progress from several features: the facilitator's cohort page
 * (grid, scans, feedback), the meeting page with its plan review, the participant's cohorts and to-dos.
 * At the top of the layers; nothing imports it.
 */
package nl.leerkring.progress;
