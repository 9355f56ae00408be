#!/bin/sh
# Runs Triggers 2.0's own tests (tests/manager, tests/task_test.py, tests/locking_test.py: 47)
# with the storectl backend, by hand: Triggers is not on the package registry, so CI cannot.
#
#   python/tools/run_triggers_suite.sh CHECKOUT [pytest arguments]
#
# CHECKOUT: github.com/eflglobal/triggers at tag 2.0.0, e.g.
#   git clone https://github.com/eflglobal/triggers && git -C triggers checkout 2.0.0
# Environment: STORECTL_BIN (default: target/debug/storectl of this repository, built when
# missing), VENV (default: ~/.cache/storectl-ci/venv-triggers; made and filled from
# requirements-triggers.txt when missing). Each run uses a new store in a temporary directory.
# What the shim changes, and why, is in triggers_suite_shim.py.
set -eu

usage() { echo "usage: $0 TRIGGERS_CHECKOUT [pytest arguments]" >&2; exit 64; }
[ $# -ge 1 ] || usage
checkout=$(cd "$1" && pwd) || usage
shift
tools=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$tools/../.." && pwd)

if ! grep -q "version *= *'2.0.0'" "$checkout/setup.py" 2>/dev/null \
   || [ ! -f "$checkout/triggers/storages/base.py" ]; then
    echo "error: $checkout is not Triggers 2.0.0 (hint: git -C $checkout checkout 2.0.0)" >&2
    exit 66
fi

if [ -z "${STORECTL_BIN:-}" ]; then
    STORECTL_BIN=$repo/target/debug/storectl
    [ -x "$STORECTL_BIN" ] || (cd "$repo" && cargo build -q)
fi
export STORECTL_BIN

venv=${VENV:-$HOME/.cache/storectl-ci/venv-triggers}
if [ ! -x "$venv/bin/python" ]; then
    python3.11 -m venv "$venv" 2>/dev/null || python3 -m venv "$venv"
    "$venv/bin/pip" install -q --no-deps -r "$tools/requirements-triggers.txt"
fi
# Triggers from the checkout (its entry points register the manager and runners) and this
# repository's storectl package (its entry point registers the storectl storage).
"$venv/bin/pip" install -q --no-deps --force-reinstall "$checkout" "$repo/python"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TRIGGERS_SUITE_STORE=$work/triggers.db
export TRIGGERS_SUITE_STORE
env -u STORECTL_STORE "$STORECTL_BIN" --store "$TRIGGERS_SUITE_STORE" init >/dev/null

cd "$checkout"
echo "Triggers $(git -C "$checkout" describe --tags 2>/dev/null || echo 2.0.0) on $("$STORECTL_BIN" --version), store $TRIGGERS_SUITE_STORE" >&2
PYTHONPATH=$tools exec "$venv/bin/python" -m pytest -p triggers_suite_shim -p no:cacheprovider \
    -W ignore::DeprecationWarning \
    tests/manager tests/task_test.py tests/locking_test.py "$@"
