#!/usr/bin/env bash
# Balance payments on PostgreSQL: payments/s of the product's balance gateway beside a floor harness doing the same writes
# with Npgsql directly at the same concurrency, and zero overdraft. Builds the harness in Release and runs it; extra
# arguments go to the harness (e.g. --buyers 20 --orders 25 --affordable 20 --concurrency 32 --rounds 3).
# Results go to docs/benchmarks.md by hand.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

export KNOWLEDGEPAY_TEST_POSTGRES=${KNOWLEDGEPAY_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay"}
dotnet build -c Release -v q -nologo benchmarks/WalletPayments >/dev/null

echo "load before: $(uptime)"
dotnet benchmarks/WalletPayments/bin/Release/net10.0/KnowledgePay.WalletPayments.dll "$@"
echo "load after: $(uptime)"
