#!/usr/bin/env bash
# Samples the product while it settles one long round of the payment benchmark (docs/benchmarks.md, "where the product's
# time per notification goes"): runs the harness with --rounds 1, waits until the product is settling that round's
# notifications, collects 15 s with dotnet-trace, converts to speedscope and prints the share per area and per step.
# Usage: bash benchmarks/load/profile-payments.sh [orders=3000] [output folder=/tmp/payments-profile]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
orders=${1:-3000}
out=${2:-/tmp/payments-profile}
mkdir -p "$out"

export KNOWLEDGEPAY_TEST_POSTGRES=${KNOWLEDGEPAY_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay"}
dotnet tool restore >/dev/null
for project in src/GraphQL benchmarks/Payments; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
product=src/GraphQL/bin/Release/net10.0/KnowledgePay.GraphQL.dll

echo "load before: $(uptime)"
dotnet benchmarks/Payments/bin/Release/net10.0/KnowledgePay.Payments.dll --product "$product" --orders "$orders" --rounds 1 \
  > "$out/benchmark.txt" 2>&1 &
harness=$!
until pid=$(pgrep -P "$harness" -f "$product"); do sleep 1; done

# The warm-up pays 300 orders through the product and 300 through the floor; past that, round 1 is being settled.
database="knowledgepay_paybench_$harness"
psql_url="postgresql://knowledgepay:knowledgepay@127.0.0.1:5432/$database"
until [ "$(psql "$psql_url" -tAc "SELECT count(*) FROM \"Orders\" WHERE \"Status\" = 'Paid'" 2>/dev/null || echo 0)" -gt 700 ]; do
  sleep 0.5
done
echo "sampling product $pid from $(date -u +%T) UTC"
dotnet dotnet-trace collect --profile dotnet-sampled-thread-time -p "$pid" --duration 00:00:15 -o "$out/product.nettrace" >/dev/null
wait "$harness" || true
echo "load after: $(uptime)"
dotnet dotnet-trace convert --format speedscope "$out/product.nettrace" -o "$out/product" >/dev/null
python3 benchmarks/load/payments-profile-areas.py "$out/product.speedscope.json"
