#!/usr/bin/env bash
# Runs the whole system: installs what is missing, then starts the Aspire AppHost, which starts
# PostgreSQL, RabbitMQ, every service, the gateway and the dashboard. Ctrl+C or SIGTERM stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install.sh
dotnet build AppHost/Justice.AppHost.csproj -nologo -v quiet

cat <<'MSG'

  Public website        http://localhost:8080/    (bg, en, fr; registration for public events)
  Gateway (REST)        http://localhost:8080     try: curl http://localhost:8080/api/network/regions
  Gateway (gRPC, h2c)   localhost:8081
  Aspire dashboard      http://localhost:18888    (open the "Login to the dashboard" link printed below)
  Mail sent (smtp4dev)  http://127.0.0.1:5080     (registration codes and every other mail; nothing leaves)

  Everything else needs a token. In another shell, in this folder, once the gateway is up:

    token() {  # token USER PASSWORD
      curl -s http://localhost:8080/connect/token -d grant_type=password -d client_id=justice-cli \
        --data-urlencode "username=$1" --data-urlencode "password=$2" | tr -d ' \n' | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
    }
    ADMIN=$(token admin "$(cat .data/identity-admin.password)")   # the national admin; lives 10 minutes
    curl -H "Authorization: Bearer $ADMIN" http://localhost:8080/api/training/practitioners
    grpcurl -plaintext -H "authorization: Bearer $ADMIN" localhost:8081 list

MSG

# The launch profile's settings, for running the built AppHost directly: `dotnet run` would return on
# SIGTERM before the AppHost has stopped what it started.
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
export ASPNETCORE_URLS=http://localhost:18888
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:18889
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:18890
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
# Aspire's orchestrator (dcp) stops the resources after the AppHost itself has exited: remember which
# orchestrator processes were there before, to wait for ours at the end.
orchestrator='aspire\.hosting\.orchestration.*/dcp'
before=$(pgrep -f "$orchestrator" || true)

# From its own folder, where its appsettings.json is.
(cd AppHost && exec dotnet bin/Debug/net10.0/Justice.AppHost.dll) &
apphost=$!
# A backgrounded job ignores SIGINT: pass both signals on as SIGTERM, which stops every resource.
trap 'kill -TERM "$apphost" 2>/dev/null || true' INT TERM
wait "$apphost" || true
wait "$apphost" 2>/dev/null || true

ours() {
  pgrep -f "$PWD/(services|gateway|\.data)/" || true
  pgrep -f "$orchestrator" | grep -vxF -e "${before:-none}" || true
}
for _ in $(seq 1 120); do
  [ -z "$(ours)" ] && exit 0
  sleep 0.5
done
echo "Some processes did not stop within 60 s: $(ours | tr '\n' ' ')" >&2
exit 1
