#!/usr/bin/env bash
# Set up .venv/ if needed, then analyze the project's own example corpus into out/example/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/storyscope analyze examples/articles --out out/example "$@"
