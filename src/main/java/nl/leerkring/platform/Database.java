package nl.leerkring.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one datasource of the application. Class, URL, user and password come from
 * MicroProfile Config, so the same WAR runs on the embedded H2 file or on MariaDB.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=leerkring.db.class}",
        url = "${MPCONFIG=leerkring.db.url}",
        user = "${MPCONFIG=leerkring.db.user}",
        password = "${MPCONFIG=leerkring.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@Singleton
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/leerkring";
}
