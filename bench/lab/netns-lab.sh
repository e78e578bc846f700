#!/usr/bin/env bash
# netns-lab.sh — a network-namespace lab of simulated hosts for the scan benchmark.
#
#   bench/lab/netns-lab.sh up | down | status
#
# Builds one network namespace ("hosts" ns) joined to the root namespace by a
# veth pair on a small /30, routes LAB_PREFIX into it, and makes a deterministic
# LAB_ALIVE_PERCENT % of the prefix "alive" (addresses on the ns loopback, they
# answer ping / TCP RST / ICMP port-unreachable). Every other address of the
# prefix is silently dropped by nftables inside the ns, so dead hosts TIME OUT
# like real absent machines instead of answering ICMP host-unreachable.
#
# Traffic stays on this machine: LAB_PREFIX must lie inside 198.18.0.0/15
# (RFC 2544 benchmarking range) and the ns has no default route.
#
# Environment (all optional):
#   LAB_NS             namespace name                      (default invlab)
#   LAB_PREFIX         simulated network, /16../30 in 198.18.0.0/15
#                                                          (default 198.18.16.0/20)
#   LAB_ALIVE_PERCENT  integer 0..100, share of alive hosts (default 5)
#   LAB_LINK           /30 of the veth link, root=.1 ns=.2 (default 198.19.255.0/30)
#   LAB_SNMP_PERCENT   integer 0..100: share of the alive hosts that also answer
#                      SNMP v1/v2c (snmpd in the ns bound to those addresses,
#                      one per 100 of them; 100 = one bound to 0.0.0.0)
#                                                          (default 0 = no snmpd)
#   LAB_SNMP_COMMUNITY read-only community                 (default public)
#   LAB_RUN_DIR        state files                         (default /run/$LAB_NS)
#
# Files written on `up` (in LAB_RUN_DIR):
#   alive.txt  one alive IPv4 address per line (sorted numerically)
#   snmp.txt   the alive addresses that run SNMP (only when LAB_SNMP_PERCENT>0)
#   lab.env    the effective configuration, shell-sourceable
set -Eeuo pipefail

LAB_NS="${LAB_NS:-invlab}"
LAB_PREFIX="${LAB_PREFIX:-198.18.16.0/20}"
LAB_ALIVE_PERCENT="${LAB_ALIVE_PERCENT:-5}"
LAB_LINK="${LAB_LINK:-198.19.255.0/30}"
LAB_SNMP_PERCENT="${LAB_SNMP_PERCENT:-0}"
LAB_SNMP_COMMUNITY="${LAB_SNMP_COMMUNITY:-public}"
LAB_RUN_DIR="${LAB_RUN_DIR:-/run/${LAB_NS}}"

die() { echo "netns-lab: $*" >&2; exit 1; }
log() { echo "netns-lab: $*" >&2; }

[[ "$LAB_NS" =~ ^[A-Za-z0-9_-]{1,12}$ ]] || die "LAB_NS must be 1-12 chars [A-Za-z0-9_-]"
# Interface names are limited to 15 characters.
VETH_ROOT="vr-${LAB_NS}"
VETH_NS="vn-${LAB_NS}"
NFT_TABLE="${LAB_NS}"

ip2int() {
  local IFS=. a b c d
  read -r a b c d <<<"$1"
  [[ "$a$b$c$d" =~ ^[0-9]+$ ]] || die "bad IPv4 address: $1"
  (( a <= 255 && b <= 255 && c <= 255 && d <= 255 )) || die "bad IPv4 address: $1"
  echo $(( (a << 24) | (b << 16) | (c << 8) | d ))
}
int2ip() {
  local n=$1
  echo "$(( (n >> 24) & 255 )).$(( (n >> 16) & 255 )).$(( (n >> 8) & 255 )).$(( n & 255 ))"
}
# parse_cidr CIDR -> sets P_NET (int, masked) P_LEN P_SIZE
parse_cidr() {
  local addr=${1%/*} len=${1#*/}
  [[ "$1" == */* && "$len" =~ ^[0-9]+$ ]] || die "bad CIDR: $1"
  (( len >= 0 && len <= 32 )) || die "bad CIDR length: $1"
  local n; n=$(ip2int "$addr")
  P_LEN=$len
  P_SIZE=$(( 1 << (32 - len) ))
  P_NET=$(( n & ~(P_SIZE - 1) & 0xFFFFFFFF ))
}

# ---- validate configuration (the safety rule: only 198.18.0.0/15) ----------
BENCH_LO=$(ip2int 198.18.0.0); BENCH_HI=$(ip2int 198.19.255.255)
parse_cidr "$LAB_PREFIX"
PFX_NET=$P_NET; PFX_LEN=$P_LEN; PFX_SIZE=$P_SIZE
(( PFX_LEN >= 16 && PFX_LEN <= 30 )) || die "LAB_PREFIX length must be /16../30"
(( PFX_NET >= BENCH_LO && PFX_NET + PFX_SIZE - 1 <= BENCH_HI )) \
  || die "LAB_PREFIX must lie inside 198.18.0.0/15"
LAB_PREFIX="$(int2ip "$PFX_NET")/$PFX_LEN"     # normalised
parse_cidr "$LAB_LINK"
(( P_LEN == 30 )) || die "LAB_LINK must be a /30"
LINK_NET=$P_NET
(( LINK_NET >= BENCH_LO && LINK_NET + 3 <= BENCH_HI )) || die "LAB_LINK must lie inside 198.18.0.0/15"
(( LINK_NET + 3 < PFX_NET || LINK_NET >= PFX_NET + PFX_SIZE )) || die "LAB_LINK overlaps LAB_PREFIX"
LINK_ROOT_IP=$(int2ip $(( LINK_NET + 1 )))
LINK_NS_IP=$(int2ip $(( LINK_NET + 2 )))
if ! [[ "$LAB_ALIVE_PERCENT" =~ ^[0-9]+$ ]] || (( LAB_ALIVE_PERCENT > 100 )); then die "LAB_ALIVE_PERCENT must be 0..100"; fi
if ! [[ "$LAB_SNMP_PERCENT" =~ ^[0-9]+$ ]] || (( LAB_SNMP_PERCENT > 100 )); then die "LAB_SNMP_PERCENT must be 0..100"; fi
[[ "$LAB_SNMP_COMMUNITY" =~ ^[A-Za-z0-9_.-]+$ ]] || die "LAB_SNMP_COMMUNITY: use [A-Za-z0-9_.-]"

need() { command -v "$1" >/dev/null 2>&1 || die "missing '$1' (apt-get install -y $2)"; }
nsexec() { ip netns exec "$LAB_NS" "$@"; }
ns_exists() { ip netns list 2>/dev/null | awk '{print $1}' | grep -qx -- "$LAB_NS"; }

# ---- alive set: evenly spread, deterministic --------------------------------
# Host offset i (1 .. size-2) is alive when floor(i*p/100) steps up at i, i.e.
# for p=5 every 20th address. Addresses whose last octet is 0 or 255 are
# skipped so that per-/24 tools don't treat them as network/broadcast.
compute_alive() {
  local p=$1 i n last
  for (( i = 1; i <= PFX_SIZE - 2; i++ )); do
    if (( (i * p) / 100 > ((i - 1) * p) / 100 )); then
      n=$(( PFX_NET + i )); last=$(( n & 255 ))
      (( last == 0 || last == 255 )) && continue
      int2ip "$n"
    fi
  done
}
# every k-th line of a list, k chosen so ~p % remain (same stepping rule)
pick_percent() {
  local p=$1 i=0 line
  while IFS= read -r line; do
    i=$(( i + 1 ))
    if (( (i * p) / 100 > ((i - 1) * p) / 100 )); then echo "$line"; fi
  done
}

# ---- down --------------------------------------------------------------------
stop_snmpd() {
  local pidf pid i
  for pidf in "$LAB_RUN_DIR"/snmpd*.pid; do
    [[ -f "$pidf" ]] || continue
    pid=$(cat "$pidf" 2>/dev/null || true)
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
       && grep -q snmpd "/proc/$pid/comm" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for (( i = 0; i < 50; i++ )); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidf"
  done
}

lab_down() {
  stop_snmpd
  # Route first (it vanishes with the veth anyway), then the root-side veth,
  # then the namespace (deleting the ns also deletes its veth end and the peer).
  ip route del "$LAB_PREFIX" 2>/dev/null || true
  ip link del "$VETH_ROOT" 2>/dev/null || true
  if ns_exists; then
    # a process still running inside would keep the ns alive; report it
    local pids
    pids=$(ip netns pids "$LAB_NS" 2>/dev/null | tr '\n' ' ' || true)
    [[ -z "${pids// /}" ]] || log "warning: processes still in ns $LAB_NS: $pids"
    ip netns del "$LAB_NS" 2>/dev/null || true
  fi
  rm -rf -- "$LAB_RUN_DIR"
  log "down: ns=$LAB_NS removed"
}

# ---- up ----------------------------------------------------------------------
write_nft() {
  # Drop, before routing, everything addressed to a prefix address that is
  # not local in the ns. Preferred form uses the fib expression (stays right
  # if addresses are added/removed later); fallback is an explicit set.
  local mode=$1 f="$LAB_RUN_DIR/nft.conf"
  {
    echo "table ip $NFT_TABLE {"
    if [[ "$mode" == set ]]; then
      echo "  set alive { type ipv4_addr; flags interval;"
      if [[ -s "$LAB_RUN_DIR/alive.txt" ]]; then
        echo -n "    elements = { "; paste -sd, "$LAB_RUN_DIR/alive.txt" | tr -d '\n'; echo " }"
      fi
      echo "  }"
    fi
    echo "  chain pre {"
    echo "    type filter hook prerouting priority raw; policy accept;"
    if [[ "$mode" == set ]]; then
      echo "    ip daddr $LAB_PREFIX ip daddr != @alive counter drop"
    else
      echo "    ip daddr $LAB_PREFIX fib daddr type != local counter drop"
    fi
    echo "  }"
    echo "}"
  } > "$f"
  nsexec nft -f "$f"
}

# snmpd reads agentAddress into a buffer of about 2,500 characters (about 120 lab addresses), but
# takes listening addresses on its command line without that limit. Each snmpd reloads its ifTable
# cache every few seconds, and that enumerates every address of the namespace (SIOCGIFCONF): on a
# /16 (3,225 addresses) one idle snmpd takes 11-16 % of a core, and the nine of 100 addresses each
# that the agentAddress limit forced took 1.2 cores of a 2-core machine before a scan began. So one
# snmpd serves up to SNMPD_MAX_ADDRESSES addresses.
SNMPD_MAX_ADDRESSES=1000

# write_snmpd_conf FILE
write_snmpd_conf() {
  cat > "$1" <<EOF
# One snmpd plays many SNMP hosts, and the namespace holds one address per alive host:
# its IP address tables (thousands of rows on a /16, rebuilt per request) would make
# each simulated host cost what no real host does. Everything else is served.
view labview included .1
view labview excluded .1.3.6.1.2.1.4.20
view labview excluded .1.3.6.1.2.1.4.34
rocommunity $LAB_SNMP_COMMUNITY default -V labview
sysLocation invlab netns lab
sysContact bench@invlab.invalid
sysName invlab-sim
sysDescr invlab simulated host (net-snmp in netns $LAB_NS)
sysServices 72
dontLogTCPWrappersConnects yes
EOF
}

# run_snmpd NAME LISTENING-ADDRESS...: one snmpd, its files $LAB_RUN_DIR/NAME.{conf,log,pid}
run_snmpd() {
  local name=$1 i
  shift
  write_snmpd_conf "$LAB_RUN_DIR/$name.conf"
  mkdir -p "$LAB_RUN_DIR/$name-persist"
  # -C: only our config; -r: don't exit on unreadable /proc files
  SNMP_PERSISTENT_DIR="$LAB_RUN_DIR/$name-persist" MIBS="" \
    nsexec snmpd -C -c "$LAB_RUN_DIR/$name.conf" -r -p "$LAB_RUN_DIR/$name.pid" \
      -Lf "$LAB_RUN_DIR/$name.log" -M /dev/null "$@"
  for (( i = 0; i < 50; i++ )); do [[ -s "$LAB_RUN_DIR/$name.pid" ]] && break; sleep 0.1; done
  [[ -s "$LAB_RUN_DIR/$name.pid" ]] || die "snmpd did not start (see $LAB_RUN_DIR/$name.log)"
}

start_snmpd() {
  local n=0 part name listening
  need snmpd snmpd
  pick_percent "$LAB_SNMP_PERCENT" < "$LAB_RUN_DIR/alive.txt" > "$LAB_RUN_DIR/snmp.txt"
  [[ -s "$LAB_RUN_DIR/snmp.txt" ]] || { log "no SNMP hosts selected"; return 0; }
  if (( LAB_SNMP_PERCENT == 100 )); then
    run_snmpd snmpd "udp:0.0.0.0:161"
    return 0
  fi
  split -l "$SNMPD_MAX_ADDRESSES" -d -a 3 "$LAB_RUN_DIR/snmp.txt" "$LAB_RUN_DIR/snmp-part."
  for part in "$LAB_RUN_DIR"/snmp-part.*; do
    name=snmpd
    (( n == 0 )) || name="snmpd-$n"
    mapfile -t listening < <(sed 's/^/udp:/; s/$/:161/' "$part")
    run_snmpd "$name" "${listening[@]}"
    rm -f "$part"
    n=$(( n + 1 ))
  done
}

lab_up() {
  need ip iproute2; need nft nftables
  # idempotent: always rebuild from scratch
  lab_down 2>/dev/null
  # refuse to shadow an existing route that is not ours
  if ip route show exact "$LAB_PREFIX" | grep -q .; then die "a route for $LAB_PREFIX already exists"; fi
  mkdir -p "$LAB_RUN_DIR"
  trap 'log "up failed; cleaning up"; lab_down' ERR

  ip netns add "$LAB_NS"
  ip link add "$VETH_ROOT" type veth peer name "$VETH_NS"
  ip link set "$VETH_NS" netns "$LAB_NS"
  ip addr add "$LINK_ROOT_IP/30" dev "$VETH_ROOT"
  ip link set "$VETH_ROOT" up

  # sysctls inside the ns (per-netns): no forwarding; no ICMP rate limits so
  # each simulated host answers like a separate machine (the per-peer limit
  # would otherwise be shared by all sims, as the scanner is one peer).
  nsexec sysctl -qw net.ipv4.ip_forward=0 \
    net.ipv4.icmp_ratelimit=0 \
    net.ipv4.icmp_msgs_per_sec=1000000 \
    net.ipv4.icmp_msgs_burst=1000000 \
    net.ipv4.icmp_echo_ignore_broadcasts=1 \
    net.ipv4.conf.all.rp_filter=0 \
    net.ipv4.conf.default.rp_filter=0
  nsexec sysctl -qw net.ipv6.conf.all.disable_ipv6=1 2>/dev/null || true

  nsexec ip link set lo up
  nsexec ip addr add "$LINK_NS_IP/30" dev "$VETH_NS"
  nsexec ip link set "$VETH_NS" up

  compute_alive "$LAB_ALIVE_PERCENT" > "$LAB_RUN_DIR/alive.txt"
  if [[ -s "$LAB_RUN_DIR/alive.txt" ]]; then
    sed 's|^\(.*\)$|address add \1/32 dev lo|' "$LAB_RUN_DIR/alive.txt" > "$LAB_RUN_DIR/ip.batch"
    nsexec ip -batch "$LAB_RUN_DIR/ip.batch"
  fi

  local nft_mode="fib"
  if ! write_nft fib 2>"$LAB_RUN_DIR/nft.err"; then
    log "nft fib expression unavailable ($(head -1 "$LAB_RUN_DIR/nft.err")); using an explicit set"
    nft_mode="set"
    write_nft set
  fi

  # Route the whole prefix via the ns end (not on-link: no ARP per address).
  ip route replace "$LAB_PREFIX" via "$LINK_NS_IP" dev "$VETH_ROOT"

  if (( LAB_SNMP_PERCENT > 0 )); then start_snmpd; fi
  trap - ERR

  local n_alive n_snmp=0
  n_alive=$(wc -l < "$LAB_RUN_DIR/alive.txt")
  [[ -f "$LAB_RUN_DIR/snmp.txt" ]] && n_snmp=$(wc -l < "$LAB_RUN_DIR/snmp.txt")
  cat > "$LAB_RUN_DIR/lab.env" <<EOF
LAB_NS=$LAB_NS
LAB_PREFIX=$LAB_PREFIX
LAB_ALIVE_PERCENT=$LAB_ALIVE_PERCENT
LAB_LINK=$LAB_LINK
LAB_ROOT_IP=$LINK_ROOT_IP
LAB_NS_IP=$LINK_NS_IP
LAB_FIRST=$(int2ip $(( PFX_NET + 1 )))
LAB_LAST=$(int2ip $(( PFX_NET + PFX_SIZE - 2 )))
LAB_ALIVE_COUNT=$n_alive
LAB_ALIVE_FILE=$LAB_RUN_DIR/alive.txt
LAB_SNMP_PERCENT=$LAB_SNMP_PERCENT
LAB_SNMP_COUNT=$n_snmp
LAB_SNMP_COMMUNITY=$LAB_SNMP_COMMUNITY
LAB_NFT_MODE=$nft_mode
EOF
  echo "lab up: ns=$LAB_NS prefix=$LAB_PREFIX ($PFX_SIZE addresses) alive=$n_alive (${LAB_ALIVE_PERCENT}%)" \
       "snmp=$n_snmp link=$LINK_ROOT_IP<->$LINK_NS_IP via $VETH_ROOT nft=$nft_mode"
  echo "alive list: $LAB_RUN_DIR/alive.txt   config: $LAB_RUN_DIR/lab.env"
}

# ---- status --------------------------------------------------------------------
lab_status() {
  if ! ns_exists; then echo "lab down: no namespace $LAB_NS"; 
    ip route show exact "$LAB_PREFIX" | grep -q . && echo "  stray route: $(ip route show exact "$LAB_PREFIX")"
    ip link show "$VETH_ROOT" >/dev/null 2>&1 && echo "  stray link: $VETH_ROOT"
    [[ -d "$LAB_RUN_DIR" ]] && echo "  stray dir: $LAB_RUN_DIR"
    return 3
  fi
  echo "lab up: ns=$LAB_NS"
  [[ -f "$LAB_RUN_DIR/lab.env" ]] && sed 's/^/  /' "$LAB_RUN_DIR/lab.env"
  echo "  route: $(ip route show exact "$LAB_PREFIX" || true)"
  echo "  addresses on ns lo: $(nsexec ip -4 -o addr show dev lo | grep -vc ' 127\.' || true)"
  echo "  nft drops: $(nsexec nft list chain ip "$NFT_TABLE" pre 2>/dev/null | grep -o 'packets [0-9]* bytes [0-9]*' || echo 'no rule!')"
  local pid pidf running=""
  for pidf in "$LAB_RUN_DIR"/snmpd*.pid; do
    pid=$(cat "$pidf" 2>/dev/null || true)
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then running="$running $pid"; fi
  done
  if [[ -n "$running" ]]; then echo "  snmpd: pid$running"; else echo "  snmpd: not running"; fi
}

case "${1:-}" in
  up) lab_up ;;
  down) lab_down ;;
  status) lab_status ;;
  *) echo "usage: $0 up|down|status   (env: LAB_NS LAB_PREFIX LAB_ALIVE_PERCENT LAB_SNMP_PERCENT ...)" >&2; exit 2 ;;
esac
