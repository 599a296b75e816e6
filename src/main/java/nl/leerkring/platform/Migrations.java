package nl.leerkring.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything touches the database. The schema belongs to
 * the migrations in the top-level {@code sql/} folder (copied into the WAR as
 * {@code db/migration}); JPA never generates it.
 *
 * <p>Bean-managed transactions: Flyway manages its own, and on MariaDB's XA datasource a
 * container transaction around it fails with XAER_RMFAIL.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholdersFor(databaseProduct()))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    /** Column types that the two databases spell differently. */
    static Map<String, String> placeholdersFor(String databaseProduct) {
        boolean h2 = databaseProduct.toLowerCase(Locale.ROOT).contains("h2");
        return Map.of(
                "timestamp", h2 ? "TIMESTAMP(6)" : "DATETIME(6)",
                "text", h2 ? "CLOB" : "MEDIUMTEXT",
                "blob", h2 ? "BLOB" : "LONGBLOB",
                "table_options", h2 ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    }
}
