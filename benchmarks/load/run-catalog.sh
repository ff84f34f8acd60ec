#!/usr/bin/env bash
# Load benchmark of the catalogue page: the product's /graphql against a plain minimal-API endpoint,
# both Release builds over the same seeded database. Results go to docs/benchmarks.md by hand.
#   --provider sqlite (default): one seeded SQLite file.
#   --provider postgresql: a fresh database on $KNOWLEDGEPAY_TEST_POSTGRES (default the local test server), dropped after.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

provider=sqlite
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider="$2"; shift 2 ;;
    *) echo "unknown argument $1 (use --provider sqlite|postgresql)" >&2; exit 2 ;;
  esac
done

data=$(mktemp -d)
pids=()
server=${KNOWLEDGEPAY_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay}
database="kp_catalog_bench_$$"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  tail -n 40 "$data"/*.log 2>/dev/null | grep -iE -A20 'crit|fail|unhandled|fatal' || true
  rm -rf "$data"
  if [ "$provider" = postgresql ]; then
    sleep 1
    PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server") psql -q -h 127.0.0.1 -U "$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$server")" \
      -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

case "$provider" in
  sqlite) ;;
  postgresql) export Database__Provider=PostgreSql ConnectionStrings__PostgreSql="$server;Database=$database" ;;
  *) echo "unknown provider $provider" >&2; exit 2 ;;
esac
echo "provider $provider"

for project in src/GraphQL benchmarks/CatalogLoad; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
(cd benchmarks/load && npm ci --no-audit --no-fund --silent)

wait_ready() {
  for _ in $(seq 1 120); do
    curl -fs "$1/readyz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$1 did not become ready" >&2
  return 1
}

export Storage__DataFolder="$data" Logging__LogLevel__Default=Warning
# Production runs only with its server keys configured.
export Identity__Jwt__SigningKey="$(head -c 32 /dev/urandom | base64)" Identity__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
  Media__SigningKey="$(head -c 32 /dev/urandom | base64)" Media__Cdn__Key="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  Identity__PhoneIndexKey="$(head -c 32 /dev/urandom | base64)"
# The load comes from one address: the callers' allowances (ADR 0052) would measure refusals, not the edge.
export RateLimiting__Enabled=false
Database__SeedDemoData=true ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/GraphQL/bin/Release/net10.0/KnowledgePay.GraphQL.dll --contentRoot "$root/src/GraphQL/bin/Release/net10.0" \
  --urls http://127.0.0.1:5181 >"$data/graphql.log" 2>&1 &
pids+=($!)
wait_ready http://127.0.0.1:5181

Database__MigrateOnStartup=false Database__SeedDemoData=false ASPNETCORE_ENVIRONMENT=Production \
  dotnet benchmarks/CatalogLoad/bin/Release/net10.0/KnowledgePay.CatalogLoad.dll --contentRoot "$root/benchmarks/CatalogLoad/bin/Release/net10.0" \
  --urls http://127.0.0.1:5182 >"$data/plain.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:5182/courses?first=1" >/dev/null 2>&1 && break; sleep 0.5; done

node benchmarks/load/catalog.mjs http://127.0.0.1:5181 http://127.0.0.1:5182
