#!/usr/bin/env bash
# Load benchmark (issue 15) on a MariaDB database filled by the data generator.
#
#   src/test/bench/bench.sh generate [COHORTS]   (re)creates the database, lets the app migrate it and
#                                                seed the demo people, then runs the generator (default 1000)
#   src/test/bench/bench.sh                      starts the app on it and measures (see the README's "Measured")
#
# Settings (environment): PERF_DB (lk_perf), PERF_USER (the database's name: the app's database user,
# password the same; generate creates the one of the database's name), PERF_PORT (8097), PERF_DURATION (10s per page; 0: no load,
# only the statements and sizes), PERF_WARMUP (3s per page), PERF_CONNECTIONS (50), PERF_SESSIONS (20, for the
# session heap), PERF_BEFORE (the results.md of an earlier run: also writes target/perf/before-after.md),
# PERF_JIT_WARMUP (10s per page in a first round over all pages, before any is measured; 0: none),
# PERF_BASE (measure app instances that already run on this database, e.g. two behind HAProxy started by
# src/test/cluster/cluster.sh: no start of its own, no start-up time and no session heap).
# Needs MariaDB on 127.0.0.1:3306 with root access without a password (as CI and the laptops have),
# wrk (installed with apt-get when missing), jcmd (the JDK).
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${PERF_DB:-lk_perf}
user=${PERF_USER:-$db} # the app's database user (password the same), whose statements are counted
port=${PERF_PORT:-8097}
external=${PERF_BASE:-}
duration=${PERF_DURATION:-10s}
warmup=${PERF_WARMUP:-3s}
jit_warmup=${PERF_JIT_WARMUP:-10s}
connections=${PERF_CONNECTIONS:-50}
sessions=${PERF_SESSIONS:-20}
base=${external:-"http://localhost:${port}"}
out=target/perf
mkdir -p "$out"
sql() { mariadb -h127.0.0.1 -uroot -N -B "$db" -e "$1"; }
# shellcheck source=src/test/bench/common.sh
. src/test/bench/common.sh

command -v wrk > /dev/null || apt-get install -y wrk > /dev/null
mvn -q -B test-compile package dependency:copy@copy-payara-micro -DskipTests
bench_classpath "$out"
bench_environment "$db" "$user" "$base"

pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; fi' EXIT

# Starts Payara Micro with the WAR (demo data on, as on a laptop); sets pid and startup (seconds to the first HTTP 200).
start_app() {
    local start
    start=$(date +%s.%N)
    java -Dleerkring.stage-defaults=config/dev.properties -jar target/payara-micro.jar --nocluster \
        --prebootcommandfile config/one-instance.preboot --port "$port" \
        --contextroot / --deploy target/leerkring.war > "$out/server.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml")" = 200 ]; do
        kill -0 "$pid" 2> /dev/null || { tail -20 "$out/server.log"; echo "Payara Micro stopped, see $out/server.log"; exit 1; }
        sleep 0.2
    done
    startup=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
}

stop_app() {
    kill "$pid"
    wait "$pid" 2> /dev/null || true
    pid=
}

if [ "${1:-}" = generate ]; then
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${db};
        CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS '${db}'@'127.0.0.1' IDENTIFIED BY '${db}';
        CREATE USER IF NOT EXISTS '${db}'@'localhost' IDENTIFIED BY '${db}';
        GRANT ALL ON ${db}.* TO '${db}'@'127.0.0.1'; GRANT ALL ON ${db}.* TO '${db}'@'localhost';"
    start_app
    echo "start-up to the first HTTP 200, empty database (migrations + demo data): ${startup} s"
    stop_app
    java -cp "$classpath" -Dperf.cohorts="${2:-1000}" -Dperf.db.url="$LEERKRING_DB_URL" -Dperf.db.user="$db" \
        -Dperf.db.password="$db" nl.leerkring.perf.DataGenerator
    exit 0
fi

if [ -z "$external" ]; then
    start_app
    echo "start-up to the first HTTP 200 on $(sql 'SELECT COUNT(*) FROM cohort') cohorts: ${startup} s"
fi

bench_ids
java -cp "$classpath" nl.leerkring.perf.BenchSessions sessions "$base" "$out" "$draft"

# name|role|path (role: the session's cookie file; "save": the ajax POST of one answer)
pages=(
    "static stylesheet (floor)|facilitator|jakarta.faces.resource/leerkring.css.xhtml?ln=leerkring"
    "facilitator home|facilitator|dashboard.xhtml"
    "cohort list (facilitator, 10)|facilitator|cohort/list.xhtml"
    "cohort page with progress grid (12)|facilitator|${PERF_COHORT_PAGE:-cohort/view.xhtml?part=results&id=}${cohort}"
    "meeting page|facilitator|cohort/meeting.xhtml?id=${meeting}"
    "reflections (facilitator)|facilitator|learning/reflections.xhtml?cohort=${cohort}"
    "library search|facilitator|library/index.xhtml?q=reflectie"
    "participant home|participant|dashboard.xhtml"
    "self-scan form|participant|scan/fill.xhtml?id=${draft}"
    "answer save (ajax POST)|save|scan/fill.xhtml?id=${draft}"
    "self-scan result|participant|scan/result.xhtml?id=${scan}"
    "feedback result|participant|feedback/result.xhtml"
    "coordinator's cohort list ($(sql 'SELECT COUNT(*) FROM cohort'))|coordinator|cohort/list.xhtml"
)

declare -A sizes
# Every page must answer 200 with its own content (not the login page, not an error) before it is measured.
for entry in "${pages[@]}"; do
    IFS='|' read -r name role path <<< "$entry"
    if [ "$role" = save ]; then
        answer=$(curl -s -b "$(cat "$out/save.cookie")" -H 'Faces-Request: partial/ajax' \
            -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' --data-binary @"$out/save.body" "$base/$path")
        case "$answer" in *"<partial-response"*"<update"*) ;; *) echo "answer save failed: $answer"; exit 1 ;; esac
        case "$answer" in *"<error>"*|*"<redirect"*) echo "answer save failed: $answer"; exit 1 ;; esac
        continue
    fi
    code=$(curl -s -o "$out/page.html" -w '%{http_code}' -b "$(cat "$out/$role.cookie")" "$base/$path")
    if [ "$code" != 200 ] || grep -q 'id="login"' "$out/page.html"; then
        echo "$name ($path) answered $code as $role; see $out/page.html"
        exit 1
    fi
    sizes[$name]=$(( $(wc -c < "$out/page.html") / 1024 ))
done

# SQL statements per page: MariaDB's per-user statistics of the app's own user, over 5 requests.
userstat=$(mariadb -h127.0.0.1 -uroot -N -B -e "SELECT @@userstat")
mariadb -h127.0.0.1 -uroot -e "SET GLOBAL userstat = 1"
statements() {
    mariadb -h127.0.0.1 -uroot -N -B -e "SELECT SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS
        FROM information_schema.USER_STATISTICS WHERE USER = '${user}'"
}
declare -A counts
for entry in "${pages[@]}"; do
    IFS='|' read -r name role path <<< "$entry"
    [ "$role" = save ] && continue
    before=$(statements)
    for i in 1 2 3 4 5; do curl -s -o /dev/null -b "$(cat "$out/$role.cookie")" "$base/$path"; done
    counts[$name]=$(( ($(statements) - ${before:-0}) / 5 ))
done
mariadb -h127.0.0.1 -uroot -e "SET GLOBAL userstat = ${userstat}"

measure() { # name role path duration -> RESULT line
    local body=
    [ "$2" = save ] && body="$out/save.body"
    local cookie
    cookie=$(cat "$out/$2.cookie")
    BENCH_BODY="$body" wrk -t2 -c"$connections" -d"$4" --timeout 30s -s src/test/bench/report.lua \
        -H "Cookie: $cookie" "$base/$3" | grep '^RESULT'
}

# A server in use has compiled its hot code long ago; one just started has not. A first round over every
# page lets the JIT compile what all pages share before any page is measured (the 3 s before each page
# only warmed that page, and the first pages measured paid for the others: 57 against 146 req/s on the
# facilitator home, 2026-12-01).
if [ "$duration" != 0 ] && [ "$jit_warmup" != 0 ]; then
    for entry in "${pages[@]}"; do
        IFS='|' read -r name role path <<< "$entry"
        measure "$name" "$role" "$path" "$jit_warmup" > /dev/null
    done
fi
echo "load: ${connections} connections, ${duration} per page after ${warmup} warm-up (and a first round of ${jit_warmup} a page); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
floor=
table="| page | req/s | p50 ms | p95 ms | p99 ms | × floor (p95) | requests | SQL/request | kB | errors |"$'\n'"|---|---|---|---|---|---|---|---|---|---|"
for entry in "${pages[@]}"; do
    IFS='|' read -r name role path <<< "$entry"
    if [ "$duration" = 0 ]; then # counts and sizes only (PERF_DURATION=0): no load
        table+=$'\n'"| $name | | | | | | | ${counts[$name]:-n/a} | ${sizes[$name]:-n/a} | |"
        continue
    fi
    measure "$name" "$role" "$path" "$warmup" > /dev/null
    read -r _ rps p50 p95 p99 http socket answered <<< "$(measure "$name" "$role" "$path" "$duration")"
    [ -z "$floor" ] && floor=$p95
    ratio=$(awk -v a="$p95" -v b="$floor" 'BEGIN { printf "%.1f", a / b }')
    table+=$'\n'"| $name | $rps | $p50 | $p95 | $p99 | $ratio | $answered | ${counts[$name]:-n/a} | ${sizes[$name]:-n/a} | $http/$socket |"
done
echo "$table" | tee "$out/results.md"

# PERF_BEFORE=<the results.md of an earlier run> (say, of the main branch): the two runs side by side, page by page.
if [ -n "${PERF_BEFORE:-}" ]; then
    awk -F' *\\| *' 'NR == FNR { if ($2 != "" && $2 != "page" && $2 !~ /^-/) { p95[$2] = $5; x[$2] = $7; q[$2] = $9; kb[$2] = $10 } next }
        FNR == 1 { print "| page | p95 ms before | p95 ms after | × floor before | × floor after | SQL/request before | SQL/request after | kB before | kB after |"
                   print "|---|---|---|---|---|---|---|---|---|"; next }
        $2 != "" && $2 !~ /^-/ { name = $2; sub(/ \([0-9,]+\)$/, "", name); b = name
            for (k in p95) { kk = k; sub(/ \([0-9,]+\)$/, "", kk); if (kk == name) b = k }
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $2, p95[b], $5, x[b], $7, q[b], $9, kb[b], $10 }' \
        "$PERF_BEFORE" "$out/results.md" | tee "$out/before-after.md"
fi

# The heap a logged-in session costs: live bytes (a class histogram forces a full GC first) before and
# after N participant sessions that each log in and open ten pages, divided by N.
# A first round of 5 sessions fills what the server keeps on first use, so the baseline does not count it.
if [ -n "$external" ]; then
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi
live() { jcmd "$pid" GC.class_histogram | awk '/^Total/ { print $3 }'; }
visit() {
    java -cp "$classpath" nl.leerkring.perf.BenchSessions visit "$base" "$1" dashboard.xhtml cohort/mine.xhtml scan/mine.xhtml \
        "scan/result.xhtml?id=${scan}" "scan/fill.xhtml?id=${draft}" feedback/result.xhtml feedback/mine.xhtml \
        "learning/reflections.xhtml?cohort=${cohort}" "learning/plans.xhtml?cohort=${cohort}" library/index.xhtml?q=reflectie
}
visit 5 > /dev/null
before=$(live)
visit "$sessions"
after=$(live)
echo "heap per logged-in session after ten pages: $(( (after - before) / sessions / 1024 )) kB (live heap ${before} -> ${after} bytes, ${sessions} sessions)" \
    | tee -a "$out/results.md"
echo "start-up to the first HTTP 200: ${startup} s" | tee -a "$out/results.md"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
