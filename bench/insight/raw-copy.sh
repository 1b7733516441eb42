#!/usr/bin/env bash
# The raw COPY rate that `seed synthetic` is measured against: the same rows, copied out of a database it seeded as
# PostgreSQL binary COPY files, then loaded into a fresh, migrated database (same tables and indexes) with psql's
# \copy, table by table, timed. From the repository root, with the app built in Release:
#
#   PGHOST=127.0.0.1 PGUSER=tellitonce_test PGPASSWORD=... bench/insight/raw-copy.sh tellitonce_synth
#
# Prints rows, seconds and rows/s per table and in all. Figures: docs/performance.md, "Seeding national-scale data".
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SOURCE=${1:?Name the seeded database}
TARGET=${SOURCE}_rawcopy
WORK=${WORK:-/tmp/tellitonce-rawcopy}
TABLES=(Areas Settings Children Cases ExceptionPeriods AdviceRequests ReviewOutcomeResults Mediations TribunalAppeals PersonalBudgetRequests)
APP_DLL="$ROOT/src/TellItOnce.Web/bin/Release/net10.0/TellItOnce.Web.dll"
[ -f "$APP_DLL" ] || dotnet build "$ROOT/src/TellItOnce.Web" -c Release -v q

rm -rf "$WORK" && mkdir -p "$WORK"
for t in "${TABLES[@]}"; do psql -qAt -d "$SOURCE" -c "\\copy \"$t\" TO '$WORK/$t.bin' (FORMAT binary)"; done
psql -q -d postgres -c "DROP DATABASE IF EXISTS $TARGET" -c "CREATE DATABASE $TARGET"
Database__Provider=Postgres Database__ConnectionString="Host=${PGHOST:-127.0.0.1};Username=$PGUSER;Password=$PGPASSWORD;Database=$TARGET" \
  Logging__LogLevel__Default=Warning dotnet "$APP_DLL" migrate >/dev/null

total_rows=0
start_all=$(date +%s.%N)
for t in "${TABLES[@]}"; do
  start=$(date +%s.%N)
  rows=$(psql -qAt -d "$TARGET" -c "\\copy \"$t\" FROM '$WORK/$t.bin' (FORMAT binary)" | awk '{print $2}')
  end=$(date +%s.%N)
  rows=${rows:-$(psql -qAt -d "$TARGET" -c "SELECT count(*) FROM \"$t\"")}
  total_rows=$((total_rows + rows))
  python3 -c "print(f'$t: {$rows:,} rows in {$end-$start:.1f} s ({$rows/max($end-$start,0.001):,.0f} rows/s)')"
done
end_all=$(date +%s.%N)
python3 -c "print(f'Raw COPY: {$total_rows:,} rows in {$end_all-$start_all:.1f} s ({$total_rows/($end_all-$start_all):,.0f} rows/s)')"
psql -q -d postgres -c "DROP DATABASE $TARGET"
rm -rf "$WORK"
