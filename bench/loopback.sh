#!/usr/bin/env bash
# The deployment of issue 21 on loopback, in full: two `sightline serve --queue` nodes and two `sightline worker`
# processes on one new PostgreSQL database, all on 127.0.0.1. REPORTS generated reports (`bench ingest`'s seeded corpus)
# are uploaded through both nodes while `bench match`
# screens names through both; one worker is SIGKILLed when half the reports are ingested; a list is imported through the
# first node and the second is polled until it screens it. The reference is the same reports ingested serially into a
# SQLite file in the order the deployment stored them. Prints what it checked and the figures; exits 1 when a check
# fails. tests/Sightline.Tests/Jobs/LoopbackDeploymentTests.cs is the same scenario, reduced, in CI.
# Usage: bench/loopback.sh postgres://user@host:port [REPORTS]   (the server's address; a database is made and dropped)
set -euo pipefail
server=${1%/}; reports=${2:-500}
sightline=${SIGHTLINE:-"dotnet src/Sightline.Cli/bin/Release/net10.0/sightline.dll"}
work=$(mktemp -d); name=loopback_$$; db=$server/$name
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  dropdb --if-exists -d "$server/postgres" "$name" 2>/dev/null || psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $name" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
sql() { psql "$db" -Atc "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok    $1: $2"; else echo "FAIL  $1: $2, expected $3"; fail=1; fi; }

echo "1. $reports generated reports, and their rate ingested serially into a SQLite file"
$sightline --db "$work/serial.db" bench ingest --reports "$reports" --corpus "$work/corpus" --window "$reports" 2> /dev/null | grep -E '^Generated|^Ingest rate' | sed 's/^/   /'

echo "2. The deployment on $server/$name: the bundled lists, an admin key, two nodes (--queue), two workers"
psql "$server/postgres" -qc "CREATE DATABASE $name" >/dev/null
$sightline --db "$db" lists import data/lists > /dev/null 2>&1
key=$($sightline --db "$db" keys add "Loopback Bench" --role admin --why "bench/loopback.sh" | grep -o 'sl_[A-Za-z0-9_-]\{43\}')
nodes=()
for n in 1 2; do
  port=$(free_port); mkdir -p "$work/node$n"
  XDG_DATA_HOME=$work/node$n $sightline --db "$db" serve --queue --urls "http://127.0.0.1:$port" > "$work/node$n.log" 2>&1 &
  pids+=($!); nodes+=("http://127.0.0.1:$port")
done
for node in "${nodes[@]}"; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$node/readyz")" = 200 ]; do sleep 0.5; done
done
for w in a b; do
  mkdir -p "$work/worker-$w"
  XDG_DATA_HOME=$work/worker-$w $sightline --db "$db" worker --workers 2 --dead-worker-after 10 > "$work/worker-$w.log" 2>&1 &
  pids+=($!)
done
doomed=${pids[2]}
echo "   nodes ${nodes[*]}; workers pid ${pids[2]} and ${pids[3]}"

echo "3. Screening through both nodes (bench match, 4 clients, rounds of 10 s) while the reports are uploaded through both"
( while [ ! -e "$work/done" ]; do $sightline bench match --node "${nodes[0]}" --node "${nodes[1]}" --clients 4 --seconds 10 >> "$work/match.log" || true; done ) &
pids+=($!)
upload() { # FILE NODE: POST /documents until answered 202 (a 503 is sent again after a second)
  local code
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" -F "file=@$1" "$2/documents")
    [ "$code" = 202 ] && return 0
    [ "$code" = 503 ] || { echo "upload $1 to $2: HTTP $code" >&2; return 1; }
    sleep 1
  done
}
export -f upload; export key
started=$(now)
( until [ "$(sql "SELECT COUNT(*) FROM kb_uploads WHERE state <> 'queued'")" -ge $((reports / 2)) ]; do sleep 0.5; done
  kill -9 "$doomed"
  awk -v a="$started" -v b="$(now)" -v n="$(sql "SELECT COUNT(*) FROM kb_uploads WHERE state <> 'queued'")" \
    'BEGIN { printf "after %.1f s, with %d reports ingested", b - a, n }' > "$work/killed" ) &
killer=$!
ls "$work"/corpus/*.txt | awk -v a="${nodes[0]}" -v b="${nodes[1]}" '{ print $0, (NR % 2 ? a : b) }' | xargs -P 4 -n 2 bash -c 'upload "$0" "$1"'
uploaded=$(now)

wait "$killer"
echo "4. Worker $doomed SIGKILLed $(cat "$work/killed")"

echo "5. A list imported through ${nodes[0]}, polled on ${nodes[1]}"
printf '{"id": "LB-1", "schema": "Person", "properties": {"name": ["Ottoline Varga Seddon"], "topics": ["sanction"]}}\n' > "$work/xx_loopback.ftm.json"
query='{"queries": {"q": {"schema": "Person", "properties": {"name": ["Ottoline Varga Seddon"]}}}}'
curl -sf -o /dev/null -H "Authorization: Bearer $key" -F "file=@$work/xx_loopback.ftm.json" "${nodes[0]}/lists"
imported=$(now)
until curl -s -X POST "${nodes[1]}/match/xx_loopback" -H 'content-type: application/json' -d "$query" | grep -q 'xx_loopback:LB-1'; do
  sleep 0.05
  if awk -v a="$imported" -v b="$(now)" 'BEGIN { exit !(b - a > 30) }'; then echo "FAIL  the second node did not screen the new list within 30 s"; fail=1; break; fi
done
reached=$(now)

until [ "$(sql "SELECT COUNT(*) FROM kb_uploads WHERE state = 'queued'")" = 0 ]; do sleep 0.5; done
finished=$(now)
echo "   every upload ingested; waiting for the job queue to drain"
until [ "$(sql "SELECT COUNT(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing', 'Scheduled')")" = 0 ]; do
  sleep 5; sql "SELECT statename, COUNT(*), string_agg(DISTINCT invocationdata::json->>'Method', ',') FROM hangfire.job GROUP BY 1" | tr '\n' ' '; echo
done
drained=$(now)
touch "$work/done"; wait "${pids[4]}" || true

echo "6. Checks"
check "reports stored" "$(sql "SELECT COUNT(*) FROM kb_documents WHERE status = 'ingested'")" "$reports"
check "distinct document versions" "$(sql "SELECT COUNT(DISTINCT version) FROM kb_documents")" "$reports"
check "uploads ingested" "$(sql "SELECT COUNT(*) FROM kb_uploads WHERE state = 'ingested'")" "$reports"
check "failed jobs" "$(sql "SELECT COUNT(*) FROM hangfire.job WHERE statename = 'Failed'")" 0
# Resolution and event ids depend on the order reports are stored in (an event is named after its first claim), so the
# reference is a serial ingest in the order the deployment committed them (ingested_at is taken in the writer's turn).
sql "SELECT path FROM kb_documents WHERE status = 'ingested' ORDER BY ingested_at, key" | sed "s|.*/|$work/corpus/|" > "$work/order"
xargs -a "$work/order" $sightline --db "$work/ordered.db" ingest > /dev/null 2>&1
check "claims, as the serial ingest in the same order" "$(sql "SELECT COUNT(*) FROM kb_claims")" "$(sqlite3 "$work/ordered.db" "SELECT COUNT(*) FROM kb_claims")"
sql "SELECT rule || ' ' || id FROM alerts ORDER BY 1" > "$work/alerts.pg"
sqlite3 "$work/ordered.db" "SELECT rule || ' ' || id FROM alerts ORDER BY 1" | LC_ALL=C sort > "$work/alerts.serial"; LC_ALL=C sort -o "$work/alerts.pg" "$work/alerts.pg"
check "alerts, as the serial ingest in the same order ($(wc -l < "$work/alerts.serial") there)" "$(wc -l < "$work/alerts.pg")" "$(wc -l < "$work/alerts.serial")"
check "alerts that differ from that serial ingest's" "$(comm -3 "$work/alerts.pg" "$work/alerts.serial" | wc -l)" 0
requests=$(awk '/all nodes:/ { gsub(",", "", $3); n += $3 } END { print n + 0 }' "$work/match.log")
failures=$(awk '/all nodes:/ { gsub(",", "", $7); n += $7 } END { print n + 0 }' "$work/match.log")
check "screening requests failed" "$failures" 0

echo "7. Figures"
awk -v r="$reports" -v s="$started" -v u="$uploaded" -v f="$finished" -v i="$imported" -v c="$reached" -v d="$drained" 'BEGIN {
  printf "   uploads: %d reports through two nodes in %.1f s (%.1f/s)\n", r, u - s, r / (u - s)
  printf "   ingested by the workers: %d reports in %.1f s from the first upload: %.1f reports/s\n", r, f - s, r / (f - s)
  printf "   the job queue drained %.1f s after the last upload was ingested\n", d - f
  printf "   list imported through one node, screened by the other %.2f s after the import answered\n", c - i }'
awk '/all nodes:/ { gsub(",", "", $3); gsub(",", "", $5); n++; q += $3; r += $5 } END {
  printf "   screening through both nodes meanwhile (bench match, 4 clients, %d rounds of 10 s): %d requests, %.1f requests/s on average\n", n, q, r / n }' "$work/match.log"
grep -h 'all nodes:' "$work/match.log" | sed 's/^ */   a round: /' | head -3
exit $fail
