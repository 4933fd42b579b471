#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on loopback, passed as DATABASE_URL.
# The cluster lives in a temporary folder and is stopped and removed on exit.
# Usage: scripts/with-postgres.sh <command> [args…]
set -euo pipefail

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ]; then
  echo "with-postgres: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 3
fi

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# /tmp, not TMPDIR: the postgres user must be able to reach every parent folder.
root=$(mktemp -d /tmp/pacewise-pg.XXXXXX)
chmod 755 "$root"
[ "$(id -u)" = "0" ] && chown postgres:postgres "$root"
port=$(( 20000 + RANDOM % 20000 ))

cleanup() {
  as_postgres "$bindir/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$root"
}
trap cleanup EXIT

as_postgres "$bindir/initdb" -D "$root/data" -U pacewise --auth=trust -E UTF8 >"$root/initdb.log" 2>&1 \
  || { cat "$root/initdb.log" >&2; exit 1; }
as_postgres "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$root/server.log" >&2; exit 1; }

export DATABASE_URL="postgres://pacewise@127.0.0.1:$port/postgres"
echo "with-postgres: throwaway PostgreSQL on 127.0.0.1:$port" >&2
"$@"
