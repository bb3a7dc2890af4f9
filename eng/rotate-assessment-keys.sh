#!/usr/bin/env bash
# Rotates the keys that encrypt victims' personal fields, while the assessment service runs: a new key encrypts every
# new write and every row is re-encrypted under it. Needs a national admin's access token with the assessment audience.
#   JUSTICE_TOKEN=... eng/rotate-assessment-keys.sh [BASE_URL]     (BASE_URL: the gateway, default http://localhost:8080)
# Safe to run again: a run that was interrupted is finished by the next one. Prints {"keyId":N,"reencrypted":M}.
set -euo pipefail
base=${1:-http://localhost:8080}
: "${JUSTICE_TOKEN:?set JUSTICE_TOKEN to an access token of a national admin}"
curl --fail-with-body --silent --show-error -X POST \
  -H "Authorization: Bearer ${JUSTICE_TOKEN}" \
  "${base%/}/api/assessment/keys/rotate"
echo
