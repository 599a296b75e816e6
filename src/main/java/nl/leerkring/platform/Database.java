package nl.leerkring.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one datasource of the application. Class, URL, user and password come from
 * MicroProfile Config, so the same WAR runs on the embedded H2 file or on MariaDB.
 *
 * <p>The pool checks a connection before handing it out (MariaDB closes idle ones after its
 * {@code wait_timeout}), but with {@code Connection.isValid} (a ping, no statement) and at most once
 * in 30 seconds per connection. The {@code auto-commit} method it used before sent two
 * {@code set autocommit} statements for every connection handed out, that is for nearly every
 * statement the app ran.
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
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=30"
        })
@Singleton
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/leerkring";
}
