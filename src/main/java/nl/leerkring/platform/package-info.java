/**
 * What every feature room uses: the datasource and migrations at start-up, security
 * (page access, roles, headers), the business exception hierarchy, time, locale and the Faces
 * plumbing. Imports no feature: everything else sits on top of it.
 */
package nl.leerkring.platform;
