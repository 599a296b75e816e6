# Shared by bench.sh and ab.sh (sourced, not run): the app's settings on the benchmark's database, and the
# ids of the demo participant's pages that both measure.

# The app's environment on database $1 as user $2 (password the same) at $3, background jobs off.
bench_environment() {
    export LEERKRING_DB_CLASS=org.mariadb.jdbc.MariaDbDataSource
    export LEERKRING_DB_URL="jdbc:mariadb://127.0.0.1:3306/$1"
    export LEERKRING_DB_USER="$2" LEERKRING_DB_PASSWORD="$2"
    export LEERKRING_BASE_URL="$3"
    # No background jobs during the measurement: their statements would blur the counts and the load.
    export LEERKRING_MAIL_POLL_INTERVAL_SECONDS=0 LEERKRING_RHYTHM_CHECK_MINUTES=0 LEERKRING_FEEDBACK_REMINDER_CHECK_MINUTES=0
}

# The test classpath (for the generator and BenchSessions), written to $1/classpath.txt; sets classpath.
bench_classpath() {
    mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$1/classpath.txt"
    classpath="target/test-classes:target/classes:$(cat "$1/classpath.txt")"
}

# Pieter's (wpb1) pages on the generated data: sets cohort (one of his full cohorts), meeting (its second),
# draft and scan (his draft and a submitted self-scan). Needs sql.
bench_ids() {
    local pieter="(SELECT id FROM person WHERE email = 'wpb1@demo.leerkring.nl')"
    cohort=$(sql "SELECT MIN(c.id) FROM cohort c JOIN cohort_member m ON m.cohort_id = c.id WHERE m.person_id = $pieter
        AND (SELECT COUNT(*) FROM cohort_member x WHERE x.cohort_id = c.id) = 12")
    meeting=$(sql "SELECT id FROM meeting WHERE cohort_id = $cohort AND meeting_number = 2")
    draft=$(sql "SELECT MIN(id) FROM self_scan WHERE person_id = $pieter AND status = 'DRAFT'")
    scan=$(sql "SELECT MIN(id) FROM self_scan WHERE person_id = $pieter AND status = 'SUBMITTED'")
}
