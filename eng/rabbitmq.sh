#!/usr/bin/env bash
# Runs a private RabbitMQ node in the foreground: eng/rabbitmq.sh DIR AMQP_PORT [MANAGEMENT_PORT]
# Data and logs live under DIR. The node uses its own epmd on AMQP_PORT+2000, started here as a
# child rather than a daemon, so it goes away with this script — even when a supervisor kills the
# whole process group — and stopping this node never disturbs another one.
# SIGTERM or SIGINT stops the node cleanly; a node that dies otherwise (killed, crashed) is started again.
# There is no guest account: a fresh node gets the administrator `admin` instead, whose password is
# DIR/admin.password (written there by the caller beforehand, or generated on the first start). Services
# get users of their own, provisioned through the management API by the AppHost or the tests.
set -euo pipefail

dir=$(realpath -m "$1"); port=$2; management_port=${3:-}
mkdir -p "$dir/mnesia" "$dir/log"

export RABBITMQ_NODENAME="justice$port@localhost"
export RABBITMQ_NODE_PORT=$port
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_DIST_PORT=$((port + 1000))
export ERL_EPMD_PORT=$((port + 2000))
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$dir/mnesia"
export RABBITMQ_LOG_BASE="$dir/log"
export RABBITMQ_LOGS=-                      # log to stdout, where Aspire and the test logs show it
export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
export RABBITMQ_PID_FILE="$dir/pid"
export RABBITMQ_CONFIG_FILE="$dir/rabbitmq"  # rabbitmq.conf beside the data
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
if [ ! -s "$dir/admin.password" ]; then
  (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/admin.password")
fi
# Read by the node only when it creates its database, i.e. on the first start.
printf 'default_user = admin\ndefault_pass = %s\ndefault_user_tags.administrator = true\n' \
  "$(tr -d ' \n' < "$dir/admin.password")" > "$dir/rabbitmq.conf"
chmod 600 "$dir/rabbitmq.conf"
if [ -n "$management_port" ]; then
  echo '[rabbitmq_management].' > "$dir/enabled_plugins"
  printf 'management.tcp.port = %s\nmanagement.tcp.ip = 127.0.0.1\n' "$management_port" >> "$dir/rabbitmq.conf"
else
  echo '[].' > "$dir/enabled_plugins"
fi

# A RabbitMQ home of the node's own: Debian's scripts, and only the plugins this node runs with the applications they
# need. RabbitMQ puts every folder of its home's plugins directory on the code path (70 in Debian's package) and
# searches them for each module it loads, before Erlang's own: that slows its boot, and so its return after a crash,
# on a busy machine. The scripts are copied, not linked: they find their home from where they are.
home="$dir/home"
rm -rf "$home" && mkdir -p "$home/sbin" "$home/plugins"
debian_home=$(echo /usr/lib/rabbitmq/lib/rabbitmq_server-*)
cp "$debian_home"/sbin/rabbitmq-server "$debian_home"/sbin/rabbitmq-env "$debian_home"/sbin/rabbitmq-defaults "$home/sbin/"
ln -s "$debian_home/escript" "$home/escript"
needed=$(escript "$(dirname "$0")/rabbitmq-plugins.escript" "$debian_home/plugins" rabbit ${management_port:+rabbitmq_management})
for folder in $needed; do ln -s "$folder" "$home/plugins/"; done

# The port mapper and the node are sent SIGTERM by the kernel if this script dies, however it dies (a supervisor's
# SIGKILL included): nothing of the node outlives it, holding its port or its output pipe.
as_rabbitmq=(setpriv --pdeathsig TERM)
if [ "$(id -u)" = 0 ]; then
  chown -R rabbitmq:rabbitmq "$dir"
  export HOME=/var/lib/rabbitmq   # where the Erlang cookie is
  # Ahead of the services on the cores they share, as a broker's CPU request would be in a cluster: its boot after a
  # crash is CPU-bound and took 10-13 s among the test suite's processes (4 s on an idle machine).
  as_rabbitmq=(nice -n -10 setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups --pdeathsig TERM)
fi

# Started directly (no function, no subshell) so the signals below reach the processes themselves.
"${as_rabbitmq[@]}" epmd -port "$ERL_EPMD_PORT" -address 127.0.0.1 &
epmd=$!
# Supervised (eng/supervise.sh): started again when it dies of anything but this script's own TERM or INT, which
# RabbitMQ takes as a graceful shutdown (quicker than rabbitmqctl, which boots a VM of its own).
source "$(dirname "$0")/supervise.sh"
supervise TERM "RabbitMQ on port $port" "${as_rabbitmq[@]}" "$home/sbin/rabbitmq-server"
kill "$epmd" 2>/dev/null || true
wait "$epmd" 2>/dev/null || true
