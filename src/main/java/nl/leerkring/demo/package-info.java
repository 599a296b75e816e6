/**
 * Demo people, a running cohort and library material for a laptop (leerkring.demo-data=true).
 * At the top of the layers: it uses every feature's service, and nothing uses it.
 */
package nl.leerkring.demo;
