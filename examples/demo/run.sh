#!/usr/bin/env bash
# The ampm demo (npm run demo): a local nats-server and five agents named
# after the seed's containers, then a few discovery queries. Ctrl-C stops
# everything it started.
#
#   npm run demo                 run, then wait for Ctrl-C
#   npm run demo -- --once       run the queries and stop (for scripts)
#   AMPM_DEMO_PORT=4333 npm run demo    another port, if 4222 is taken
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

once=0
[ "${1:-}" = "--once" ] && once=1

bash scripts/setup.sh --quiet

port=${AMPM_DEMO_PORT:-4222}
dir=${AMPM_DEMO_DIR:-$root/.demo}
export AMPM_SERVER="nats://127.0.0.1:$port"
ampm() { node "$root/bin/ampm.js" "$@"; }

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "demo: port $port is in use (another broker?). Stop it, or run: AMPM_DEMO_PORT=4333 npm run demo" >&2
  exit 1
fi

rm -rf "$dir"
mkdir -p "$dir"
pids=()
cleanup() {
  trap - EXIT INT TERM
  if [ "${#pids[@]}" -gt 0 ]; then
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  if [ -n "${nats_pid:-}" ]; then
    kill -TERM "$nats_pid" 2>/dev/null || true
    wait "$nats_pid" 2>/dev/null || true
  fi
  echo "demo: stopped the broker and the agents (logs in $dir)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "demo: starting nats-server on 127.0.0.1:$port (broker-config/dev.conf)"
nats-server -c broker-config/dev.conf -p "$port" -sd "$dir/jetstream" >"$dir/nats-server.log" 2>&1 &
nats_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$nats_pid" 2>/dev/null || { cat "$dir/nats-server.log" >&2; exit 1; }
  sleep 0.1
done

echo "demo: starting five agents (examples/demo/fleet/*.yaml)"
for config in examples/demo/fleet/*.yaml; do
  identity=$(basename "$config" .yaml)
  node bin/ampm-agent.js --config "$config" --server "$AMPM_SERVER" --state-dir "$dir/$identity" \
    --plugin-dir "$root/examples/plugins" >"$dir/$identity.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 100); do
  [ "$(ampm discover --discovery-quiet 100ms 2>/dev/null | wc -l)" -ge 5 ] && break
  sleep 0.2
done

show() {
  local shown=""
  for arg in "$@"; do
    case "$arg" in *[[:space:]\(\)\>\<]*) shown+=" \"$arg\"" ;; *) shown+=" $arg" ;; esac
  done
  echo
  echo "\$ ampm${shown}"
  ampm "$@" || true
}

show ping
show discover -T dmz-interface
show discover -W "site = PHX and cpus >= 16"
show facts -k site -k rack -k cpus -k memory_mb
show facts container4.example.com
show rpc rpcutil echo message=hello -T external-interface
show plugins container1.example.com
show rpc sysinfo disk path=/ -T SJC

cat <<MSG

demo: the fleet is up. In another terminal, try:
  export AMPM_SERVER=$AMPM_SERVER
  alias ampm="node $root/bin/ampm.js"
  ampm ping -F rack=r12
  ampm rpc rpcutil inventory -I container1.example.com
  ampm discover -W "tags has dmz-interface and site = SJC"
  ampm rpc rpcutil daemon_stats --json
  ampm rpc sysinfo --help
  ampm rpc sysinfo countdown seconds=5 -I container2.example.com
  ampm --help
Agent logs: $dir/*.log
MSG

if [ "$once" = 1 ]; then exit 0; fi
echo "demo: press Ctrl-C to stop"
while true; do sleep 3600 & wait $!; done
