#!/usr/bin/env bash
# The production shape on one machine: nginx in front of two product nodes (the built KnowledgePay.GraphQL.dll in
# Production mode), a private PostgreSQL and a private Redis (own ports and data directories, never the test servers on
# 5432/6379), and the WeChat simulator as WeChat, its payment notifications sent to nginx.
#
#   scripts/cluster.sh start [--demo]   build (unless KNOWLEDGEPAY_CLUSTER_BUILD=0), start everything, print the addresses
#   scripts/cluster.sh stop             stop everything (data stays in the run directory; delete it to start afresh)
#   scripts/cluster.sh status           what runs, each node's /readyz and /leaderz
#   scripts/cluster.sh kill-node N | start-node N | stop-redis | start-redis | stop-postgres | start-postgres   faults
#
# Environment: KNOWLEDGEPAY_CLUSTER_DIR (run directory, default .cluster), KNOWLEDGEPAY_CLUSTER_PORT (nginx's port, default
# 18080; nodes +1 and +2, simulator +10, PostgreSQL +100, Redis +101), KNOWLEDGEPAY_CLUSTER_CONFIGURATION (Release),
# KNOWLEDGEPAY_CLUSTER_NODE_SETTINGS (extra node settings, "Key=value" separated by spaces, e.g. Cluster__LeaseCheckInterval=00:00:01).
# The addresses and the database's connection string are written to <run directory>/cluster.env as plain KEY=value lines
# (read them line by line: the connection string's ';' would end a sourced assignment).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
run_dir=$(mkdir -p "${KNOWLEDGEPAY_CLUSTER_DIR:-$root/.cluster}" && cd "${KNOWLEDGEPAY_CLUSTER_DIR:-$root/.cluster}" && pwd)
readonly root run_dir
readonly base_port=${KNOWLEDGEPAY_CLUSTER_PORT:-18080}
readonly nginx_port=$base_port
readonly simulator_port=$((base_port + 10))
readonly pg_port=$((base_port + 100))
readonly redis_port=$((base_port + 101))
readonly nodes=(1 2)
readonly configuration=${KNOWLEDGEPAY_CLUSTER_CONFIGURATION:-Release}
readonly product_dll=$root/src/GraphQL/bin/$configuration/net10.0/KnowledgePay.GraphQL.dll
readonly simulator_dll=$root/simulators/WeChatSimulator/bin/$configuration/net10.0/KnowledgePay.WeChatSimulator.dll
readonly pg_user=knowledgepay
readonly pg_password=knowledgepay
readonly pg_database=knowledgepay
readonly connection_string="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Password=$pg_password;Database=$pg_database"

node_port() { echo $((base_port + $1)); }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# PostgreSQL refuses to run as root: as root, its files and processes belong to the postgres user.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

apt_install() {
  echo "==> installing $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

pg_bin() { echo "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"; }

ensure_packages() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v jq >/dev/null || missing+=(jq)
  command -v curl >/dev/null || missing+=(curl)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq 1 $((seconds * 4))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  echo "$what did not come up within ${seconds}s" >&2
  return 1
}

build() {
  if [ "${KNOWLEDGEPAY_CLUSTER_BUILD:-1}" = 1 ]; then
    echo "==> building the product and the WeChat simulator ($configuration)"
    dotnet build "$root/src/GraphQL" -c "$configuration" -nologo -v q >/dev/null
    dotnet build "$root/simulators/WeChatSimulator" -c "$configuration" -nologo -v q >/dev/null
  fi
}

start_postgres() {
  local data=$run_dir/postgres/data sockets=$run_dir/postgres/sockets
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data" "$sockets"
    # The postgres user must reach its directory through the run directory (a private temporary one is 0700).
    [ "$(id -u)" -ne 0 ] || { chmod o+x "$run_dir"; chown -R postgres:postgres "$run_dir/postgres"; }
    printf '%s\n' "$pg_password" >"$run_dir/postgres/password"
    [ "$(id -u)" -ne 0 ] || chown postgres "$run_dir/postgres/password"
    as_pg_owner "$(pg_bin)/initdb" -D "$data" -U "$pg_user" --pwfile="$run_dir/postgres/password" \
      --auth-host=scram-sha-256 --auth-local=trust -E UTF8 >/dev/null
  fi
  if ! as_pg_owner "$(pg_bin)/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "==> PostgreSQL on 127.0.0.1:$pg_port"
    as_pg_owner "$(pg_bin)/pg_ctl" -D "$data" -l "$run_dir/postgres/postgres.log" -w -t 60 \
      -o "-p $pg_port -k $sockets -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  fi
  if ! as_pg_owner psql -h "$sockets" -p "$pg_port" -U "$pg_user" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$pg_database'" | grep -q 1; then
    as_pg_owner psql -h "$sockets" -p "$pg_port" -U "$pg_user" -d postgres -qc "CREATE DATABASE $pg_database" >/dev/null
  fi
}

stop_postgres() {
  if [ -f "$run_dir/postgres/data/PG_VERSION" ] && as_pg_owner "$(pg_bin)/pg_ctl" -D "$run_dir/postgres/data" status >/dev/null 2>&1; then
    as_pg_owner "$(pg_bin)/pg_ctl" -D "$run_dir/postgres/data" -m fast -w stop >/dev/null
  fi
}

start_redis() {
  mkdir -p "$run_dir/redis"
  if ! running "$run_dir/redis/redis.pid"; then
    echo "==> Redis on 127.0.0.1:$redis_port"
    # Nothing in Redis must survive a restart: rate-limit windows, the shared WeChat token and cached reads rebuild.
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$run_dir/redis" --pidfile "$run_dir/redis/redis.pid" --logfile "$run_dir/redis/redis.log"
  fi
  wait_for Redis 30 redis-cli -p "$redis_port" ping
}

stop_redis() {
  if running "$run_dir/redis/redis.pid"; then
    redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$run_dir/redis/redis.pid")"
  fi
  rm -f "$run_dir/redis/redis.pid"
}

start_simulator() {
  local keys=$run_dir/wechat-keys
  if [ ! -f "$keys/product.settings.json" ]; then
    dotnet "$simulator_dll" keygen --out "$keys" >/dev/null
  fi
  if ! running "$run_dir/simulator.pid"; then
    echo "==> WeChat simulator on 127.0.0.1:$simulator_port"
    # WeChat Pay retries an unanswered notification after 15 s, 15 s, 30 s, 3 min …; a hundredth of that keeps a
    # node-loss test short while the retries keep their order.
    nohup dotnet "$simulator_dll" --urls "http://127.0.0.1:$simulator_port" \
      --WeChatSimulator:Pay:KeyDirectory="$keys" \
      --WeChatSimulator:Pay:RetryTimeScale="${KNOWLEDGEPAY_CLUSTER_RETRY_TIME_SCALE:-0.01}" \
      --WeChatSimulator:BoundToOpenPlatform=true >"$run_dir/simulator.log" 2>&1 &
    echo $! >"$run_dir/simulator.pid"
  fi
  wait_for "The WeChat simulator" 60 curl -sf "http://127.0.0.1:$simulator_port/__sim/calls"
}

# The server keys every node must share (tokens signed on one node are checked on the other), made once per run directory.
server_keys() {
  local file=$run_dir/server-keys.env
  if [ ! -f "$file" ]; then
    {
      for key in Identity__Jwt__SigningKey Identity__EncryptionKey Identity__PhoneIndexKey Media__SigningKey; do
        echo "$key=$(openssl rand -base64 32)"
      done
      echo "Media__Cdn__Key=$(openssl rand -hex 12)"
    } >"$file"
    chmod 600 "$file"
  fi
  cat "$file"
}

start_node() {
  local node=$1 port
  port=$(node_port "$node")
  mkdir -p "$run_dir/node$node/data"
  if running "$run_dir/node$node/node.pid"; then return; fi
  echo "==> node $node on 127.0.0.1:$port"
  local settings=(
    DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
    Storage__DataFolder="$run_dir/node$node/data"
    Database__Provider=PostgreSql ConnectionStrings__PostgreSql="$connection_string"
    Database__MigrateOnStartup=true Database__SeedDemoData="${seed_demo_data:-false}"
    Redis__Configuration="127.0.0.1:$redis_port"
    ForwardedHeaders__KnownProxies__0=127.0.0.1
    WeChatSimulator__Embedded=false
    WeChat__ApiBaseUrl="http://127.0.0.1:$simulator_port/" WeChatPay__ApiBaseUrl="http://127.0.0.1:$simulator_port/"
    WeChat__AppId=wx5e7a1d0c3b2f4968 WeChat__AppSecret=0123456789abcdef0123456789abcdef
    WeChatPay__NotifyUrl="http://127.0.0.1:$nginx_port/payments/wechatpay/notify"
    Logging__LogLevel__Default=Warning Logging__LogLevel__KnowledgePay.Infrastructure.Cluster=Information
    Logging__LogLevel__KnowledgePay.Infrastructure.Recommendations=Information
  )
  local key value line setting
  while IFS= read -r -d '' key && IFS= read -r -d '' value; do
    settings+=("$key=$value")
  done < <(jq -j 'paths(scalars) as $p | ($p | map(tostring) | join("__")), "\u0000", (getpath($p) | tostring), "\u0000"' \
    "$run_dir/wechat-keys/product.settings.json")
  while IFS= read -r line; do settings+=("$line"); done < <(server_keys)
  for setting in ${KNOWLEDGEPAY_CLUSTER_NODE_SETTINGS:-}; do settings+=("$setting"); done
  (cd "$(dirname "$product_dll")"
    env "${settings[@]}" nohup dotnet "$product_dll" --urls "http://127.0.0.1:$port" >>"$run_dir/node$node/node.log" 2>&1 &
    echo $! >"$run_dir/node$node/node.pid")
  wait_for "Node $node" 180 curl -sf "http://127.0.0.1:$port/readyz"
}

stop_node() { # node, signal
  local pid_file=$run_dir/node$1/node.pid
  if running "$pid_file"; then
    kill "-$2" "$(cat "$pid_file")"
    wait_for "Node $1's exit" 30 bash -c "! kill -0 $(cat "$pid_file") 2>/dev/null"
  fi
  rm -f "$pid_file"
}

write_nginx_config() {
  mkdir -p "$run_dir/nginx/logs" "$run_dir/nginx/temp"
  local upstreams="" node
  for node in "${nodes[@]}"; do
    # Passive health: one failed attempt takes a node out of rotation for 5 s, then nginx tries it again.
    upstreams+="    server 127.0.0.1:$(node_port "$node") max_fails=1 fail_timeout=5s;"$'\n'
  done
  cat >"$run_dir/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $run_dir/nginx/nginx.pid;
error_log $run_dir/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $run_dir/nginx/logs/access.log;
  client_body_temp_path $run_dir/nginx/temp/body;
  proxy_temp_path $run_dir/nginx/temp/proxy;
  fastcgi_temp_path $run_dir/nginx/temp/fastcgi;
  uwsgi_temp_path $run_dir/nginx/temp/uwsgi;
  scgi_temp_path $run_dir/nginx/temp/scgi;
  upstream knowledgepay {
$upstreams    keepalive 32;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    # Replaced, not appended: whatever X-Forwarded-For a client sends is dropped; the nodes trust this hop only.
    proxy_set_header X-Forwarded-For \$remote_addr;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_connect_timeout 1s;
    proxy_read_timeout 30s;
    # A request nginx could not hand to a node goes to the other one.
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;
    location / {
      proxy_pass http://knowledgepay;
    }
    location = /payments/wechatpay/notify {
      # Notifications are idempotent (the order is paid once whatever arrives), so even one a node took and died on
      # may go to the other node; WeChat would send it again anyway.
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_pass http://knowledgepay;
    }
  }
}
NGINX
}

start_nginx() {
  write_nginx_config
  if running "$run_dir/nginx/nginx.pid"; then
    /usr/sbin/nginx -p "$run_dir/nginx" -c "$run_dir/nginx/nginx.conf" -s reload
  else
    echo "==> nginx on 127.0.0.1:$nginx_port"
    /usr/sbin/nginx -p "$run_dir/nginx" -c "$run_dir/nginx/nginx.conf"
  fi
  wait_for nginx 30 curl -sf "http://127.0.0.1:$nginx_port/healthz"
}

write_env() {
  {
    echo "NGINX_URL=http://127.0.0.1:$nginx_port/"
    for node in "${nodes[@]}"; do echo "NODE${node}_URL=http://127.0.0.1:$(node_port "$node")/"; done
    echo "SIMULATOR_URL=http://127.0.0.1:$simulator_port/"
    echo "POSTGRES=$connection_string"
    echo "REDIS=127.0.0.1:$redis_port"
  } >"$run_dir/cluster.env"
}

start() {
  seed_demo_data=false
  [ "${1:-}" != --demo ] || seed_demo_data=true
  ensure_packages
  build
  start_postgres
  start_redis
  start_simulator
  write_env
  # One after the other: the first node migrates (and seeds) the database before the second starts.
  for node in "${nodes[@]}"; do start_node "$node"; done
  start_nginx
  status
}

stop() {
  if running "$run_dir/nginx/nginx.pid"; then /usr/sbin/nginx -p "$run_dir/nginx" -c "$run_dir/nginx/nginx.conf" -s quit; fi
  for node in "${nodes[@]}"; do stop_node "$node" TERM; done
  if running "$run_dir/simulator.pid"; then kill "$(cat "$run_dir/simulator.pid")"; fi
  rm -f "$run_dir/simulator.pid"
  stop_redis
  stop_postgres
  echo "stopped (data kept in $run_dir)"
}

probe() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true; }

status() {
  echo "nginx      http://127.0.0.1:$nginx_port/  $(running "$run_dir/nginx/nginx.pid" && echo running || echo stopped)"
  for node in "${nodes[@]}"; do
    local url="http://127.0.0.1:$(node_port "$node")"
    echo "node $node     $url/  $(running "$run_dir/node$node/node.pid" && echo running || echo stopped)" \
      " readyz $(probe "$url/readyz")  leaderz $(probe "$url/leaderz")"
  done
  echo "simulator  http://127.0.0.1:$simulator_port/  $(running "$run_dir/simulator.pid" && echo running || echo stopped)"
  echo "postgres   127.0.0.1:$pg_port  $(pg_isready -q -h 127.0.0.1 -p "$pg_port" && echo running || echo stopped)"
  echo "redis      127.0.0.1:$redis_port  $(redis-cli -p "$redis_port" ping 2>/dev/null || echo stopped)"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  kill-node) stop_node "$2" KILL ;;
  start-node) start_node "$2" ;;
  stop-redis) stop_redis ;;
  start-redis) start_redis ;;
  stop-postgres) stop_postgres ;;
  start-postgres) start_postgres ;;
  *) sed -n '2,16p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
esac
