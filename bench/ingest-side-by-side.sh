#!/usr/bin/env bash
# Ingestion timed side by side with an older build, on the same reports (docs/BENCHMARKS.md "Ingest against the day
# issue 20 was filed"). Builds OLD_REV's command-line program (Release) in a worktree beside this one, generates one
# seeded corpus of REPORTS reports with this tree (`bench ingest --corpus`), then in each round, for each build in turn
# (the order alternating): a fresh SQLite database, `ingest` of the first report (imports the bundled lists and builds
# the names index), and the timed `ingest` of the whole folder (the rest added). Prints wall and CPU (user + system)
# seconds of each timed run, then each build's medians.
# Usage: bench/ingest-side-by-side.sh OLD_REV [ROUNDS] [REPORTS]   (from anywhere in this repository)
set -euo pipefail
export LC_ALL=C
old_rev=$1; rounds=${2:-5}; reports=${3:-500}
source "$(dirname "$0")/old-worktree.sh" ingest "$old_rev"
echo "building $old_rev and this tree (Release)"
for tree in "$old" "$root"; do
  dotnet build -c Release "$tree/src/Sightline.Cli" >"$work/build.log" || { tail -20 "$work/build.log"; exit 1; }
done
program() { echo "$1/src/Sightline.Cli/bin/Release/net10.0/sightline.dll"; }

echo "generating $reports reports"
dotnet "$(program "$root")" --db "$work/generate.db" bench ingest --reports "$reports" --corpus "$work/corpus" --window "$reports" >/dev/null 2>&1
first=$(ls "$work/corpus"/*.txt | head -1)

declare -A walls cpus
run() {
  local label=$1 tree=$2
  rm -rf "$work/db"; mkdir "$work/db"
  dotnet "$(program "$tree")" --db "$work/db/k.db" ingest "$first" >/dev/null 2>&1
  /usr/bin/time -f "%e %U %S" -o "$work/time" dotnet "$(program "$tree")" --db "$work/db/k.db" ingest "$work/corpus" >"$work/run.log" 2>&1 || true
  read -r wall user system <"$work/time"
  local cpu; cpu=$(echo "$user + $system" | bc)
  walls[$label]+="$wall "; cpus[$label]+="$cpu "
  printf '%-4s wall %6.2f s  CPU %6.2f s  %s\n' "$label" "$wall" "$cpu" "$(grep -Eo '^Ingested [0-9]+ documents' "$work/run.log" | tail -1)"
}
for round in $(seq "$rounds"); do
  if (( round % 2 )); then run old "$old"; run new "$root"; else run new "$root"; run old "$old"; fi
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for label in old new; do
  echo "$label median: wall $(echo "${walls[$label]}" | median) s, CPU $(echo "${cpus[$label]}" | median) s"
done
