#!/bin/sh
# Entry point of the ipc-hub image: one image, five services.
#
#   SERVICE=environment|industry|zones|police|gateway|console|notifications   which service (required)
#           console serves the web console's build (CONSOLE_DIR, set in the image)
#   command: start    (default) serve: node --import tsx src/index.ts
#            migrate  apply the subgraph's migrations and exit: node --import tsx src/migrate.ts
#            anything else is executed as given (e.g. `sh` for debugging)
#
# The script `exec`s node, so under tini node receives SIGTERM directly and
# drains within SHUTDOWN_GRACE_MS. Everything else the service reads comes
# from its environment (see infra/README.md).
set -eu

# /app in the image; the repository root when run from a checkout.
APP_ROOT="${APP_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}"
command="${1:-start}"

service_dir() {
  case "${SERVICE:-}" in
    environment | industry | zones | police) echo "$APP_ROOT/subgraphs/$SERVICE" ;;
    gateway | console) echo "$APP_ROOT/gateway" ;;
    notifications) echo "$APP_ROOT/notifications" ;;
    '')
      echo "ipc-hub: set SERVICE to one of environment, industry, zones, police, gateway, console, notifications" >&2
      exit 64
      ;;
    *)
      echo "ipc-hub: unknown SERVICE '$SERVICE' (environment, industry, zones, police, gateway, console, notifications)" >&2
      exit 64
      ;;
  esac
}

case "$command" in
  start)
    dir="$(service_dir)"
    cd "$dir"
    if [ "$SERVICE" = console ]; then
      exec node --import tsx src/consoleMain.ts
    fi
    exec node --import tsx src/index.ts
    ;;
  migrate)
    dir="$(service_dir)"
    if [ ! -f "$dir/src/migrate.ts" ]; then
      echo "ipc-hub: '$SERVICE' has no database and nothing to migrate" >&2
      exit 64
    fi
    cd "$dir"
    exec node --import tsx src/migrate.ts
    ;;
  *)
    exec "$@"
    ;;
esac
