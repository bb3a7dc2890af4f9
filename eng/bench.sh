#!/usr/bin/env bash
# Measures the system's performance (tests/Justice.Benchmarks): installs what is missing, builds in Release, starts the
# whole system as the AppHost runs it (PostgreSQL and RabbitMQ included, on a throwaway folder and free ports), loads it
# scenario by scenario, prints one table and writes the same figures as JSON (default artifacts/bench/latest.json).
# Takes a few minutes; run it on an otherwise idle machine. Names after the output path run those scenarios alone:
#   ./eng/bench.sh artifacts/bench/monitoring.json monitoring
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install.sh
output=${1:-artifacts/bench/latest.json}

# The AppHost runs the services' built output in its own configuration, so this builds all of them in Release.
dotnet build tests/Justice.Benchmarks/Justice.Benchmarks.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
echo "Machine: $(nproc) cores; $(free -g | awk '/^Mem:/ { print $2 " GiB memory" }')" >&2
dotnet tests/Justice.Benchmarks/bin/Release/net10.0/Justice.Benchmarks.dll "$output" "${@:2}"
