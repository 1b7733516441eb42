#!/usr/bin/env bash
# Scale-out on one machine, loopback only: a PostgreSQL primary and a streaming replica, two app instances (Release,
# Production settings) behind nginx, an SMTP sink, and wrk running mixed traffic for 60 s while instance 1 is stopped
# and restarted. Prints requests, errors, p50/p99, replica lag, and emails delivered versus expected (each once).
#
#   bench/scale-out.sh            (from the repository root; needs wrk, nginx, python3, PostgreSQL 15 binaries)
#
# Environment: DURATION (default 60), PGBIN (default /usr/lib/postgresql/15/bin), WORK (default /tmp/tio-scale).
# Everything it starts, it stops on exit. Figures: docs/performance.md, "Scale-out".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
WORK=${WORK:-/tmp/tio-scale}
DURATION=${DURATION:-60}
APP=${APP:-$WORK/app}
PRIMARY_PORT=55432 REPLICA_PORT=55433 APP1_PORT=5181 APP2_PORT=5182 PROXY_PORT=5180 SMTP_PORT=5125
PIDS=()

for tool in wrk nginx python3 curl "$PGBIN/initdb"; do
  command -v "$tool" >/dev/null || { echo "Missing $tool (apt-get install wrk nginx-light python3 curl postgresql-15)"; exit 1; }
done

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null
  for dir in replica primary; do [ -d "$WORK/$dir" ] && as_postgres "$PGBIN/pg_ctl" -D "$WORK/$dir" -m fast stop >/dev/null 2>&1; done
  wait 2>/dev/null
}
trap cleanup EXIT

echo "== Preparing $WORK"
rm -rf "$WORK/primary" "$WORK/replica" "$WORK/documents" "$WORK"/*.log "$WORK/delivered.txt"
mkdir -p "$WORK/documents" "$WORK/nginx-temp"
touch "$WORK/delivered.txt"
[ "$(id -u)" = 0 ] && chown postgres "$WORK" && chmod 777 "$WORK"

echo "== PostgreSQL primary on 127.0.0.1:$PRIMARY_PORT and a streaming replica on :$REPLICA_PORT"
as_postgres "$PGBIN/initdb" -D "$WORK/primary" -U postgres -A trust >/dev/null
cat >> "$WORK/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$WORK'
max_connections = 200
wal_level = replica
max_wal_senders = 4
shared_buffers = 128MB
fsync = off
CONF
as_postgres "$PGBIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w start >/dev/null
as_postgres "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/replica" -R -X stream
sed -i "s/^port = $PRIMARY_PORT/port = $REPLICA_PORT/" "$WORK/replica/postgresql.conf"
as_postgres "$PGBIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica.log" -w start >/dev/null
PSQL_PRIMARY=(psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres -At)
PSQL_REPLICA=(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d postgres -At)
"${PSQL_PRIMARY[@]}" -c "CREATE DATABASE tellitonce" >/dev/null
PSQL_APP=(psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d tellitonce -At)

echo "== SMTP sink on :$SMTP_PORT"
python3 "$ROOT/bench/scale-out/smtp-sink.py" "$SMTP_PORT" "$WORK/delivered.txt" &
PIDS+=($!)

if [ ! -f "$APP/TellItOnce.Web.dll" ]; then
  echo "== Publishing a Release build to $APP"
  dotnet publish "$ROOT/src/TellItOnce.Web" -c Release -o "$APP" >/dev/null
fi

# Production settings through environment variables; demo data so there is something to read, MFA off for the demo
# users, sign-in and API limits raised because all the load comes from one address.
app_env() {
  exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    Database__Provider=Postgres \
    Database__ConnectionString="Host=127.0.0.1;Port=$PRIMARY_PORT;Username=postgres;Database=tellitonce;Maximum Pool Size=40" \
    Database__SeedDemoData=true Database__MigrateOnStartup=true Identity__RequireStaffMfa=false \
    RateLimits__SignIn__PermitLimit=1000000 RateLimits__PublicApi__PermitLimit=1000000 \
    Documents__Folder="$WORK/documents" Logging__Format=json Serilog__MinimumLevel__Default=Warning \
    Notifications__Delivery=Smtp Notifications__SmtpHost=127.0.0.1 Notifications__SmtpPort=$SMTP_PORT \
    Notifications__PollInterval=00:00:01 Notifications__BaseUrl="http://127.0.0.1:$PROXY_PORT" \
    dotnet "$APP/TellItOnce.Web.dll"
}
# The subshell becomes dotnet (exec), so $! is the instance's own process id.
start_app() { (cd "$APP" && app_env "$1") >>"$WORK/app$2.log" 2>&1 & echo $!; }
wait_ready() {
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 0.5; done
  echo "Instance on :$1 did not become ready; see $WORK"; exit 1
}

echo "== Two app instances on :$APP1_PORT and :$APP2_PORT, starting together on the empty database (the migration lock takes turns)"
APP1=$(start_app $APP1_PORT 1); PIDS+=("$APP1")
APP2=$(start_app $APP2_PORT 2); PIDS+=("$APP2")
wait_ready $APP1_PORT; wait_ready $APP2_PORT
echo "   demo areas seeded: $("${PSQL_APP[@]}" -c "SELECT count(*) FROM \"Areas\" WHERE \"Slug\" = 'northshire'")"

echo "== nginx on :$PROXY_PORT, upstream of both"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-temp/body;
  proxy_temp_path $WORK/nginx-temp/proxy;
  fastcgi_temp_path $WORK/nginx-temp/fastcgi;
  uwsgi_temp_path $WORK/nginx-temp/uwsgi;
  scgi_temp_path $WORK/nginx-temp/scgi;
  server_tokens off;
  upstream tellitonce {
    server 127.0.0.1:$APP1_PORT max_fails=1 fail_timeout=3s;
    server 127.0.0.1:$APP2_PORT max_fails=1 fail_timeout=3s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    client_max_body_size 12m;
    location / {
      proxy_pass http://tellitonce;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
BASE="http://127.0.0.1:$PROXY_PORT"

echo "== Signing the demo users in"
JAR="$WORK/jars"; rm -rf "$JAR"; mkdir -p "$JAR"
token_of() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p; s/.*type="hidden" name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1; }
cookie_header() { awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$1" | sed 's/; $//'; }
sign_in() {
  local jar="$JAR/$1"
  local token; token=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in" | token_of)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=$1@northshire.example" --data-urlencode "Password=Demo-password-1" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/sign-in"
  cookie_header "$jar"
}
export TIO_CASEWORKER_COOKIE; TIO_CASEWORKER_COOKIE=$(sign_in caseworker)
export TIO_PARENT_COOKIE; TIO_PARENT_COOKIE=$(sign_in parent)
export TIO_BOARD_COOKIE; TIO_BOARD_COOKIE=$(sign_in board)
curl -s -c "$JAR/anon" -b "$JAR/anon" "$BASE/sign-in" > "$WORK/sign-in.html"
export TIO_SIGNIN_TOKEN; TIO_SIGNIN_TOKEN=$(token_of < "$WORK/sign-in.html")
export TIO_SIGNIN_COOKIE; TIO_SIGNIN_COOKIE=$(cookie_header "$JAR/anon")
# A case of the demo parent's child: the caseworker messages the family, and each message emails the parent.
export TIO_FAMILY_CASE_ID; TIO_FAMILY_CASE_ID=$("${PSQL_APP[@]}" -c "SELECT c.\"Id\" FROM \"Cases\" c JOIN \"FamilyLinks\" l ON l.\"ChildId\" = c.\"ChildId\" JOIN \"AspNetUsers\" u ON u.\"Id\" = l.\"UserId\" WHERE u.\"Email\" = 'parent@northshire.example' ORDER BY c.\"Reference\" LIMIT 1")
export TIO_CASE_ID=$TIO_FAMILY_CASE_ID
curl -s -c "$JAR/caseworker" -b "$JAR/caseworker" "$BASE/cases/$TIO_CASE_ID/messages" > "$WORK/messages.html"
export TIO_MESSAGE_TOKEN; TIO_MESSAGE_TOKEN=$(token_of < "$WORK/messages.html" | python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.stdin.read().strip(), safe=""))')
export TIO_MESSAGE_COOKIE; TIO_MESSAGE_COOKIE=$(cookie_header "$JAR/caseworker")
TIO_SIGNIN_TOKEN=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$TIO_SIGNIN_TOKEN")
for v in TIO_CASEWORKER_COOKIE TIO_PARENT_COOKIE TIO_BOARD_COOKIE TIO_SIGNIN_TOKEN TIO_MESSAGE_TOKEN TIO_FAMILY_CASE_ID; do
  [ -n "${!v}" ] || { echo "Could not prepare $v"; exit 1; }
done
START=$("${PSQL_APP[@]}" -c "SELECT now()")
OUTBOX_BEFORE=$("${PSQL_APP[@]}" -c "SELECT count(*) FROM \"OutboxMessages\"")
DELIVERED_BEFORE=$(wc -l < "$WORK/delivered.txt")

echo "== wrk: mixed traffic for ${DURATION}s; instance 1 stops at 20 s and starts again at 30 s"
wrk -t2 -c16 -d"${DURATION}s" --timeout 10s --latency -s "$ROOT/bench/scale-out/mixed.lua" "$BASE" > "$WORK/wrk.txt" 2>&1 &
WRK=$!
sleep 20
echo "   $(date -u +%T) stopping instance 1 (SIGTERM, graceful)"
kill -TERM "$APP1"; wait "$APP1" 2>/dev/null || true
sleep 10
echo "   $(date -u +%T) starting instance 1 again"
APP1=$(start_app $APP1_PORT 1); PIDS+=("$APP1")
wait_ready $APP1_PORT
echo "   $(date -u +%T) instance 1 ready"
wait "$WRK" || true

echo "== Waiting for the outbox to drain"
for _ in $(seq 1 60); do
  PENDING=$("${PSQL_APP[@]}" -c "SELECT count(*) FROM \"OutboxMessages\" WHERE \"SentAt\" IS NULL AND \"FailedAt\" IS NULL")
  [ "$PENDING" = 0 ] && break; sleep 1
done

cat "$WORK/wrk.txt"
EXPECTED=$(( $("${PSQL_APP[@]}" -c "SELECT count(*) FROM \"OutboxMessages\"") - OUTBOX_BEFORE ))
SENT_ROWS=$("${PSQL_APP[@]}" -c "SELECT count(*) FROM \"OutboxMessages\" WHERE \"CreatedAt\" >= '$START' AND \"SentAt\" IS NOT NULL")
DELIVERED=$(( $(wc -l < "$WORK/delivered.txt") - DELIVERED_BEFORE ))
DISTINCT=$(tail -n +"$((DELIVERED_BEFORE + 1))" "$WORK/delivered.txt" | sort -u | wc -l)
echo "--- emails ---"
echo "messages posted during the run              $("${PSQL_APP[@]}" -c "SELECT count(*) FROM \"CaseMessages\" WHERE \"Body\" = 'Load test message'")"
echo "expected (outbox rows written during the run) $EXPECTED"
echo "marked sent                                   $SENT_ROWS"
echo "delivered to the SMTP sink                    $DELIVERED"
echo "distinct Message-IDs delivered                $DISTINCT"
echo "--- replica ---"
echo "replication state $("${PSQL_PRIMARY[@]}" -c "SELECT state FROM pg_stat_replication LIMIT 1")"
echo "replay lag        $("${PSQL_REPLICA[@]}" -c "SELECT coalesce(now() - pg_last_xact_replay_timestamp(), '0')")"
echo "messages on primary $("${PSQL_APP[@]}" -c "SELECT count(*) FROM \"CaseMessages\""), on replica $(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d tellitonce -At -c "SELECT count(*) FROM \"CaseMessages\"")"
echo "--- errors in the app logs ---"
grep -h '"@l":"Error"' "$WORK"/app*.log | sed 's/.*"@mt":"\([^"]*\)".*/\1/' | sort | uniq -c || true
if [ "$DELIVERED" = "$EXPECTED" ] && [ "$DISTINCT" = "$EXPECTED" ]; then echo "Each email delivered exactly once."; else echo "EMAIL COUNTS DIFFER"; exit 1; fi
