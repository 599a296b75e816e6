/**
 * People and their roles, login (Jakarta Security with our own identity store), throttling of
 * failed logins, account activation and password reset by single-use e-mailed links.
 */
package nl.leerkring.account;
