#!/usr/bin/env bash
# Start-up benchmark: seconds from launching Payara Micro with the packaged WAR to the first
# HTTP 200 of the login page, on a fresh H2 database (migrations + demo data) and again on the
# database the first start left. Usage: src/test/bench/startup.sh [runs]
# Settings (environment): PERF_PORT (8089), PAYARA_OPTIONS (--nocluster and config/one-instance.preboot, as the pom runs the app; set it to
# compare others, e.g. PAYARA_OPTIONS="--nocluster --disablephonehome").
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-2}
port=${PERF_PORT:-8089}
options=${PAYARA_OPTIONS:---nocluster --prebootcommandfile config/one-instance.preboot}

mvn -q -B package dependency:copy@copy-payara-micro -DskipTests

work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
sed "s#^leerkring.db.url=.*#leerkring.db.url=jdbc:h2:file:${work}/leerkring;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE#; s#^leerkring.base-url=.*#leerkring.base-url=http://localhost:${port}#" \
    config/dev.properties > "$work/bench.properties"

for run in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086 # the options are words
    java -jar target/payara-micro.jar $options --port "$port" --contextroot / \
        --systemProperties "$work/bench.properties" --deploy target/leerkring.war > "$work/run$run.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port}/login.xhtml")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "Payara Micro stopped; see $work/run$run.log"; cat "$work/run$run.log" | tail -20; exit 1; }
        sleep 0.2
    done
    end=$(date +%s.%N)
    label=$([ "$run" = 1 ] && echo "empty database" || echo "existing database")
    printf 'start-up run %d (%s): first HTTP 200 after %.1f s\n' "$run" "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
