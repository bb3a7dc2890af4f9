#!/usr/bin/env bash
# Runs a private PostgreSQL server in the foreground: eng/postgres.sh DIR PORT PASSWORD_FILE [--throwaway]
# The cluster lives in DIR/data and is created on first start with the superuser password read from
# PASSWORD_FILE. --throwaway trades durability for speed (fsync off): for test servers only.
# SIGTERM or SIGINT becomes PostgreSQL's fast shutdown, so the next start needs no crash recovery.
set -euo pipefail

dir=$(realpath -m "$1"); port=$2; password_file=$(realpath "$3"); mode=${4:-}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_postgres=()
[ "$(id -u)" = 0 ] && as_postgres=(setpriv --reuid=postgres --regid=postgres --clear-groups)

mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  rm -rf "$dir/data"
  pw_copy="$dir/initdb.pw"
  install -m 600 "$password_file" "$pw_copy"
  [ "$(id -u)" = 0 ] && chown postgres "$pw_copy"
  "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pw_copy" -A scram-sha-256 \
    --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pw_copy"
fi

options=(-c listen_addresses=127.0.0.1 -c max_connections=300)
[ "$mode" = "--throwaway" ] && options+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)

# Started directly (no function, no subshell) so the TERM trap signals PostgreSQL itself.
"${as_postgres[@]}" "$bin/postgres" -D "$dir/data" -p "$port" -k "$dir" "${options[@]}" &
server=$!
trap 'kill -INT "$server" 2>/dev/null || true' TERM INT
wait "$server" || true
wait "$server" 2>/dev/null || true
