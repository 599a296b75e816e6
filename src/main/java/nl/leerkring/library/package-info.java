/**
 * The shared material library (DESIGN §5): items per competence area and phase, their files, Dutch
 * search, comments and "used it" marks, and the materials a facilitator attaches to a meeting's agenda.
 */
package nl.leerkring.library;
