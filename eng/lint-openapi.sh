#!/usr/bin/env bash
# Lints an OpenAPI document with Spectral's spectral:oas ruleset: eng/lint-openapi.sh DOCUMENT.json
# Get Training's document from a running system (Development) at <training>/openapi/v1.json, or let
# the tests write it: JUSTICE_OPENAPI_OUT=/tmp/training.json ./eng/test.sh
set -euo pipefail
document=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo 'extends: ["spectral:oas"]' > "$work/.spectral.yaml"
cd "$work"
npx -y @stoplight/spectral-cli@6 lint "$document" --ruleset .spectral.yaml --fail-severity error
