#!/usr/bin/env bash
# Installs what the real-editor tests need: Debian chromium + ripgrep (+ libkrb5-dev for a native
# build), and a pinned code-server (a real VS Code that runs on Node 20) into test/e2e/.cache/.
# Idempotent: a second run only checks and returns in well under a second.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3" # newest code-server that runs on Node 20 (VS Code 1.100.3)
# @vscode/ripgrep pinned by that code-server (lib/vscode/npm-shrinkwrap.json): its postinstall
# looks in this cache before downloading, and downloads are impossible here.
RIPGREP_CACHE_VERSION="1.15.11"
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="$here/.cache"
prefix="$cache/code-server"
bin="$prefix/node_modules/.bin/code-server"

# Debian packages, only when a command or header is missing (apt-get update is slow).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || missing+=(libkrb5-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

stamp="$prefix/.installed-$CODE_SERVER_VERSION"
if [ -x "$bin" ] && [ -e "$stamp" ]; then
  echo "install: code-server $CODE_SERVER_VERSION already in $prefix"
  exit 0
fi

# Pre-seed the ripgrep download cache with Debian's rg (the archive holds just the binary).
tmp="$(node -p 'require("os").tmpdir()')"
rg_cache="$tmp/vscode-ripgrep-cache-$RIPGREP_CACHE_VERSION"
if [ ! -s "$rg_cache/$RIPGREP_ASSET" ]; then
  mkdir -p "$rg_cache"
  tar -czf "$rg_cache/$RIPGREP_ASSET" -C "$(dirname "$(command -v rg)")" rg
fi

echo "install: npm install code-server@$CODE_SERVER_VERSION into $prefix (about a minute)"
mkdir -p "$prefix"
[ -e "$prefix/package.json" ] || echo '{"name":"seed-review-e2e-editor","private":true}' >"$prefix/package.json"
start=$(date +%s)
# unsafe_perm: its postinstall refuses to run as root otherwise; yes: a native build runs
# `npx node-gyp` and must not prompt.
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
  "code-server@$CODE_SERVER_VERSION"
"$bin" --version >/dev/null
touch "$stamp"
echo "install: code-server ready in $(( $(date +%s) - start ))s"
