#!/usr/bin/env bash
# The test suite timed side by side with an older build, on the same tests (ADR-025; docs/BENCHMARKS.md "Test suite
# time, part 6"). Builds OLD_REV in a worktree beside this one (it finds ../shared there as this one does) and lists
# both builds' test methods. It prints the old methods this build no longer has under any class: each is a test lost
# or renamed, to be read. The old build's whole suite is timed against this build's run of the classes that now hold
# the old suite's methods. The two runs alternate ROUNDS times, SQLite only (without SIGHTLINE_TEST_POSTGRES), with
# the wall time, the CPU time (user + system) and the runner's summary of each.
# Usage: bench/suite-side-by-side.sh OLD_REV [ROUNDS] [OLD_CONFIG]   (from anywhere in this repository; ROUNDS 0 only lists)
# OLD_CONFIG is the build the old README's test command made: Debug before ADR-025 moved the suite to Release.
set -euo pipefail
export LC_ALL=C
old_rev=$1; rounds=${2:-2}; old_config=${3:-Debug}
source "$(dirname "$0")/old-worktree.sh" suite "$old_rev"
echo "building $old_rev ($old_config) and this tree (Release)"
dotnet build -c "$old_config" "$old" >"$work/build-old.log" || { tail -20 "$work/build-old.log"; exit 1; }
dotnet build -c Release "$root" >"$work/build-new.log" || { tail -20 "$work/build-new.log"; exit 1; }
old_tests=$old/tests/Sightline.Tests/bin/$old_config/net10.0
new_tests=$root/tests/Sightline.Tests/bin/Release/net10.0

# "Namespace.Class.Method" for every test method; "Method Namespace.Class" to look a method up by its name.
methods() { (cd "$1" && ./Sightline.Tests -list methods) | grep '^Sightline\.Tests\.' | sort -u; }
by_name() { sed -E 's/^(.*)\.([^.]+)$/\2 \1/' | sort -k1,1; }
classes() { sed -E 's/\.[^.]+$//' "$1" | sort -u; }
methods "$old_tests" >"$work/old"
methods "$new_tests" >"$work/new"
echo "old: $(wc -l <"$work/old") test methods in $(classes "$work/old" | wc -l) classes;" \
  "this tree: $(wc -l <"$work/new") in $(classes "$work/new" | wc -l)"

# An old method not in its old class is looked for by name in every class: moved, or lost.
comm -23 "$work/old" "$work/new" | by_name >"$work/moved"
by_name <"$work/new" >"$work/new-by-name"
echo "old test methods this tree has under no class:"
join -v1 "$work/moved" "$work/new-by-name" | awk '{print "  " $2 "." $1}'

# The old classes still here, and the classes the old suite's other methods moved to.
{ comm -12 <(classes "$work/old") <(classes "$work/new")
  join "$work/moved" "$work/new-by-name" | awk '{print $3}'; } | sort -u >"$work/classes"
echo "this tree runs them in $(wc -l <"$work/classes") classes"
class_args=()
while read -r class; do class_args+=(-class "$class"); done <"$work/classes"

run() {
  local label=$1 folder=$2; shift 2
  (cd "$folder" && env -u SIGHTLINE_TEST_POSTGRES -u CI /usr/bin/time -f "%e %U %S" -o "$work/time" \
    ./Sightline.Tests -noColor "$@" >"$work/run.log" 2>&1) || true
  read -r wall user system <"$work/time"
  printf '%-4s wall %6.1f s  CPU %6.1f s  %s\n' "$label" "$wall" "$(echo "$user + $system" | bc)" \
    "$(grep -Eo 'Total: [0-9]+, Errors: [0-9]+, Failed: [0-9]+' "$work/run.log" | tail -1)"
}
for round in $(seq "$rounds"); do
  if (( round % 2 )); then run old "$old_tests"; run new "$new_tests" "${class_args[@]}"
  else run new "$new_tests" "${class_args[@]}"; run old "$old_tests"; fi
done
