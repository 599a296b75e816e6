package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations' CHECK constraints (sql/V022) refuse what the domain never allows, on a freshly
 * migrated database: an in-memory H2 in legacy mode by default, or the MariaDB database named by
 * {@code -Dschema.db.url=jdbc:mariadb://127.0.0.1:3306/NAME} (empty; user {@code schema.db.user}).
 */
class SchemaChecksTest {

    private static final String URL = System.getProperty("schema.db.url", "jdbc:h2:mem:schema-checks;MODE=LEGACY;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("schema.db.user", "root");
    private static Connection db;

    @BeforeAll
    static void migrate() throws SQLException {
        db = DriverManager.getConnection(URL, URL.startsWith("jdbc:h2") ? "sa" : USER, "");
        Flyway.configure(SchemaChecksTest.class.getClassLoader())
                .dataSource(URL, URL.startsWith("jdbc:h2") ? "sa" : USER, "")
                .locations("classpath:db/migration")
                .placeholders(Migrations.placeholdersFor(db.getMetaData().getDatabaseProductName()))
                .load()
                .migrate();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO person (email, display_name, language, created_at)"
                    + " VALUES ('checks@example.org', 'Checks', 'nl', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO cohort (name, partnership, start_date, facilitator_id, created_at)"
                    + " SELECT 'Checks', 'Checks', CURRENT_DATE, id, CURRENT_TIMESTAMP FROM person WHERE email = 'checks@example.org'");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void aMeetingIsNumberedOneToSix() throws SQLException {
        assertEquals(1, insertMeeting(6, 180));
        assertThrows(SQLException.class, () -> insertMeeting(7, 180));
        assertThrows(SQLException.class, () -> insertMeeting(0, 180));
        assertEquals(1, count("SELECT COUNT(*) FROM meeting"));
    }

    @Test
    void aMeetingTakesTime() {
        assertThrows(SQLException.class, () -> insertMeeting(1, 0));
    }

    @Test
    void aLikertAnswerLiesOnTheScale() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO self_scan (person_id, version_id, moment, status, started_at)"
                    + " SELECT p.id, v.id, 'START', 'DRAFT', CURRENT_TIMESTAMP FROM person p, framework_version v"
                    + " WHERE p.email = 'checks@example.org' AND v.version_number = 1");
        }
        String answer = "INSERT INTO self_scan_answer (scan_id, item_id, answer)"
                + " SELECT s.id, i.id, ? FROM self_scan s, framework_item i WHERE i.item_key = ?";
        assertEquals(1, update(answer, 7, "S01"));
        assertThrows(SQLException.class, () -> update(answer, 12, "S02"));
        assertThrows(SQLException.class, () -> update(answer, 0, "S03"));
    }

    private static int insertMeeting(int number, int minutes) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO meeting (cohort_id, meeting_number, starts_at, duration_minutes)"
                + " SELECT id, ?, CURRENT_TIMESTAMP, ? FROM cohort WHERE name = 'Checks'")) {
            insert.setInt(1, number);
            insert.setInt(2, minutes);
            return insert.executeUpdate();
        }
    }

    private static int update(String sql, int value, String key) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setInt(1, value);
            statement.setString(2, key);
            return statement.executeUpdate();
        }
    }

    private static int count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
