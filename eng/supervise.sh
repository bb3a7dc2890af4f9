# Sourced by eng/postgres.sh and eng/rabbitmq.sh.
# supervise STOP_SIGNAL WHAT COMMAND...: runs COMMAND and starts it again whenever it dies of anything but this
# script's own TERM or INT (after 1 s, growing to 5 s while it keeps dying within 30 s of its start), so a local
# run heals as a Kubernetes deployment would. TERM or INT sends STOP_SIGNAL to COMMAND; supervise returns once
# COMMAND has ended.
supervise() {
  local stop_signal=$1 what=$2
  shift 2
  local delay=1 started status
  supervise_stopping=
  supervised=
  trap 'supervise_stopping=yes; [ -n "$supervised" ] && kill -'"$stop_signal"' "$supervised" 2>/dev/null; true' TERM INT
  while :; do
    started=$SECONDS
    # A simple command in the background: $! is COMMAND itself, so the trap signals it and nothing in between.
    "$@" &
    supervised=$!
    wait "$supervised" && status=0 || status=$?
    wait "$supervised" 2>/dev/null || true
    [ -n "$supervise_stopping" ] && return 0
    [ $((SECONDS - started)) -ge 30 ] && delay=1
    echo "$what exited (status $status); starting it again in ${delay}s" >&2
    sleep "$delay"
    [ -n "$supervise_stopping" ] && return 0
    delay=$((delay < 5 ? delay + 1 : 5))
  done
}
