#!/usr/bin/env bash
# Runs the real-editor end-to-end tests: installs code-server + chromium when missing, packages
# the extension when the .vsix is missing or older than its inputs, then drives the scenarios.
# Extra arguments go to the driver (e.g. --grep outline). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash test/e2e/install.sh

vsix=seed-review.vsix
inputs=(package.json client/src server/src syntaxes language-configuration.json README.md CHANGELOG.md LICENSE media/icon.png .vscodeignore esbuild.mjs)
existing=()
for p in "${inputs[@]}"; do [ -e "$p" ] && existing+=("$p"); done
if [ ! -f "$vsix" ] || [ -n "$(find "${existing[@]}" -newer "$vsix" -print -quit)" ]; then
  echo "e2e: packaging $vsix"
  if ! npm run --silent package </dev/null >/tmp/seed-review-package.log 2>&1; then
    cat /tmp/seed-review-package.log
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

exec node --import tsx test/e2e/driver.ts --vsix "$vsix" "$@"
