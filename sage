#!/usr/bin/env bash
# Sage launcher: finds a JDK >= 21, builds the jar when it is missing or older than the sources,
# then runs Sage or its test suite. `./sage --help` lists the commands.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="$ROOT/server/target/sage.jar"
MIN_JAVA=21

usage() {
  cat <<'EOF'
Usage: ./sage [command] [options]

Commands:
  serve   Run Sage (the default). Options:
            --port N          HTTP port (default 8080)
            --data-dir DIR    where the embedded database lives (default ./data)
            --host ADDR       address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
            --json-logs       one JSON object per log line (for log collectors)
            --profile NAME    a Spring profile, e.g. prod
            --replay          play the stored intraday bars (BTC-USD 1h) back as ticks on
                              /ws/market, labelled source=replay (never as live prices)
            --replay-speed N  bars per second while replaying (default 1; implies --replay)
          Anything after -- goes to Sage as is, e.g. -- --sage.db.url=jdbc:postgresql://...
  backtest  Run a strategy over a stored instrument or a CSV file and print its figures, e.g.
            ./sage backtest --strategy rsi-threshold --symbol SPY
            ./sage backtest --strategy rsi-threshold --data prices.csv --trades-csv fills.csv
          ./sage backtest --help lists the options, --list the strategies and their parameters.
  sweep   Backtest every combination of parameter values and rank them, e.g.
            ./sage sweep --strategy rsi-threshold --symbol SPY --range period=10:20:2 --range low=20:35:5
  advisor eval [--seed N] [--invention-rate R] [--verbose] [--data-dir DIR]
          The advisor's grounding evaluation: a fake language model answers the bundled questions
          from the analyst's facts and sometimes invents numbers; the last line is the rate of
          unsupported numbers that reach the user (exit 0 when at most 1 %). See docs/advisor.md.
  audit verify [--data-dir DIR]
          Check the audit log's hash chain: prints the rows checked and "intact" (exit 0), or the
          first broken link (exit 1). See docs/audit.md.
  test    Build everything and run every test: unit, integration (PostgreSQL on 127.0.0.1:5432,
          Redis on 127.0.0.1:6379) and browser tests (Chromium). Extra arguments go to Maven,
          e.g. ./sage test -Dskip.web   (skips the web build and the browser tests)
  build   Build server/target/sage.jar without running tests.
  help    Show this help.

Environment: JAVA_HOME (a JDK >= 21; found automatically otherwise), SAGE_* settings (see README),
e.g. SAGE_MARKET_REPLAY_ENABLED=true SAGE_MARKET_REPLAY_SPEED=10 is the same as --replay-speed 10.
EOF
}

die() { echo "sage: $*" >&2; exit 1; }

# Prints the major version of a java binary, or nothing when it does not run.
java_major() {
  local version
  version=$("$1" -version 2>&1 | awk -F '"' '/version/ {print $2; exit}') || return 0
  version=${version#1.}
  echo "${version%%[.+-]*}"
}

# Finds a JDK >= 21: JAVA_HOME first, then `java` on the PATH, then the newest under /usr/lib/jvm.
find_java() {
  local candidates=() seen=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  if [ -d /usr/lib/jvm ]; then
    while IFS= read -r c; do candidates+=("$c"); done < <(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV)
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c" ] || continue
    [ -x "$(dirname "$c")/javac" ] || { seen+=("$c (no javac: a JRE)"); continue; }
    major=$(java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ]; then
      readlink -f "$c"
      return 0
    fi
    seen+=("$c (Java ${major:-?})")
  done
  {
    echo "sage: Sage needs a JDK $MIN_JAVA or newer (to build and to run)."
    if [ ${#seen[@]} -gt 0 ]; then
      echo "      Found only: ${seen[*]}"
    else
      echo "      Found no Java at all."
    fi
    echo "      Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it, then run ./sage again."
  } >&2
  exit 1
}

JAVA=$(find_java)
export JAVA_HOME
JAVA_HOME=$(dirname "$(dirname "$JAVA")")

maven() {
  command -v mvn >/dev/null 2>&1 || die "building Sage needs Apache Maven 3.8.7 or newer (mvn) on the PATH."
  (cd "$ROOT" && mvn -B -ntp "$@")
}

# Whether the jar is missing or older than any source, build file or the API document.
needs_build() {
  [ -f "$JAR" ] || return 0
  local newer
  newer=$(find "$ROOT/pom.xml" "$ROOT/engine" "$ROOT/server" "$ROOT/web" "$ROOT/docs/api" \
    \( -path "*/target" -o -path "*/node_modules" -o -path "$ROOT/web/dist" \) -prune -o \
    -type f -newer "$JAR" -print -quit 2>/dev/null)
  [ -n "$newer" ]
}

build() {
  echo "sage: building server/target/sage.jar with $JAVA (the first build downloads dependencies and takes a few minutes)..."
  # without the old jar Maven re-packs it: an up-to-date server jar would otherwise keep the
  # libraries (the engine) it was first packed with
  rm -f "$JAR"
  maven -q -DskipTests -Dspring-javaformat.skip=true package
  echo "sage: build done."
}

serve() {
  # the environment (SERVER_PORT, SAGE_DATADIR, SERVER_ADDRESS) sets defaults; options win
  local port=${SERVER_PORT:-8080} data_dir=${SAGE_DATADIR:-$ROOT/data} host=${SERVER_ADDRESS:-127.0.0.1} extra=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) [ $# -ge 2 ] || die "--port needs a number"; port=$2; shift 2 ;;
      --port=*) port=${1#*=}; shift ;;
      --data-dir) [ $# -ge 2 ] || die "--data-dir needs a directory"; data_dir=$2; shift 2 ;;
      --data-dir=*) data_dir=${1#*=}; shift ;;
      --host) [ $# -ge 2 ] || die "--host needs an address"; host=$2; shift 2 ;;
      --host=*) host=${1#*=}; shift ;;
      --json-logs) extra+=("--sage.log-format=json"); shift ;;
      --profile) [ $# -ge 2 ] || die "--profile needs a name"; extra+=("--spring.profiles.active=$2"); shift 2 ;;
      --replay) extra+=("--sage.market.replay.enabled=true"); shift ;;
      --replay-speed) [ $# -ge 2 ] || die "--replay-speed needs a number of bars per second"
        extra+=("--sage.market.replay.enabled=true" "--sage.market.replay.speed=$2"); shift 2 ;;
      --replay-speed=*) extra+=("--sage.market.replay.enabled=true" "--sage.market.replay.speed=${1#*=}"); shift ;;
      --) shift; extra+=("$@"); break ;;
      -h|--help) usage; exit 0 ;;
      *) die "unknown option for serve: $1 (see ./sage --help)" ;;
    esac
  done
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] \
    || die "--port must be a number from 1 to 65535, not '$port'"
  needs_build && build
  # exec: the JVM replaces this shell, so signals reach it and $! of a caller is the JVM
  exec "$JAVA" ${SAGE_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --server.address="$host" \
    --sage.data-dir="$data_dir" "${extra[@]}"
}

# Runs a command of the jar (no web server) on the same data directory as `serve`, or on the one
# given with --data-dir.
run_command() {
  local name=$1 data_dir=${SAGE_DATADIR:-$ROOT/data} args=()
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --data-dir) [ $# -ge 2 ] || die "--data-dir needs a directory"; data_dir=$2; shift 2 ;;
      --data-dir=*) data_dir=${1#*=}; shift ;;
      *) args+=("$1"); shift ;;
    esac
  done
  needs_build && build >&2
  exec "$JAVA" ${SAGE_JAVA_OPTS:-} -jar "$JAR" "$name" --sage.data-dir="$data_dir" ${args[@]+"${args[@]}"}
}

run_tests() {
  local skip_web=false arg
  for arg in "$@"; do
    case "$arg" in -Dskip.web|-Dskip.web=true) skip_web=true ;; esac
  done
  if [ "$skip_web" = false ]; then
    local chromium=${SAGE_CHROMIUM:-/usr/bin/chromium}
    [ -x "$chromium" ] || die "browser tests need Chromium at $chromium: apt-get install chromium (.ci/run does it), or set SAGE_CHROMIUM, or pass -Dskip.web"
  fi
  echo "sage: testing with $JAVA"
  maven verify "$@"
}

command=${1:-serve}
case "$command" in
  serve) shift || true; serve "$@" ;;
  backtest|sweep|audit|advisor) shift; run_command "$command" "$@" ;;
  test) shift; run_tests "$@" ;;
  build) shift; build ;;
  help|-h|--help) usage ;;
  --*) serve "$@" ;;
  *) echo "sage: unknown command '$command'" >&2; usage >&2; exit 2 ;;
esac
