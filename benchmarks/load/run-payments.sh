#!/usr/bin/env bash
# End-to-end payment benchmark on PostgreSQL: checkout latency and notifications fulfilled per second. Builds the product
# and the harness in Release, then runs benchmarks/Payments against the product's own build; extra arguments go to the
# harness (e.g. --orders 5000 --rounds 3 --connections 32). Results go to docs/benchmarks.md by hand.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

export KNOWLEDGEPAY_TEST_POSTGRES=${KNOWLEDGEPAY_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay"}
for project in src/GraphQL benchmarks/Payments; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done

echo "load before: $(uptime)"
dotnet benchmarks/Payments/bin/Release/net10.0/KnowledgePay.Payments.dll \
  --product src/GraphQL/bin/Release/net10.0/KnowledgePay.GraphQL.dll "$@"
echo "load after: $(uptime)"
