#!/usr/bin/env bash
# Runs every test project of KnowledgePay. Installs and starts what the tests need when it is missing
# (PostgreSQL with the knowledgepay role, Redis, nginx, Chromium with a CJK font, Node/npm, the local dotnet tools), so a fresh
# Debian 12 machine needs nothing but the .NET SDK. Safe to run again: each step checks before acting.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly PG_ROLE=knowledgepay
readonly PG_PASSWORD=knowledgepay
readonly PG_PORT=5432
readonly REDIS_PORT=6379
readonly RESULTS_DIR=TestResults/test-run
readonly MINIPROGRAM_E2E_TIMEOUT=15m

apt_updated=false

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

apt_install() {
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  echo "==> installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null; then
    echo "The .NET 10 SDK is required (https://dot.net); it is not in Debian's archive." >&2
    exit 1
  fi
}

ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null; then
    apt_install postgresql
  fi

  if [ -z "$(pg_lsclusters -h)" ]; then
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    as_root pg_createcluster --port "$PG_PORT" "$version" main
  fi

  local version name status
  while read -r version name _ status _; do
    if [ "$status" != online ]; then
      echo "==> starting PostgreSQL cluster $version/$name"
      as_root pg_ctlcluster "$version" "$name" start
    fi
  done < <(pg_lsclusters -h)

  for _ in $(seq 1 30); do
    if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
      break
    fi
    sleep 1
  done
  pg_isready -h 127.0.0.1 -p "$PG_PORT"

  # Creates the role, or brings an existing one back to what the tests expect.
  as_postgres psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
-- DROP DATABASE ... WITH (FORCE) ends every session in the database, and refuses (SQLSTATE 42501) when one of them is
-- an autovacuum worker, which belongs to no role, unless the dropping role may signal any backend.
GRANT pg_signal_backend TO $PG_ROLE;
SQL

  # A test server needs no durability. Every DROP DATABASE waits for a checkpoint, and with fsync on that checkpoint
  # syncs the files of every test database written since the last one: 20-30 s late in a run, past Npgsql's 30 s
  # command timeout for a fixture's drop. Without fsync a checkpoint only hands pages to the kernel.
  as_postgres psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres <<SQL
ALTER SYSTEM SET fsync = off;
ALTER SYSTEM SET full_page_writes = off;
ALTER SYSTEM SET synchronous_commit = off;
SELECT pg_reload_conf() AS reloaded \gset
SQL
}

ensure_redis() {
  if ! command -v redis-server >/dev/null; then
    apt_install redis-server
  fi
  if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    echo "==> starting Redis on port $REDIS_PORT"
    # Tests flush their own key prefixes; nothing here needs to survive a restart.
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes
  fi
  for _ in $(seq 1 30); do
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
      return
    fi
    sleep 1
  done
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
}

ensure_nginx() {
  # Installed only: the cluster script and the fault tests start their own nginx with their own configuration.
  if [ ! -x /usr/sbin/nginx ]; then
    apt_install nginx
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
  fi
}

ensure_cjk_fonts() {
  # Without a CJK font Chromium draws the dashboard's Chinese labels (and its screenshots) as empty boxes.
  if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
    apt_install fonts-noto-cjk
  fi
}

ensure_node() {
  if ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
}

ensure_dotnet_tools() {
  if [ -f .config/dotnet-tools.json ]; then
    dotnet tool restore
  fi
}

run_miniprogram_checks() {
  echo "==> mini program: generated operation types, type check, package size, unit and page tests"
  (cd clients/miniprogram && npm ci --no-audit --no-fund --loglevel=error && npm run check) || return
  # The end-to-end test starts the Debug server that run_tests built (Development, embedded WeChat simulator) and
  # buys a course through the mini program's services; bounded so a hung server cannot stall the run.
  echo "==> mini program: end-to-end journey against the real server"
  (cd clients/miniprogram && timeout --kill-after=30 "$MINIPROGRAM_E2E_TIMEOUT" npm run e2e)
}

run_tests() {
  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"
  dotnet build KnowledgePay.sln -nologo
  echo "==> checking code style (dotnet format)"
  dotnet format KnowledgePay.sln --verify-no-changes --no-restore

  local status=0
  dotnet test KnowledgePay.sln --no-build --nologo \
    --results-directory "$RESULTS_DIR" \
    --logger trx \
    --logger "console;verbosity=minimal" 2>&1 | tee "$RESULTS_DIR/dotnet-test.log" || status=$?
  run_miniprogram_checks || status=$?

  local summary
  summary="$(awk -f scripts/summarise-trx.awk "$RESULTS_DIR"/*.trx 2>/dev/null || echo "0 passed, 0 failed")"
  echo
  echo "$summary"
  # A fixture that fails to clean up, or a test host that crashes, fails the run without a failed result in any TRX
  # file; name it at the end too, where a CI log's tail shows it. The console (minimal verbosity) leaves out a clean-up
  # failure's message; the TRX files keep it in the run's output, as xUnit's lines indented by six spaces.
  grep -E "Cleanup Failure|Test Run Aborted|host process crashed|exited with error" "$RESULTS_DIR/dotnet-test.log" || true
  grep -h -E '^\[xUnit\.net [0-9:.]+\]       [^ ]' "$RESULTS_DIR"/*.trx || true

  if [ "$status" -ne 0 ]; then
    exit "$status"
  fi
  case "$summary" in
    "0 passed, "*) echo "No test results were found." >&2; exit 1 ;;
    *", 0 failed"*) ;;
    *) exit 1 ;;
  esac
}

ensure_dotnet
ensure_postgres
ensure_redis
ensure_nginx
ensure_chromium
ensure_cjk_fonts
ensure_node
ensure_dotnet_tools

export KNOWLEDGEPAY_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_ROLE;Password=$PG_PASSWORD"
export KNOWLEDGEPAY_TEST_REDIS="127.0.0.1:$REDIS_PORT"
export KNOWLEDGEPAY_TEST_RESULTS="$PWD/$RESULTS_DIR"
run_tests
