# Sourced by the side-by-side scripts: checks OLD_REV out in a worktree beside this repository (so it finds ../shared
# as this one does) and makes a scratch folder, both removed when the script exits. Sets root, old and work.
# Usage: source "$(dirname "$0")/old-worktree.sh" NAME OLD_REV
root=$(git rev-parse --show-toplevel)
old=$(dirname "$root")/.$1-old-$(git rev-parse --short "$2")
work=$(mktemp -d)
cleanup() { git -C "$root" worktree remove --force "$old" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
git -C "$root" worktree add --detach -f "$old" "$2" >/dev/null
