#!/usr/bin/env bash
# tests/room/phones.sh ROOM_SERVE SHOTS: headless Chromium as four phones
# voting in one room (phones.py). Exit 77 (skipped) without chromium or python3.
set -u
for tool in chromium python3; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is not installed (scripts/deps installs it)"
        exit 77
    }
done
exec python3 "$(dirname "$0")/phones.py" "$1" "$(command -v chromium)" "${2:-screenshots}"
