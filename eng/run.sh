#!/usr/bin/env bash
# Runs the whole system: installs what is missing, then starts the Aspire AppHost, which starts
# PostgreSQL, RabbitMQ, every service, the gateway and the dashboard. Ctrl+C or SIGTERM stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install.sh
dotnet build AppHost/Justice.AppHost.csproj -nologo -v quiet

cat <<'MSG'

  Gateway (REST)        http://localhost:8080     try: curl http://localhost:8080/api/network/regions
  Gateway (gRPC, h2c)   localhost:8081            try: grpcurl -plaintext localhost:8081 list
  Aspire dashboard      http://localhost:18888    (open the "Login to the dashboard" link printed below)

MSG

dotnet run --project AppHost --no-build --launch-profile http &
apphost=$!
# A backgrounded job ignores SIGINT: pass both signals on as SIGTERM, which stops every resource.
trap 'kill -TERM "$apphost" 2>/dev/null || true' INT TERM
wait "$apphost" || true
wait "$apphost" 2>/dev/null || true
# RabbitMQ's port mapper outlives a node killed before it could stop it; it is ours (see rabbitmq.sh).
epmd -port $((55672 + 2000)) -kill >/dev/null 2>&1 || true
