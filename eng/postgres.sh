#!/usr/bin/env bash
# Runs a private PostgreSQL server in the foreground: eng/postgres.sh DIR PORT PASSWORD_FILE [--throwaway]
# The cluster lives in DIR/data and is created on first start with the superuser password read from
# PASSWORD_FILE. --throwaway trades durability for speed (fsync off): for test servers only.
# Every connection needs a password (SCRAM), over TCP and the Unix socket alike, and the socket lives in DIR,
# which only the server's OS user may enter: no local account is superuser without the password.
# SIGTERM or SIGINT becomes PostgreSQL's fast shutdown, so the next start needs no crash recovery; a server that
# dies otherwise (killed, crashed) is started again.
set -euo pipefail

dir=$(realpath -m "$1"); port=$2; password_file=$(realpath "$3"); mode=${4:-}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# What runs PostgreSQL's programs: as its own user when this script runs as root, and sent SIGINT (a fast shutdown) by
# the kernel if this script dies, however it dies (a supervisor's SIGKILL included), so no server outlives it.
as_postgres=(setpriv --pdeathsig INT)
[ "$(id -u)" = 0 ] && as_postgres=(setpriv --reuid=postgres --regid=postgres --clear-groups --pdeathsig INT)

mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
chmod 700 "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  rm -rf "$dir/data"
  pw_copy="$dir/initdb.pw"
  install -m 600 "$password_file" "$pw_copy"
  [ "$(id -u)" = 0 ] && chown postgres "$pw_copy"
  "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pw_copy" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pw_copy"
fi

# Written on every start, so a cluster created by an earlier version of this script (which trusted the Unix
# socket) is fixed too.
hba="$dir/data/pg_hba.conf"
cat > "$hba.new" <<'HBA'
# Written by eng/postgres.sh on every start: a password (SCRAM) for every connection, the Unix socket too.
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 scram-sha-256
host    all       all   127.0.0.1/32  scram-sha-256
host    all       all   ::1/128       scram-sha-256
HBA
[ "$(id -u)" = 0 ] && chown postgres:postgres "$hba.new"
chmod 600 "$hba.new"
mv "$hba.new" "$hba"

options=(-c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 -c max_connections=300)
[ "$mode" = "--throwaway" ] && options+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)

# Supervised (eng/supervise.sh): started again when it dies of anything but this script's own TERM or INT, which
# becomes PostgreSQL's fast shutdown (SIGINT).
source "$(dirname "$0")/supervise.sh"
supervise INT "PostgreSQL on port $port" "${as_postgres[@]}" "$bin/postgres" -D "$dir/data" -p "$port" -k "$dir" "${options[@]}"
