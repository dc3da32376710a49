#!/usr/bin/env bash
# Time from a list import's commit to a serve node answering /match with it (ADR-042): imports RUNS new versions of the
# list xx_bench with `sightline lists import` (each adds one invented person), and polls NODE's /match every 20 ms until
# the new person is answered. The commit time is PostgreSQL's own (pg_xact_commit_timestamp: the server must run with
# track_commit_timestamp=on); NODE must be another process than the import, on the same database, on this machine.
# Usage: bench/list-follow.sh postgres://user@host:port/db http://127.0.0.1:5082 [RUNS]
set -euo pipefail
db=$1; node=$2; runs=${3:-5}
sightline=${SIGHTLINE:-"dotnet run --no-build --project src/Sightline.Cli --"}
people=("Orsolya Brennan Quist" "Halvard Emmerich Tolle" "Mireille Okafor Stahl" "Tadeusz Fenwick Alcott" "Ilse Marrow Dunleavy"
        "Casimir Ortolan Weir" "Rosalind Achterberg Moy" "Eliasz Trevelyan Kors" "Benedetta Loxley Vane" "Oswin Hartigan Prell")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
file=$work/xx_bench.ftm.json; : > "$file"
for run in $(seq "$runs"); do
  name=${people[$(( (run - 1) % ${#people[@]} ))]}; id="XB-$(date +%s%N)"
  printf '{"id": "%s", "schema": "Person", "properties": {"name": ["%s"], "topics": ["sanction"]}}\n' "$id" "$name" >> "$file"
  query=$(printf '{"queries": {"q": {"schema": "Person", "properties": {"name": ["%s"]}}}}' "$name")
  ( until curl -s -X POST "$node/match/xx_bench" -H 'content-type: application/json' -d "$query" | grep -q "xx_bench:$id"; do sleep 0.02; done
    date +%s.%N > "$work/answered" ) &
  poller=$!
  $sightline --db "$db" lists import "$file" > "$work/import.log" 2>&1 || { cat "$work/import.log"; kill $poller; exit 1; }
  wait $poller
  committed=$(psql "$db" -Atc "SELECT extract(epoch FROM pg_xact_commit_timestamp(xmin)) FROM lists WHERE name = 'xx_bench'")
  awk -v run="$run" -v c="$committed" -v a="$(cat "$work/answered")" 'BEGIN { printf "run %d: commit to answer on the other node %.2f s\n", run, a - c }'
done
