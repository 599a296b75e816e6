/**
 * What every feature room uses: the datasource and migrations at start-up, demo data, security
 * (page access, headers), the business exception hierarchy, time, locale and the Faces plumbing.
 */
package nl.leerkring.platform;
