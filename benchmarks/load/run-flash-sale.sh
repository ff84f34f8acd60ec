#!/usr/bin/env bash
# Flash-sale benchmark on PostgreSQL: orders/s until a flash sale sells out under concurrent buyers, and zero oversell.
# Builds the harness in Release and runs it; extra arguments go to the harness (e.g. --stock 1000 --buyers 200).
# Results go to docs/benchmarks.md by hand.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

export KNOWLEDGEPAY_TEST_POSTGRES=${KNOWLEDGEPAY_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay"}
dotnet build -c Release -v q -nologo benchmarks/FlashSale >/dev/null

echo "load before: $(uptime)"
dotnet benchmarks/FlashSale/bin/Release/net10.0/KnowledgePay.FlashSale.dll "$@"
echo "load after: $(uptime)"
