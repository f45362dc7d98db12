#!/usr/bin/env bash
# The whole test suite: restore, build (warnings are errors), every test project, and a smoke run of the
# README's main command. README and .ci/run both call this script; keep them in step.
#   bash eng/test.sh           everything, as CI runs it
#   bash eng/test.sh --fast    skip tests marked [Trait("Category", "Slow")]
set -euo pipefail
cd "$(dirname "$0")/.."

filter=()
if [[ "${1:-}" == "--fast" ]]; then
  filter=(--filter "Category!=Slow")
fi

if [[ ! -d ../shared/data ]]; then
  echo "eng/test.sh: ../shared/data not found: clone the repository beside the shared folder." >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The differential tests' oracles: feelin (FEEL) and bpmn-engine (BPMN), pinned by their lock files.
# node 20 and npm are on the machine; node_modules is never committed.
npm ci --prefix tests/feel-diff --no-audit --no-fund
npm ci --prefix tests/bpmn-engine-diff --no-audit --no-fund
# bpmn-moddle (the model layer of bpmn-js) must import workflows/*.bpmn without warnings.
npm ci --prefix tests/bpmn-moddle-check --no-audit --no-fund

dotnet build GovWorkflow.sln -c Release

# The runtime, activities and server tests need a real PostgreSQL: a throwaway cluster on loopback (eng/postgres.sh), stopped on exit
# unless it was already running before this script.
if [[ -z "${GOVWF_TEST_POSTGRES:-}" ]]; then
  if ! bash eng/postgres.sh status; then
    trap 'bash eng/postgres.sh stop' EXIT
  fi
  GOVWF_TEST_POSTGRES="$(bash eng/postgres.sh start)"
  export GOVWF_TEST_POSTGRES
fi

dotnet test GovWorkflow.sln -c Release --no-build "${filter[@]}"

# The README's main command: the server starts on the embedded SQLite default, answers, and stops. Own port and data
# folder, so that a server a developer left running is not disturbed; the first-run seed runs as for a newcomer.
smoke="$(mktemp -d)"
Database__DataFolder="$smoke/data" dotnet run --project src/GovWorkflow.Server -c Release --no-build -- --urls http://127.0.0.1:5099 >"$smoke/server.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do
  if curl -sf http://127.0.0.1:5099/openapi/v1.json >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then break; fi
  sleep 1
done
if ! curl -sf http://127.0.0.1:5099/openapi/v1.json >/dev/null 2>&1; then
  echo "eng/test.sh: the server did not answer on 127.0.0.1:5099; its output:" >&2
  cat "$smoke/server.log" >&2
  kill "$server" 2>/dev/null || true
  exit 1
fi
kill "$server"
wait "$server" 2>/dev/null || true
grep -q "Demo@2026" "$smoke/server.log" || { echo "eng/test.sh: the first run did not print the demo logins" >&2; exit 1; }
rm -rf "$smoke"

# The scenario runner (govwf run) on the embedded default, as the README shows it.
dotnet run --project src/GovWorkflow.Cli -c Release --no-build -- run restaurant-opening --scenario tolerant-supplied >/dev/null
echo "eng/test.sh: all tests passed"
