/**
 * The competence framework as data: versions, the five radar axes, and the items of the
 * self-scan and both feedback forms (seed 003, Bijlage 1 and 2). A version once published is
 * never changed; a partnership adapts the framework by publishing a new version.
 */
package nl.leerkring.instrument;
