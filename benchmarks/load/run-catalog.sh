#!/usr/bin/env bash
# Load benchmark of the catalogue page: the product's /graphql against a plain minimal-API endpoint,
# both Release builds over the same seeded database. Results go to docs/benchmarks.md by hand.
#   --provider sqlite (default): one seeded SQLite file.
#   --provider postgresql: a fresh database on $KNOWLEDGEPAY_TEST_POSTGRES (default the local test server), dropped after.
#   --cluster: the production shape from scripts/cluster.sh (nginx on $KNOWLEDGEPAY_CLUSTER_PORT, default 18080, in front
#     of two product nodes on its own PostgreSQL and Redis); the plain endpoint runs as two processes on the same database
#     and Redis behind an nginx of the same configuration, so both sides pay the same proxy hop and share the two cores alike.
#   --port N (default $CATALOG_BENCH_PORT or 5181): the product (or the plain side's nginx with --cluster) listens on N,
#     the plain endpoint on N+1 (and N+2 with --cluster).
# CATALOG_BENCH_BUILD=0 runs the Release builds already there. ROUNDS, DURATION, WARMUP, CONNECTIONS: see catalog.mjs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

provider=sqlite
cluster=false
port=${CATALOG_BENCH_PORT:-5181}
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider="$2"; shift 2 ;;
    --cluster) cluster=true; provider=postgresql; shift ;;
    --port) port="$2"; shift 2 ;;
    *) echo "unknown argument $1 (use --provider sqlite|postgresql, --cluster, --port N)" >&2; exit 2 ;;
  esac
done

graphql_port=$port plain_port=$((port + 1))
data=$(mktemp -d)
pids=()
server=${KNOWLEDGEPAY_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay}
database="kp_catalog_bench_$$"
export KNOWLEDGEPAY_CLUSTER_DIR="$data/cluster"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do timeout 30 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -9 "$pid" 2>/dev/null || true; done
  if [ "$cluster" = true ]; then
    [ ! -f "$data/nginx/nginx.pid" ] || /usr/sbin/nginx -p "$data/nginx" -c "$data/nginx/nginx.conf" -s quit || true
    bash scripts/cluster.sh stop >/dev/null 2>&1 || true
  fi
  tail -n 40 "$data"/*.log "$data"/cluster/node*/node.log 2>/dev/null | grep -iE -A20 'crit|fail|unhandled|fatal' || true
  rm -rf "$data"
  if [ "$provider" = postgresql ] && [ "$cluster" = false ]; then
    sleep 1
    PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server") psql -q -h 127.0.0.1 -U "$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$server")" \
      -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

case "$provider" in
  sqlite) ;;
  postgresql) export Database__Provider=PostgreSql ConnectionStrings__PostgreSql="$server;Database=$database" ;;
  *) echo "unknown provider $provider" >&2; exit 2 ;;
esac
echo "provider $provider$([ "$cluster" = false ] || echo ', two nodes behind nginx')"

[ "${CATALOG_BENCH_BUILD:-1}" = 0 ] || for project in src/GraphQL benchmarks/CatalogLoad; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
(cd benchmarks/load && npm ci --no-audit --no-fund --silent)

wait_ready() { # url [pid]: up to 5 minutes; gives up at once on an HTTP 500 or when the process has exited
  local code=000
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true)
    [ "$code" != 200 ] || return 0
    if [ "$code" = 500 ] || { [ -n "${2:-}" ] && ! kill -0 "$2" 2>/dev/null; }; then break; fi
    sleep 0.5
  done
  echo "$1 did not answer (last HTTP status $code)" >&2
  return 1
}

# The load comes from one address: the callers' allowances (ADR 0052) would measure refusals, not the edge.
# Seeding the catalogue schedules a recommender training a minute later; it would run on two cores during the rounds.
no_background_training="Recommendations__TrainingInterval=30.00:00:00 Recommendations__RetrainAfterCatalogueChange=1.00:00:00"

# Production runs only with its server keys configured (the cluster's nodes bring their own).
export Identity__Jwt__SigningKey="$(head -c 32 /dev/urandom | base64)" Identity__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
  Media__SigningKey="$(head -c 32 /dev/urandom | base64)" Media__Cdn__Key="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  Identity__PhoneIndexKey="$(head -c 32 /dev/urandom | base64)"

# The plain endpoint: Release build, Production mode, no migration or seed (the product's first node did both).
start_plain() { # port
  Database__MigrateOnStartup=false Database__SeedDemoData=false ASPNETCORE_ENVIRONMENT=Production \
    dotnet benchmarks/CatalogLoad/bin/Release/net10.0/KnowledgePay.CatalogLoad.dll --contentRoot "$root/benchmarks/CatalogLoad/bin/Release/net10.0" \
    --urls "http://127.0.0.1:$1" >"$data/plain-$1.log" 2>&1 &
  pids+=($!)
  wait_ready "http://127.0.0.1:$1/courses?first=1" $!
}

# cluster.env holds plain KEY=value lines; sourcing it would cut the connection string at its first ';'.
cluster_setting() { sed -n "s/^$1=//p" "$data/cluster/cluster.env"; }

if [ "$cluster" = true ]; then
  chmod o+x "$data" # PostgreSQL's own user reaches its data directory through this one
  KNOWLEDGEPAY_CLUSTER_BUILD=${CATALOG_BENCH_BUILD:-1} \
    KNOWLEDGEPAY_CLUSTER_NODE_SETTINGS="RateLimiting__Enabled=false $no_background_training ${KNOWLEDGEPAY_CLUSTER_NODE_SETTINGS:-}" \
    bash scripts/cluster.sh start --demo
  graphql_url=$(cluster_setting NGINX_URL)
  graphql_url=${graphql_url%/}
  export Storage__DataFolder="$data" Logging__LogLevel__Default=Warning ConnectionStrings__PostgreSql="$(cluster_setting POSTGRES)" \
    Redis__Configuration="$(cluster_setting REDIS)" RateLimiting__Enabled=false
  for setting in $no_background_training; do export "${setting?}"; done
  start_plain "$plain_port"
  start_plain "$((plain_port + 1))"
  # The plain side's proxy: the cluster's nginx settings that matter for speed (one worker, HTTP/1.1 keep-alive pool of 32).
  mkdir -p "$data/nginx/logs" "$data/nginx/temp"
  cat >"$data/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $data/nginx/nginx.pid;
error_log $data/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $data/nginx/logs/access.log;
  client_body_temp_path $data/nginx/temp/body;
  proxy_temp_path $data/nginx/temp/proxy;
  fastcgi_temp_path $data/nginx/temp/fastcgi;
  uwsgi_temp_path $data/nginx/temp/uwsgi;
  scgi_temp_path $data/nginx/temp/scgi;
  upstream plain {
    server 127.0.0.1:$plain_port;
    server 127.0.0.1:$((plain_port + 1));
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$graphql_port;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$remote_addr;
    location / { proxy_pass http://plain; }
  }
}
NGINX
  /usr/sbin/nginx -p "$data/nginx" -c "$data/nginx/nginx.conf"
  plain_url=http://127.0.0.1:$graphql_port
else
  export Storage__DataFolder="$data" Logging__LogLevel__Default=Warning RateLimiting__Enabled=false
  for setting in $no_background_training; do export "${setting?}"; done
  Database__SeedDemoData=true ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/GraphQL/bin/Release/net10.0/KnowledgePay.GraphQL.dll --contentRoot "$root/src/GraphQL/bin/Release/net10.0" \
    --urls "http://127.0.0.1:$graphql_port" >"$data/graphql.log" 2>&1 &
  pids+=($!)
  graphql_url=http://127.0.0.1:$graphql_port
  wait_ready "$graphql_url/readyz"
  start_plain "$plain_port"
  plain_url=http://127.0.0.1:$plain_port
fi

echo "load average before the rounds: $(cut -d' ' -f1-3 /proc/loadavg)"
# Bounded: the rounds and warm-ups of both sides, plus five minutes for the probes and the slowest machine.
rounds_seconds=$((2 * (${WARMUP:-10} + ${ROUNDS:-5} * ${DURATION:-10}) + 300))
timeout "$rounds_seconds" node benchmarks/load/catalog.mjs "$graphql_url" "$plain_url"
echo "load average after the rounds: $(cut -d' ' -f1-3 /proc/loadavg)"
