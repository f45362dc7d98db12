#!/usr/bin/env bash
# The engine benchmark and the same process on bpmn-engine, one after the other on the same machine.
#   bash bench/engine-vs-bpmn-engine.sh        (from the repository root; results in docs/BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix tests/bpmn-engine-diff --no-audit --no-fund >/dev/null
node bench/bpmn-engine/bench.mjs ../shared/data/bench/bench-20node.bpmn 300 30
dotnet run -c Release --project bench/GovWorkflow.Benchmarks -- --filter '*EngineBenchmarks*' --artifacts /tmp/bdn-engine
