# shellcheck shell=bash
# tests/lrs/npm.sh: where the LRS tests find Learning Locker's statements
# service and its validator (npm packages), and how they get there.
#
# The install step installs them (scripts/deps calls lrs_npm_install); a test
# only looks (lrs_npm_need) and never installs, so no test waits on a network.
# Both use one folder: $XDG_CACHE_HOME/rapport-test/lrs (override:
# RAPPORT_NPM_CACHE); a marker file there says the install finished.
#
# Sourced by scripts/deps, tests/lrs/run.sh and tests/lrs/window.sh.

lrs_npm_pkgs="xapi-statements@5.0.1 xapi-validation@2.1.4"

# lrs_npm_paths: sets cache (the folder) and marker (the file that says done).
lrs_npm_paths() {
  cache=${RAPPORT_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport-test}/lrs
  marker=$cache/.installed-5.0.1-2.1.4
}

# lrs_npm_need: for a test. Exports LRS_NODE_MODULES and returns 0 when node
# and the packages are there; otherwise prints one SKIP line saying why and
# returns 77 (CTest's SKIP_RETURN_CODE for these tests). Takes no time.
lrs_npm_need() {
  lrs_npm_paths
  if ! command -v node >/dev/null; then
    echo "SKIP: node is not installed (scripts/deps installs it), so the LRS cannot run"
    return 77
  fi
  if [ ! -e "$marker" ]; then
    echo "SKIP: the LRS ($lrs_npm_pkgs) is not installed in $cache;" \
      "scripts/deps installs it when npm's registry can be reached"
    return 77
  fi
  export LRS_NODE_MODULES=$cache/node_modules
}

# lrs_npm_install: for the install step. Installs the packages once, one
# installer at a time (flock on $cache.lock: a second one waits, then finds the
# marker). Never fails the caller: when npm is missing or its registry cannot be
# reached within a few seconds, it prints one line saying the LRS tests will
# be skipped and why, and returns 0. The registry is asked first with a short
# timeout, so an unreachable one costs seconds, not npm's minutes of retries.
lrs_npm_install() {
  lrs_npm_paths
  [ -e "$marker" ] && return 0
  if ! command -v npm >/dev/null; then
    echo "scripts/deps: npm is not installed, so the LRS tests will be skipped" >&2
    return 0
  fi
  local registry out why
  registry=$(timeout 10 npm config get registry 2>/dev/null) || registry="npm's registry"
  if ! out=$(timeout 10 npm ping --fetch-timeout=5000 --fetch-retries=0 2>&1); then
    # npm's own reason, e.g. "code ENOTFOUND" or "code SELF_SIGNED_CERT_IN_CHAIN".
    why=$(sed -n 's/^npm \(ERR!\|error\) \(code [A-Z_0-9]*\)$/\2/p' <<<"$out" | head -1)
    echo "scripts/deps: $registry cannot be reached (${why:-no answer within 10 s}), so the" \
      "LRS tests (lrs_loopback, lrs_window) will be skipped; run scripts/deps again when" \
      "online to install them" >&2
    return 0
  fi
  mkdir -p "$cache"
  (
    flock -w 900 9 || exit 1
    [ -e "$marker" ] && exit 0
    echo "scripts/deps: installing $lrs_npm_pkgs into $cache for the LRS tests (once)" >&2
    # shellcheck disable=SC2086 # $lrs_npm_pkgs is a list of packages
    (cd "$cache" && timeout 600 npm install --loglevel=error --no-audit --no-fund --fetch-timeout=30000 \
      --fetch-retries=1 --prefix "$cache" $lrs_npm_pkgs) >"$cache.log" 2>&1 && touch "$marker"
  ) 9>"$cache.lock"
  if [ ! -e "$marker" ]; then
    why=$(sed -n 's/^npm \(ERR!\|error\) \(code [A-Z_0-9]*\)$/\2/p' "$cache.log" 2>/dev/null | head -1)
    echo "scripts/deps: npm install $lrs_npm_pkgs failed (${why:-see $cache.log}), so the LRS" \
      "tests (lrs_loopback, lrs_window) will be skipped" >&2
  fi
  return 0
}
