#!/usr/bin/env bash
# The ampm demo (npm run demo): a local nats-server and five agents named
# after the seed's containers (sim hypervisors with real volumes and
# templates), then the seed's session: queries from an instance, from a
# container and from a sysadmin's laptop, migrations, creates, an
# evacuation; then security: a read-only caller, a policy, the audit trail.
# Ctrl-C stops everything it started.
#
# Security is on, as in production (TLS, a key per host and caller, broker
# permissions, signed requests, a policy): the first run makes a dev CA,
# the keys and the broker users with broker-config/secure-setup, under
# $AMPM_DEMO_DIR/secure (default .demo/secure), and later runs reuse them.
#
#   npm run demo                 run, then wait for Ctrl-C
#   npm run demo -- --once       run the session and stop (for scripts)
#   AMPM_DEMO_PORT=4333 npm run demo    another port, if 4222 is taken
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

once=0
[ "${1:-}" = "--once" ] && once=1

bash scripts/setup.sh --quiet

port=${AMPM_DEMO_PORT:-4222}
dir=${AMPM_DEMO_DIR:-$root/.demo}
secure=$dir/secure
export AMPM_SERVER="tls://127.0.0.1:$port"
export AMPM_PROFILES="$root/examples/profiles"
export AMPM_KEY="$secure/keys/callers/sysadmin.nk"
export AMPM_TLS_CA="$secure/tls/ca.pem"
ampm() { node "$root/bin/ampm.js" "$@"; }

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "demo: port $port is in use (another broker?). Stop it, or run: AMPM_DEMO_PORT=4333 npm run demo" >&2
  exit 1
fi

# A fresh fleet each run; the keys and certificates stay.
mkdir -p "$dir"
find "$dir" -mindepth 1 -maxdepth 1 ! -name secure -exec rm -rf {} +
mkdir -p "$dir/templates" "$dir/images/debian-worker/etc"
hosts=()
for fleet_config in examples/demo/fleet/*.yaml; do hosts+=(--host "$(basename "$fleet_config" .yaml)"); done
if [ ! -f "$secure/trusted.yaml" ]; then
  echo "demo: first run: making a dev CA, keys for five hosts, sysadmin (operator) and helpdesk (read-only) in $secure"
fi
node dist/broker-config/secure-setup.js --out "$secure" "${hosts[@]}" --operator sysadmin --viewer helpdesk >/dev/null
pids=()
logs=()
cleanup() {
  trap - EXIT INT TERM
  if [ "${#pids[@]}" -gt 0 ]; then
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  if [ -n "${serve_pid:-}" ]; then
    kill -TERM "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
  fi
  if [ -n "${nats_pid:-}" ]; then
    kill -TERM "$nats_pid" 2>/dev/null || true
    wait "$nats_pid" 2>/dev/null || true
  fi
  echo "demo: stopped the broker and the agents (logs in $dir)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "demo: starting nats-server on tls://127.0.0.1:$port (broker-config/secure.conf: TLS, a user per host and caller)"
nats-server -c "$secure/secure.conf" -a 127.0.0.1 -p "$port" -sd "$dir/jetstream" >"$dir/nats-server.log" 2>&1 &
nats_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$nats_pid" 2>/dev/null || { cat "$dir/nats-server.log" >&2; exit 1; }
  sleep 0.1
done

# Templates: a Debian rootfs tarball for lxc, a pxe entry for RHEL 5; an image directory for redeploys.
tar czf "$dir/templates/debian-squeeze.tar.gz" -C examples/demo/rootfs .
cp -a examples/demo/rootfs/. "$dir/images/debian-worker/"
for i in $(seq 100); do echo "worker file $i" >"$dir/images/debian-worker/etc/worker-$i.conf"; done

echo "demo: starting five agents (examples/demo/fleet/*.yaml)"
for fleet_config in examples/demo/fleet/*.yaml; do
  identity=$(basename "$fleet_config" .yaml)
  mkdir -p "$dir/$identity/tftp"
  config="$dir/$identity/agent.yaml"
  cat "$fleet_config" - >"$config" <<YAML
servers: ["$AMPM_SERVER"]
state_dir: $dir/$identity/state
plugin_dirs: ["$root/examples/plugins"]
tls: { ca: $AMPM_TLS_CA }
security:
  key: $secure/keys/hosts/$identity.nk
  trusted_file: $secure/trusted.yaml
  policy_file: $root/examples/demo/policy.yaml
plugins:
  pxe:
    tftp_root: $dir/$identity/tftp
    templates:
      rhel5: { kernel: rhel5/vmlinuz, initrd: rhel5/initrd.img, append: "ks=http://install.example.com/ks/rhel5.cfg ip=dhcp" }
  lxc:
    templates_dir: $dir/templates
YAML
  sed -i "s|^  slots: 8$|  slots: 8\n  images_dir: $dir/images|" "$config"
  node bin/ampm-agent.js --config "$config" >"$dir/$identity.log" 2>&1 &
  pids+=($!)
  logs+=("$dir/$identity.log")
done
up=0
for _ in $(seq 100); do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "demo: an agent stopped while starting; the end of ${logs[$i]}:" >&2
      tail -5 "${logs[$i]}" >&2
      exit 1
    fi
  done
  up=$( (ampm discover --discovery-quiet 100ms 2>/dev/null || true) | wc -l)
  [ "$up" -ge 5 ] && break
  sleep 0.2
done
[ "$up" -ge 5 ] || { echo "demo: only $up of 5 agents answer; logs in $dir" >&2; exit 1; }

# The web page and REST API (ampm serve) on loopback, as the sysadmin: AMPM_DEMO_WEB_PORT (default 8080; 0: any free port).
web_port=${AMPM_DEMO_WEB_PORT:-8080}
node "$root/bin/ampm.js" serve --listen "127.0.0.1:$web_port" >"$dir/serve.log" 2>&1 &
serve_pid=$!
web_url=""
for _ in $(seq 100); do
  web_url=$(sed -n 's/^ampm serve: \(http[^ ]*\).*/\1/p' "$dir/serve.log")
  [ -n "$web_url" ] && break
  kill -0 "$serve_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -n "$web_url" ]; then
  echo "demo: ampm serve: the fleet on the web at $web_url (REST API: ${web_url}api/v1/hosts)"
else
  echo "demo: ampm serve did not start (port $web_port taken? AMPM_DEMO_WEB_PORT=8081 npm run demo); its log:" >&2
  cat "$dir/serve.log" >&2
  serve_pid=""
fi

show() {
  local shown=""
  for arg in "$@"; do
    case "$arg" in *[[:space:]\(\)\>\<]*) shown+=" \"$arg\"" ;; *) shown+=" $arg" ;; esac
  done
  echo "\$ ampm${shown}"
  ampm "$@" || true
}
on() {
  echo
  echo "# --- $* ---"
}
as() {
  local who=$1
  shift
  echo "\$ AMPM_HOSTNAME=$who ampm $*"
  AMPM_HOSTNAME=$who ampm "$@" || true
}

on "setting the scene: container3 and container4 out of service, five instances"
show container --disable container3.example.com --reason "waiting for disks"
show container --disable container4.example.com --reason "firmware update"
for spec in "instance1 dmz-webserver-rhel-5 container1" "instance2 dmz-webserver-rhel-5 container1" \
  "proxy1 caching-reverse-proxy-rhel-5 container1" "instance33 dmz-webserver-rhel-5 container2" \
  "instance34 dmz-webserver-rhel-5 container2"; do
  set -- $spec
  show create --profile "$2" --hostname "$1.example.com" --container "$3.example.com"
done

on "on instance1.example.com, a VM: where am I running, and on what?"
as instance1.example.com query --container
show query --container instance2.example.com
as instance1.example.com query --storage
as instance1.example.com query --profile
show query --profile proxy1.example.com
as instance1.example.com query --instance-tags
as instance1.example.com query --container-tags

on "on container1.example.com"
as container1.example.com list instances
show list instances container2.example.com
as container1.example.com list status

on "on the sysadmin's laptop"
show status all
show query find-containers instance1.example.com:dmz-webserver-rhel-5
show query find-containers instance1.example.com --explain
show migrate instance1.example.com:dmz-webserver-rhel-5
show migrate instance2.example.com:dmz-webserver-rhel-5 container2.example.com
show query --container-tags container3.example.com
show query status container3.example.com
show container --enable container3.example.com
show create --profile external-name-server-rhel5 --hostname ns3.example.com
show container --enable container4.example.com
show create --profile external-name-server-rhel5 --hostname ns4.example.com --container container4.example.com
show create --profile debian-squeeze-container --hostname tools1.example.com
show pause ns3.example.com
show resume ns3.example.com

on "images: export, import, redeploy (vm-image-manager)"
show image export tools1.example.com --to "$dir/tools1.tar.gz" --stop
show image import "$dir/tools1.tar.gz" --hostname tools2.example.com
show redeploy tools2.example.com --image debian-worker
show redeploy tools2.example.com --image debian-worker

on "container2 needs a break: move everything off it"
show container --disable container2.example.com --reason "needs a break"
show migrate --all --from container2.example.com --dry-run
show migrate --all --from container2.example.com
show status all
show job list

on "security: signed requests, a read-only caller, a policy, the audit trail"
show keys show
helpdesk() {
  echo "\$ AMPM_KEY=$secure/keys/callers/helpdesk.nk ampm $*"
  AMPM_KEY="$secure/keys/callers/helpdesk.nk" ampm "$@" || true
}
helpdesk status container1.example.com
helpdesk migrate instance2.example.com container5.example.com
show destroy instance2.example.com --yes
show audit --instance instance2.example.com
show audit --status UNAUTHORIZED

cat <<MSG

demo: the fleet is up. In another terminal, try:
  export AMPM_SERVER=$AMPM_SERVER AMPM_PROFILES=$AMPM_PROFILES
  export AMPM_KEY=$AMPM_KEY AMPM_TLS_CA=$AMPM_TLS_CA
  alias ampm="node $root/bin/ampm.js"
  ampm status all
  ampm query find-containers --profile dmz-webserver-rhel-5 --explain
  ampm create --profile dmz-webserver-rhel-5 --hostname web9.example.com
  ampm migrate web9.example.com
  ampm ping -F rack=r12
  ampm rpc sysinfo --help
  ampm audit --caller sysadmin --since 10m
  ampm --help
Agent logs: $dir/*.log
MSG
if [ -n "$web_url" ]; then
  echo "The web page: $web_url (ampm serve; log: $dir/serve.log)"
  # What the REST API says of the fleet now (the same client library as the CLI).
  node -e 'fetch(process.argv[1] + "api/v1/hosts").then((r) => r.json()).then((b) => console.log(`demo: GET /api/v1/hosts: ${b.hosts.length} hosts, ${b.hosts.filter((h) => h.enabled).length} enabled, ${b.hosts.reduce((n, h) => n + h.instances.length, 0)} instances`))' "$web_url" || true
fi

if [ "$once" = 1 ]; then exit 0; fi
echo "demo: press Ctrl-C to stop"
while true; do sleep 3600 & wait $!; done
