#!/bin/sh
# Entry point of the ipc-hub image: one image, every service.
#
#   SERVICE=<name>   which service (required): a registered subgraph
#                    (environment, industry, …), gateway, or console (serves
#                    the web console's build, CONSOLE_DIR set in the image).
#                    The services are those `pnpm build` bundled into
#                    dist/<name>/index.mjs, from the registry.
#   command: start    (default) serve: node dist/$SERVICE/index.mjs
#            migrate  prepare the subgraph's database and exit: its migrations, and the
#                     demo data only if HUB_SEED=true (node dist/$SERVICE/index.mjs --prepare-only)
#            anything else is executed as given (e.g. `sh` for debugging)
#
# The script `exec`s node, so under tini node receives SIGTERM directly and
# drains within SHUTDOWN_GRACE_MS. Everything else the service reads comes
# from its environment (see infra/README.md).
set -eu

# /app in the image; the repository root when run from a checkout.
APP_ROOT="${APP_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}"
command="${1:-start}"

services() {
  for bundle in "$APP_ROOT"/dist/*/index.mjs; do
    name="$(basename "$(dirname "$bundle")")"
    [ "$name" = devstack ] || printf '%s ' "$name"
  done
}

bundle_of() {
  if [ -z "${SERVICE:-}" ] || [ "$SERVICE" = devstack ] || [ ! -f "$APP_ROOT/dist/$SERVICE/index.mjs" ]; then
    echo "ipc-hub: set SERVICE to one of: $(services)(got '${SERVICE:-}')" >&2
    exit 64
  fi
  echo "$APP_ROOT/dist/$SERVICE/index.mjs"
}

# The folder a service reads its relative paths from, as in a checkout.
service_dir() {
  if [ -d "$APP_ROOT/subgraphs/$SERVICE" ]; then
    echo "$APP_ROOT/subgraphs/$SERVICE"
  elif [ -d "$APP_ROOT/$SERVICE/src" ]; then
    echo "$APP_ROOT/$SERVICE"
  else
    echo "$APP_ROOT/gateway"
  fi
}

case "$command" in
  start)
    bundle="$(bundle_of)"
    cd "$(service_dir)"
    exec node "$bundle"
    ;;
  migrate)
    bundle="$(bundle_of)"
    if [ ! -d "$APP_ROOT/subgraphs/$SERVICE/migrations" ]; then
      echo "ipc-hub: '$SERVICE' has no database and nothing to migrate" >&2
      exit 64
    fi
    cd "$(service_dir)"
    exec node "$bundle" --prepare-only
    ;;
  *)
    exec "$@"
    ;;
esac
