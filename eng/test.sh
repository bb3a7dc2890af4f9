#!/usr/bin/env bash
# Runs every test: installs what is missing, starts a throwaway PostgreSQL, RabbitMQ and smtp4dev on free ports
# while it builds, runs all test projects against them, and stops them. The last line is the totals:
# "N passed, N failed, N skipped"; just before it, the fault suite's figures (what the tests wrote to
# $JUSTICE_TEST_REPORTS/faults.txt). Exits non-zero when anything failed.
# Arguments go to `dotnet test`: ./eng/test.sh --filter "FullyQualifiedName~GatewayTests" runs only those tests.
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install.sh
installed_at=$SECONDS

work=$(mktemp -d /tmp/justice-test.XXXXXX)
chmod 755 "$work"
# Tests that measure something (the fault suite) append their figures here; they are printed after the run.
export JUSTICE_TEST_REPORTS="$work/reports"
mkdir -p "$JUSTICE_TEST_REPORTS"

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {   # a port p with p, p+1000 and p+2000 free (RabbitMQ uses all three)
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 20000))
    port_is_free "$p" && port_is_free $((p + 1000)) && port_is_free $((p + 2000)) && { echo "$p"; return; }
  done
  echo "no free port found" >&2; return 1
}

pg_port=$(free_port); rabbit_port=$(free_port); management_port=$(free_port); smtp_port=$(free_port); mail_api_port=$(free_port)
head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/postgres.password"
pg_password=$(cat "$work/postgres.password")
# RabbitMQ has no guest: its administrator (the harness's account) gets this password on the first start.
mkdir -p "$work/rabbitmq"
head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/rabbitmq/admin.password"
rabbit_password=$(cat "$work/rabbitmq/admin.password")

./eng/postgres.sh "$work/postgres" "$pg_port" "$work/postgres.password" --throwaway > "$work/postgres.log" 2>&1 &
pg_pid=$!
./eng/rabbitmq.sh "$work/rabbitmq" "$rabbit_port" "$management_port" > "$work/rabbitmq.log" 2>&1 &
rabbit_pid=$!
# The mail server: keeps what the services send, in memory, and shows it on its web API. In a session of its own, so
# that stopping its group stops the tool's process too.
setsid dotnet tool run smtp4dev -- --urls="http://127.0.0.1:$mail_api_port" --smtpport="$smtp_port" --bindaddress=127.0.0.1 \
  --imapport=0 --pop3port=0 --db= --nousersettings --hostname=localhost --messagestokeep=100000 > "$work/smtp4dev.log" 2>&1 &
smtp_pid=$!

cleanup() {
  kill -TERM "$pg_pid" "$rabbit_pid" 2>/dev/null || true
  kill -TERM -- "-$smtp_pid" 2>/dev/null || true
  wait "$pg_pid" "$rabbit_pid" "$smtp_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The servers start while the solution builds.
dotnet build Justice.Aspire.sln -nologo -v quiet -clp:ErrorsOnly
built_at=$SECONDS

wait_until() {  # wait_until SECONDS WHAT COMMAND...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 4))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.25; done
  echo "$what did not become ready in ${seconds}s" >&2
  tail -n 30 "$work"/*.log >&2
  return 1
}
wait_until 60 PostgreSQL /usr/lib/postgresql/*/bin/pg_isready -q -h 127.0.0.1 -p "$pg_port"
wait_until 90 RabbitMQ curl -sf -u "admin:$rabbit_password" "http://127.0.0.1:$management_port/api/overview"
wait_until 60 smtp4dev curl -sf "http://127.0.0.1:$mail_api_port/api/messages"

export JUSTICE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
# The administrator: the tests create a virtual host per class with it, and the services' users in each.
export JUSTICE_TEST_RABBITMQ="amqp://admin:$rabbit_password@127.0.0.1:$rabbit_port/"
export JUSTICE_TEST_RABBITMQ_MANAGEMENT="http://admin:$rabbit_password@127.0.0.1:$management_port/"
export JUSTICE_TEST_SMTP="smtp://127.0.0.1:$smtp_port"
export JUSTICE_TEST_MAIL_API="http://127.0.0.1:$mail_api_port/"

tests_from=$SECONDS
set +e
dotnet test Justice.Aspire.sln --no-build -nologo "$@" 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e

# Each test assembly ends with "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..." (or "Failed!").
totals=$( (grep -E '^(Passed|Failed)!' "$work/test.log" || true) | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6; runs++ }
  END { printf "%d %d %d %d", passed, failed, skipped, runs }')
read -r passed failed skipped runs <<<"$totals"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # a test host crashed or a project did not run: count it as a failure
fi
if [ -s "$JUSTICE_TEST_REPORTS/faults.txt" ]; then
  echo "Fault figures (registrations under a steady load while a server is away):"
  sort "$JUSTICE_TEST_REPORTS/faults.txt"
fi
echo "Took $SECONDS s: installing $installed_at s, building $((built_at - installed_at)) s," \
  "waiting for the servers $((tests_from - built_at)) s, running the tests $((SECONDS - tests_from)) s"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
