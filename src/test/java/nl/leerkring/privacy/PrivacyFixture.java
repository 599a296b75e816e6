package nl.leerkring.privacy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.leerkring.testsupport.TestSupport;

/** A participant with one record of every kind, made through the services by the test support. */
record PrivacyFixture(String facilitator, String email, String name, String partner, String cohort, long cohortId,
        long personId) {

    static PrivacyFixture make(TestSupport support, String prefix, String coordinatorPartnership, LocalDate start) {
        String facilitator = support.person(prefix + "-fac", "FACILITATOR");
        String email = support.person(prefix + "-p", "PARTICIPANT");
        String partner = support.person(prefix + "-q", "PARTICIPANT");
        // A name found nowhere else in the database, so the erasure ITs can look for it in every column.
        String name = "Wies Zegerius" + UUID.randomUUID().toString().substring(0, 8);
        String cohort = "Cohort " + UUID.randomUUID().toString().substring(0, 8);
        String[] ids = support.post("privacy/full-participant", Map.of("facilitator", facilitator, "email", email,
                "name", name, "partner", partner, "partnership", coordinatorPartnership, "start", start.toString(),
                "cohort", cohort)).trim().split(" ");
        return new PrivacyFixture(facilitator, email, name, partner, cohort, Long.parseLong(ids[0]), Long.parseLong(ids[1]));
    }
}
