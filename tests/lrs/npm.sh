# shellcheck shell=bash
# tests/lrs/npm.sh: sourced by the LRS tests (run.sh, window.sh). Installs
# Learning Locker's statements service and its validator from npm once into
# $XDG_CACHE_HOME/rapport-test/lrs (override: RAPPORT_NPM_CACHE), one
# installer at a time; a marker file says the install finished.
#
# lrs_npm_install: sets cache and exports LRS_NODE_MODULES. Returns 0 when the
# packages are there, 77 (skip) only when npm's registry cannot be reached,
# 1 when node or npm is missing or the install failed although npm answers.
lrs_npm_install() {
  cache=${RAPPORT_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport-test}/lrs
  pkgs="xapi-statements@5.0.1 xapi-validation@2.1.4"
  marker=$cache/.installed-5.0.1-2.1.4
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "FAIL: node and npm are needed for the LRS tests (scripts/deps installs them)"
    return 1
  fi
  if [ ! -e "$marker" ]; then
    mkdir -p "$cache"
    echo "installing $pkgs into $cache (once)"
    (
      flock 9
      # shellcheck disable=SC2086 # $pkgs is a list of packages
      [ -e "$marker" ] || { (cd "$cache" && timeout 900 npm install --silent --no-audit --no-fund \
        --prefix "$cache" $pkgs) && touch "$marker"; }
    ) 9>"$cache.lock"
    if [ ! -e "$marker" ]; then
      if ! timeout 30 npm ping >/dev/null 2>&1; then
        echo "SKIP: npm's registry cannot be reached, so the LRS ($pkgs) cannot be installed"
        return 77
      fi
      echo "FAIL: npm install $pkgs failed although the registry answers"
      return 1
    fi
  fi
  export LRS_NODE_MODULES=$cache/node_modules
}
