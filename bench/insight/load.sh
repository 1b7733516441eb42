#!/usr/bin/env bash
# The dashboard API under load against a running Release build on a national-scale PostgreSQL database, and the
# "a change shows within a second" check. From the repository root:
#
#   DB="Host=127.0.0.1;Username=tellitonce_test;Password=...;Database=tellitonce_bench" bench/insight/load.sh [area-slug]
#
# It issues two API keys in the database (one for the area, one for every area), starts the app on :5190 (demo data
# off), runs wrk on the one-area dashboard (one client, then four; DURATION seconds each, default 30), times the
# all-areas dashboard with curl, then changes one plan in the database and times how long until the API's figure shows it. It removes the keys
# and undoes the change on exit. Figures: docs/performance.md, "Insight".
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
AREA=${1:-area-1}
DURATION=${DURATION:-30}
PORT=${PORT:-5190}
: "${DB:?Set DB to the connection string of the database}"
psql_db() { psql "$(echo "$DB" | sed 's/;/ /g; s/Host=/host=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/; s/Port=/port=/')" -v ON_ERROR_STOP=1 -qAt "$@"; }

ONE="tio_bench_$(openssl rand -hex 16)"
ALL="tio_bench_$(openssl rand -hex 16)"
CASE=""
cleanup() {
  set +e
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  psql_db -c "DELETE FROM \"ApiKeys\" WHERE \"Name\" LIKE 'load.sh %'"
  [ -n "$CASE" ] && psql_db -c "UPDATE \"Cases\" SET \"CeasedOn\" = NULL, \"CeaseReason\" = NULL WHERE \"Id\" = '$CASE'"
}
trap cleanup EXIT

area_id=$(psql_db -c "SELECT \"Id\" FROM \"Areas\" WHERE \"Slug\" = '$AREA'")
all_ids=$(psql_db -c "SELECT string_agg('\"' || \"Id\" || '\"', ',') FROM \"Areas\"")
for pair in "one:$ONE:[\"$area_id\"]" "all:$ALL:[$all_ids]"; do
  IFS=: read -r name key ids <<<"$pair"
  psql_db -c "INSERT INTO \"ApiKeys\" (\"Id\", \"Name\", \"Prefix\", \"Hash\", \"AreaIds\", \"IssuedBy\", \"IssuedAt\")
    VALUES (gen_random_uuid(), 'load.sh $name', left('$key', 10), encode(sha256(convert_to('$key', 'UTF8')), 'hex'), '$ids', gen_random_uuid(), now())"
done

APP_DLL="$ROOT/src/TellItOnce.Web/bin/Release/net10.0/TellItOnce.Web.dll"
[ -f "$APP_DLL" ] || dotnet build "$ROOT/src/TellItOnce.Web" -c Release -v q
ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__ConnectionString="$DB" Database__SeedDemoData=false \
  Logging__LogLevel__Default=Warning dotnet "$APP_DLL" --urls "http://127.0.0.1:$PORT" >/tmp/tellitonce-load.log 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done

url_one="http://127.0.0.1:$PORT/api/dashboard?area=$AREA"
url_all="http://127.0.0.1:$PORT/api/dashboard"
curl -sf -H "X-Api-Key: $ONE" "$url_one" >/dev/null   # warm up
echo "== GET /api/dashboard?area=$AREA, one client at a time (latency): wrk -t1 -c1 -d${DURATION}s"
wrk -t1 -c1 -d"${DURATION}s" --timeout 30s -H "X-Api-Key: $ONE" -s "$ROOT/bench/insight/percentiles.lua" "$url_one" | tail -1
echo "== GET /api/dashboard?area=$AREA, four clients at once (throughput): wrk -t2 -c4 -d${DURATION}s"
wrk -t2 -c4 -d"${DURATION}s" --timeout 30s -H "X-Api-Key: $ONE" -s "$ROOT/bench/insight/percentiles.lua" "$url_one" | tail -1
echo "== GET /api/dashboard for every area (curl, twice)"
for _ in 1 2; do curl -sf -o /dev/null -w "%{time_total} s\n" -H "X-Api-Key: $ALL" "$url_all"; done

plans() { curl -sf -H "X-Api-Key: $ONE" "$url_one" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(next(m for m in d["measures"] if m["key"]=="plans-by-need")["total"]["value"])'; }
before=$(plans)
CASE=$(psql_db -c "SELECT \"Id\" FROM \"Cases\" WHERE \"AreaId\" = '$area_id' AND \"FinalIssuedOn\" IS NOT NULL AND \"CeasedOn\" IS NULL LIMIT 1")
start=$(date +%s.%N)
psql_db -c "UPDATE \"Cases\" SET \"CeasedOn\" = \"FinalIssuedOn\", \"CeaseReason\" = 9 WHERE \"Id\" = '$CASE'"
after=$(plans)
end=$(date +%s.%N)
echo "== A plan ceased in the database: plans in force $before before, $after after, read back $(python3 -c "print(round(($end-$start)*1000))") ms after the change"
[ "$after" != "$before" ] || { echo "The change did not show"; exit 1; }
