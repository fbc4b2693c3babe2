#!/usr/bin/env bash
# The tests, on a fresh machine too: installs what they need when it is missing (the npm Telegram emulator,
# Debian's chromium for the dashboard's browser test, Debian's postgresql server for the store tests), then
# runs every unit and integration test with Maven. Arguments go to Maven (e.g. -Dtest=TurnSetTest).
set -euo pipefail
cd "$(dirname "$0")/.."

# The Telegram Bot API emulator (telegram-test-api, pinned by the lock file) for the end-to-end tests.
npm ci --prefix src/test/telegram-emulator --no-audit --no-fund

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
# Debian's chromium for the dashboard's browser test (driven by playwright-core, pinned by its lock file).
command -v chromium >/dev/null || missing+=(chromium)
# Debian's PostgreSQL server for the store contract and the multi-instance harness: the tests start a
# throw-away cluster of their own with its initdb and pg_ctl (as the postgres user when run as root).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
npm ci --prefix src/test/dashboard --no-audit --no-fund

mvn -B -ntp verify "$@"
