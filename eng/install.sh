#!/usr/bin/env bash
# Installs what the system needs beyond the .NET SDK: PostgreSQL and RabbitMQ from Debian's packages.
# Idempotent: does nothing when both are present.
set -euo pipefail

have_postgres() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }
have_rabbitmq() { [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; }

if have_postgres && have_rabbitmq; then
  exit 0
fi

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
echo "Installing PostgreSQL and RabbitMQ from Debian's packages..." >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq postgresql rabbitmq-server >/dev/null
have_postgres && have_rabbitmq
