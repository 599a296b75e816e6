#!/usr/bin/env bash
# A/B of builds in one server (issue 15): deploys each WAR at its own context root (/NAME for NAME.war) in ONE
# Payara Micro on the benchmark's database, and measures the same pages of each in turn, round after round,
# in a rotating order. Separate server starts on this machine differ by up to 40 % (and by 4× from one day to
# the next); builds measured in one JVM, interleaved, differ only by what they do.
#
#   src/test/bench/ab.sh ROUNDS A.war B.war ...     prints one line per round and page: req/s of each WAR
#
# Make the WARs to compare yourself, e.g. target/leerkring.war and a copy with one file changed (`zip`).
# Settings (environment): PERF_DB (lk_perf, filled by `bench.sh generate`), PERF_PORT (8097), PERF_CONNECTIONS (50),
# AB_DURATION (8s per page and build), AB_PAGES (space-separated name|role|path; role: the session's cookie file).
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -ge 3 ] || { echo "usage: $0 ROUNDS A.war B.war ..."; exit 2; }
rounds=$1
shift
db=${PERF_DB:-lk_perf}
port=${PERF_PORT:-8097}
base="http://localhost:${port}"
out=target/perf/ab
rm -rf "$out" && mkdir -p "$out"
names=()
deploys=()
for war in "$@"; do
    names+=("$(basename "$war" .war)")
    deploys+=(--deploy "$(realpath "$war")")
done
sql() { mariadb -h127.0.0.1 -uroot -N -B "$db" -e "$1"; }
# shellcheck source=src/test/bench/common.sh
. src/test/bench/common.sh

command -v wrk > /dev/null || apt-get install -y wrk > /dev/null
mvn -q -B test-compile dependency:copy@copy-payara-micro
bench_classpath "$out"
bench_environment "$db" "$db" "$base"
java -Xmx3g -Dleerkring.stage-defaults=config/dev.properties -jar target/payara-micro.jar --nocluster \
    --prebootcommandfile config/one-instance.preboot --port "$port" "${deploys[@]}" > "$out/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true' EXIT
for name in "${names[@]}"; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/$name/login.xhtml")" = 200 ]; do
        kill -0 "$pid" 2> /dev/null || { tail -20 "$out/server.log"; exit 1; }
        sleep 0.5
    done
done

bench_ids
for name in "${names[@]}"; do
    mkdir -p "$out/$name"
    java -cp "$classpath" nl.leerkring.perf.BenchSessions sessions "$base/$name" "$out/$name" "$draft" > /dev/null
done
read -r -a pages <<< "${AB_PAGES:-facilitator-home|facilitator|dashboard.xhtml cohort-page|facilitator|cohort/view.xhtml?part=results&id=${cohort} participant-home|participant|dashboard.xhtml}"

measure() { # war-name role path duration -> req/s
    wrk -t2 -c"${PERF_CONNECTIONS:-50}" -d"$4" --timeout 30s -s src/test/bench/report.lua \
        -H "Cookie: $(cat "$out/$1/$2.cookie")" "$base/$1/$3" | awk '/^RESULT/ { print $2 }'
}
for name in "${names[@]}"; do # JIT warm-up of every build on every page
    for entry in "${pages[@]}"; do IFS='|' read -r _ role path <<< "$entry"; measure "$name" "$role" "$path" 15s > /dev/null; done
done
for round in $(seq 1 "$rounds"); do
    # Rotate the order, and reverse it every other round: a server that still speeds up favours whoever is last.
    k=$((round % ${#names[@]}))
    order=("${names[@]:$k}" "${names[@]:0:$k}")
    if [ $((round % 2)) = 0 ]; then mapfile -t order < <(printf '%s\n' "${order[@]}" | tac); fi
    for entry in "${pages[@]}"; do
        IFS='|' read -r page role path <<< "$entry"
        declare -A rps=()
        for name in "${order[@]}"; do rps[$name]=$(measure "$name" "$role" "$path" "${AB_DURATION:-8s}"); done
        line="round $round $page:"
        for name in "${names[@]}"; do line+=" $name=${rps[$name]}"; done
        echo "$line"
    done
done
