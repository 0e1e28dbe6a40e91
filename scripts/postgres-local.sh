#!/usr/bin/env bash
# A throwaway PostgreSQL server for a shared ledger: a new data directory, loopback only, no
# system service. Debian's `postgresql` package provides initdb and pg_ctl.
#
#   scripts/postgres-local.sh start [DIR] [PORT] [--fast]   prints the ledger URL to pass as --ledger
#   scripts/postgres-local.sh stop DIR
#   scripts/postgres-local.sh restart DIR          stops it at once, as a crash would, and starts it
#
# initdb refuses to run as root, so as root the server runs as the `postgres` user the package
# creates. Connections from this machine are trusted (no password): it is for tests and a
# reviewer's own machine, not for a server others reach. --fast turns off fsync and synchronous
# commits, for a test run's server that creates a database a test and survives no crash: on two
# cores, fsync'd CREATE DATABASEs stalled the whole machine. The fault trials start their own,
# durable server.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "postgres-local: no PostgreSQL server here; install Debian's postgresql package" >&2
  exit 2
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=${2:-$(mktemp -d /tmp/claims-postgres.XXXXXX)}
    port=${3:-55432}
    durability="-c fsync=on"
    if [ "${4:-}" = "--fast" ]; then durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    user=$( [ "$(id -u)" = 0 ] && echo postgres || id -un )
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { echo "postgres-local: initdb failed; see $dir/initdb.log" >&2; exit 2; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/data -c max_connections=200 $durability" start >/dev/null \
      || { echo "postgres-local: the server did not start; see $dir/server.log" >&2; exit 2; }
    echo "postgres://$user@127.0.0.1:$port/postgres"
    ;;
  restart)
    dir=${2:?usage: postgres-local.sh restart DIR}
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m immediate -w -t 60 restart >/dev/null
    ;;
  stop)
    dir=${2:?usage: postgres-local.sh stop DIR}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: postgres-local.sh start [DIR] [PORT] | stop DIR | restart DIR" >&2
    exit 2
    ;;
esac
