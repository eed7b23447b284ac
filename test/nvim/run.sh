#!/usr/bin/env bash
# Neovim smoke test: the language server driven by a second real LSP client (headless Neovim).
# Installs Debian's neovim when missing, builds dist/, and runs smoke.lua on a
# fresh copy of the e2e corpus fixture (the test writes a review file beside it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim: apt-get install neovim"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq neovim >/dev/null
fi
npm run --silent build >/dev/null 2>&1 || { echo "nvim: npm run build failed"; npm run build; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
cp test/e2e/fixtures/corpus/feed-export.txt "$work/corpus/"

echo "nvim: $(nvim --version | head -1), server dist/server.js"
SEED_REVIEW_SERVER="$PWD/dist/server.js" SEED_REVIEW_FIXTURE="$work/corpus/feed-export.txt" \
  nvim --headless --clean -c 'luafile test/nvim/smoke.lua' </dev/null
