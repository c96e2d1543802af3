#!/usr/bin/env bash
# Makes PostgreSQL and Redis available on 127.0.0.1 (and, with --browser, Chromium with CJK fonts),
# and the OCR programs that read scanned PDFs (poppler-utils, tesseract-ocr with Simplified Chinese).
# Order of preference: servers already listening; installed Debian packages started; as root on
# Debian, apt-get install then start; otherwise print what to install and exit non-zero.
# Safe to run again and again.
set -euo pipefail

PG_PORT=5432
REDIS_PORT=6379
want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

say() { printf '[services] %s\n' "$*" >&2; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
is_root() { [ "$(id -u)" = 0 ]; }
can_apt() { is_root && command -v apt-get >/dev/null 2>&1; }
apt_updated=false
apt_install() {
  if ! $apt_updated; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; apt_updated=true; fi
  say "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
wait_port() {
  for _ in $(seq 1 60); do listening "$1" && return 0; sleep 0.5; done
  return 1
}

start_postgres() {
  if listening $PG_PORT; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if can_apt; then apt_install postgresql; else
      say "PostgreSQL is not running on 127.0.0.1:$PG_PORT and not installed."
      say "Install it (Debian: sudo apt-get install -y postgresql) or set DATABASE_URL to a reachable server."
      exit 1
    fi
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    say "creating PostgreSQL $version cluster main"
    pg_createcluster "$version" main >/dev/null
  fi
  say "starting PostgreSQL $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start
  wait_port $PG_PORT || { say "PostgreSQL did not start listening on $PG_PORT"; exit 1; }
}

# Whether $1 may log in over loopback without a password. A role that does not exist yet (luyue_app
# before the first `npm run migrate` creates it) counts when the server refuses it only for that:
# a password check would have asked for a password first.
loopback_trusted() {
  local out
  out=$(PGCONNECT_TIMEOUT=3 psql -h 127.0.0.1 -p $PG_PORT -U "$1" -d postgres -Atqc 'select 1' 2>&1) && return 0
  [[ "$out" == *"role \"$1\" does not exist"* ]]
}

# A fresh Debian cluster accepts only password logins over TCP; in development let loopback in
# without one so the default DATABASE_URL (postgres://postgres@127.0.0.1:5432/luyue) and the app's
# APP_DATABASE_URL derived from it (user luyue_app, no password) work.
allow_loopback_logins() {
  if loopback_trusted postgres && loopback_trusted luyue_app; then return 0; fi
  if ! is_root || ! id postgres >/dev/null 2>&1; then
    say "cannot log in to PostgreSQL as postgres and luyue_app over 127.0.0.1 without a password; set DATABASE_URL and APP_DATABASE_URL with credentials"
    return 0
  fi
  local hba
  hba=$(su postgres -c "psql -Atqc 'show hba_file'")
  if ! grep -q '# luyue: trust loopback' "$hba"; then
    say "allowing trusted loopback logins for development in $hba"
    { printf '# luyue: trust loopback (development)\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n'; cat "$hba"; } > "$hba.luyue" && cat "$hba.luyue" > "$hba" && rm -f "$hba.luyue"
    su postgres -c "psql -Atqc 'select pg_reload_conf()'" >/dev/null
  fi
}

start_redis() {
  if listening $REDIS_PORT; then return 0; fi
  if ! command -v redis-server >/dev/null 2>&1; then
    if can_apt; then apt_install redis-server; else
      say "Redis is not running on 127.0.0.1:$REDIS_PORT and not installed."
      say "Install it (Debian: sudo apt-get install -y redis-server) or set REDIS_URL to a reachable server."
      exit 1
    fi
  fi
  if listening $REDIS_PORT; then return 0; fi # the package's own service may have started it
  say "starting Redis on $REDIS_PORT"
  local dir=/var/lib/redis
  [ -w "$dir" ] || dir=$(mktemp -d)
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port $REDIS_PORT --save "" --appendonly no --dir "$dir" >/dev/null
  wait_port $REDIS_PORT || { say "Redis did not start listening on $REDIS_PORT"; exit 1; }
}

ensure_browser() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  [ ${#missing[@]} -eq 0 ] && return 0
  if can_apt; then apt_install "${missing[@]}"; else
    say "browser tests need: ${missing[*]} (Debian: sudo apt-get install -y ${missing[*]})"
    exit 1
  fi
}

# Reading a scanned PDF needs pdftoppm and tesseract with its chi_sim data. Without them the import
# of a scan answers 415 and everything else works, so only the tests (--browser) insist on them.
ensure_ocr() {
  local missing=()
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
  tesseract --list-langs 2>/dev/null | grep -qx chi_sim || missing+=(tesseract-ocr-chi-sim)
  [ ${#missing[@]} -eq 0 ] && return 0
  if can_apt; then apt_install "${missing[@]}"; return 0; fi
  say "reading scanned PDFs needs: ${missing[*]} (Debian: sudo apt-get install -y ${missing[*]})"
  if $want_browser; then exit 1; fi
}

# Only manage local servers when the configured URLs point at this machine's default ports.
db_url=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/luyue}
redis_url=${REDIS_URL:-redis://127.0.0.1:6379/0}
case "$db_url" in *@127.0.0.1:$PG_PORT/*|*@localhost:$PG_PORT/*) start_postgres; allow_loopback_logins ;; esac
case "$redis_url" in redis://127.0.0.1:$REDIS_PORT*|redis://localhost:$REDIS_PORT*) start_redis ;; esac
$want_browser && ensure_browser
ensure_ocr
say "PostgreSQL and Redis are available"
