#!/usr/bin/env bash
# The cluster test (issue 17): two Payara Micro instances in one Hazelcast cluster on one MariaDB
# database, HAProxy in front, round robin without sticky sessions (docs/cluster.md).
#
#   src/test/cluster/cluster.sh          builds, starts the cluster on a fresh database, drives a participant
#                                        and a facilitator in Chromium, kill -9s the instance that served them,
#                                        starts it again, sends 1,000 mails while a node dies, prints a summary
#                                        and stops everything
#   src/test/cluster/cluster.sh start    builds and starts the cluster on a fresh database and leaves it running
#                                        (for the load benchmark: PERF_PORT=<CLUSTER_PORT> src/test/bench/bench.sh)
#   src/test/cluster/cluster.sh stop     stops what 'start' started
#
# Settings (environment): CLUSTER_DB (leerkring_cluster; the app's database user has the database's name,
# password the same), CLUSTER_PORT (HAProxy, 8930; the instances take the next two ports, HAProxy's
# statistics page the one after), CLUSTER_HZ_PORT (5931; Hazelcast, this one and the next),
# CLUSTER_SMTP_PORT (3941, the test's mail catcher), CLUSTER_MAILS (1000), CLUSTER_BUILD (no: use the last build),
# CLUSTER_DB_KEEP (yes: start on the database as it is, e.g. the load benchmark's lk_perf, instead of a fresh one),
# CLUSTER_JOBS (off: no mail, rhythm or reminder rounds, as bench.sh runs its one instance),
# CLUSTER_JAVA_OPTIONS (the instances' JVM options; by default those of the integration tests' server).
# Needs MariaDB on 127.0.0.1:3306 with root access without a password (as CI and the laptops have),
# haproxy (Debian's package; installed with apt-get when missing), Chromium and chromedriver.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PATH="$PATH:/usr/sbin"
if [ "${1:-}" != stop ] && ! command -v haproxy > /dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy > /dev/null
fi
db=${CLUSTER_DB:-leerkring_cluster}
port=${CLUSTER_PORT:-8930}
hz=${CLUSTER_HZ_PORT:-5931}
smtp=${CLUSTER_SMTP_PORT:-3941}
mails=${CLUSTER_MAILS:-1000}
base="http://localhost:${port}"
dir=target/cluster
declare -A http_port=([a]=$((port + 1)) [b]=$((port + 2)))
stats_port=$((port + 3))
members="127.0.0.1:${hz},127.0.0.1:$((hz + 1))"

say() { printf '\n=== %s\n' "$*"; }

node_pid() { cat "$dir/$1.pid" 2> /dev/null || true; }

alive() { local pid; pid=$(node_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; }

# Stops whatever 'start' left running: the instances, then HAProxy.
stop_all() {
    for name in a b haproxy; do
        local pid
        pid=$(node_pid "$name")
        if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
            kill "$pid" 2> /dev/null || true
            for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
            kill -0 "$pid" 2> /dev/null && kill -9 "$pid" 2> /dev/null || true
        fi
        rm -f "$dir/$name.pid"
    done
}

if [ "${1:-}" = stop ]; then
    stop_all
    exit 0
fi

build() {
    if [ "${CLUSTER_BUILD:-yes}" = no ] && [ -f target/leerkring.war ] && [ -f "$dir/classpath.txt" ]; then
        return # CLUSTER_BUILD=no: the WAR and test classes of the last build
    fi
    say "Build"
    mvn -q -B test-compile package dependency:copy@copy-payara-micro -DskipTests
    mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$dir/classpath.txt"
}

fresh_database() {
    say "Fresh database ${db}"
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${db};
        CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS '${db}'@'127.0.0.1' IDENTIFIED BY '${db}';
        CREATE USER IF NOT EXISTS '${db}'@'localhost' IDENTIFIED BY '${db}';
        GRANT ALL ON ${db}.* TO '${db}'@'127.0.0.1'; GRANT ALL ON ${db}.* TO '${db}'@'localhost';"
}

# Starts instance a or b in the background (its own process group, so 'start' can leave it running),
# clustered with the other through a fixed member list; answers when it serves pages through its own port.
start_node() {
    local name=$1 started
    # Per instance, as system properties: the mail catcher, a short outbox rhythm and claim lease so the
    # test sees a dead instance's mails taken over within seconds, HAProxy as the trusted proxy.
    cat > "$dir/$name.properties" <<EOF
leerkring.base-url=${base}
leerkring.trusted-proxies=127.0.0.1
leerkring.instance.name=${name}
EOF
    if [ "${CLUSTER_JOBS:-on}" = off ]; then
        printf '%s\n' leerkring.mail.poll-interval-seconds=0 leerkring.rhythm.check-minutes=0 \
            leerkring.feedback.reminder-check-minutes=0 >> "$dir/$name.properties"
    else
        cat >> "$dir/$name.properties" <<EOF
leerkring.mail.mode=smtp
leerkring.smtp.host=127.0.0.1
leerkring.smtp.port=${smtp}
leerkring.mail.poll-interval-seconds=1
leerkring.mail.batch-size=20
leerkring.mail.claim-lease-seconds=10
leerkring.mail.retry.base-seconds=2
leerkring.mail.retry.cap-seconds=4
leerkring.mail.retry.max-attempts=1000
EOF
    fi
    started=$(date +%s)
    # The JVM options of the integration tests' server: less JIT and one GC thread start it sooner on few cores.
    # (No comment line inside the command below: it would end the command there, and the instance would start
    # without the environment, on the laptop's H2 file.)
    # shellcheck disable=SC2086 # the options are words
    LEERKRING_DB_CLASS=org.mariadb.jdbc.MariaDbDataSource LEERKRING_DB_URL="jdbc:mariadb://127.0.0.1:3306/${db}" \
        LEERKRING_DB_USER="$db" LEERKRING_DB_PASSWORD="$db" \
        setsid java ${CLUSTER_JAVA_OPTIONS:--Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -Dleerkring.stage-defaults=config/dev.properties -jar target/payara-micro.jar \
        --name "$name" --port "${http_port[$name]}" --contextroot / --deploy target/leerkring.war \
        --clustername leerkring-cluster-test --clustermode "tcpip:${members}" --startport "$hz" \
        --interfaces 127.0.0.1 --nohostaware --systemProperties "$dir/$name.properties" \
        >> "$dir/$name.log" 2>&1 < /dev/null &
    echo $! > "$dir/$name.pid"
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${http_port[$name]}/jakarta.faces.resource/leerkring.css.xhtml?ln=leerkring")" = 200 ]; do
        alive "$name" || { tail -30 "$dir/$name.log"; echo "instance $name stopped, see $dir/$name.log"; exit 1; }
        in_time "instance $name answering" "$started" 900
        sleep 0.5
    done
    echo "instance $name ready on port ${http_port[$name]} after $(( $(date +%s) - started )) s"
}

# Fails the test when a wait has lasted longer than its limit: what never comes must not hang CI.
in_time() { # what since-epoch-seconds limit-seconds
    if [ $(( $(date +%s) - $2 )) -gt "$3" ]; then
        echo "gave up after $3 s waiting for $1"
        exit 1
    fi
}

# Waits until the instance's latest data grid status counts both members.
wait_for_two_members() {
    local since
    since=$(date +%s)
    until grep -a 'DG Size:' "$dir/$1.log" | tail -1 | grep -q 'DG Size: 2'; do
        alive "$1" || { echo "instance $1 stopped"; exit 1; }
        in_time "instance $1 seeing both members" "$since" 300
        sleep 0.5
    done
    echo "instance $1 sees both members"
}

start_haproxy() {
    cat > "$dir/haproxy.cfg" <<EOF
global
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request whose instance refuses the connection (it died) is sent to the other at once.
    retries 3
    option redispatch 1

frontend leerkring
    bind 127.0.0.1:${port}
    default_backend instances

backend instances
    balance roundrobin
    # Ready: the instance answers and so does its database (MicroProfile Health, mail/OutboxReadiness).
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    # Which instance answered, for people (curl -I) and for the test's browser (PerformanceServerTiming).
    http-response set-header X-Served-By %s
    http-response set-header Server-Timing "node;desc=%s"
    server a 127.0.0.1:${http_port[a]} check
    server b 127.0.0.1:${http_port[b]} check

listen stats
    bind 127.0.0.1:${stats_port}
    stats enable
    stats uri /
EOF
    haproxy -c -q -f "$dir/haproxy.cfg"
    setsid haproxy -db -f "$dir/haproxy.cfg" >> "$dir/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$dir/haproxy.pid"
    local since
    since=$(date +%s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml")" = 200 ]; do
        alive haproxy || { cat "$dir/haproxy.log"; exit 1; }
        in_time "HAProxy answering" "$since" 300
        sleep 0.2
    done
    echo "HAProxy on ${base} (statistics: http://localhost:${stats_port}/)"
}

start_cluster() {
    stop_all
    mkdir -p "$dir"
    rm -f "$dir"/*.log "$dir"/results.txt
    [ "${CLUSTER_DB_KEEP:-no}" = yes ] || fresh_database
    say "Two instances"
    # One after the other: the first migrates the empty database and makes the demo people.
    start_node a
    start_node b
    wait_for_two_members a
    wait_for_two_members b
    start_haproxy
}

mkdir -p "$dir"
build
start_cluster
if [ "${1:-}" = start ]; then
    echo "Cluster running: ${base}; stop it with $0 stop"
    exit 0
fi
trap stop_all EXIT

classpath="target/test-classes:target/classes:$(cat "$dir/classpath.txt")"
drill() {
    java -cp "$classpath" -Dbrowser.required=true -Dcluster.dir="$dir" -Dcluster.base="$base" \
        -Dcluster.db.url="jdbc:mariadb://127.0.0.1:3306/${db}" -Dcluster.db.user="$db" -Dcluster.db.password="$db" \
        -Dcluster.smtp.port="$smtp" -Dcluster.mails="$mails" -Dcluster.lease=10 nl.leerkring.cluster.ClusterDrill "$@" \
        | tee -a "$dir/results.txt"
    [ "${PIPESTATUS[0]}" = 0 ]
}

say "A participant and a facilitator in Chromium; the instance that served them is killed"
drill browser
killed=$(sed -n 's/^RESULT killed=//p' "$dir/results.txt" | tail -1)

say "Instance ${killed} started again"
start_node "$killed"
wait_for_two_members "$killed"
since=$(date +%s)
until curl -s "http://127.0.0.1:${stats_port}/;csv" | grep -q "^instances,${killed},.*,UP,"; do
    in_time "HAProxy taking instance ${killed} back" "$since" 300
    sleep 0.5
done

other=$([ "$killed" = a ] && echo b || echo a)
say "${mails} mails while an instance dies (this time ${other})"
drill mail "$other"

say "Summary"
grep '^RESULT' "$dir/results.txt" | sed 's/^RESULT /  /'
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
