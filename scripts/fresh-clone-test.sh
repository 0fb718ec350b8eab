#!/usr/bin/env bash
# A new user's `npm test`: clones this repository (its committed HEAD) into a temporary folder with
# nothing beside it, and runs the README's test command there with CI unset and the schema and
# browser lookups pointed at empty places. It must pass, and it says what it skipped.
# Run by .ci/run after the tests (never by `npm test`, which would run itself again).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/dari-fresh-clone-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

git clone -q "$repo" "$tmp/dari"
mkdir "$tmp/empty"
log="$tmp/npm-test.log"
echo "fresh-clone: npm test in $tmp/dari (no ../shared; DARI_XLIFF_SCHEMAS and CHROME_PATH point at an empty folder; CI unset)"

status=0
(
  cd "$tmp/dari"
  env -u CI -u GITHUB_ACTIONS \
    DARI_XLIFF_SCHEMAS="$tmp/empty" CHROME_PATH="$tmp/empty/chrome" \
    npm test
) >"$log" 2>&1 || status=$?

skipped="$(grep -E '^[a-z][^:]* skipped: ' "$log" | sort -u || true)"
if [ "$status" -ne 0 ]; then
  tail -n 80 "$log"
  echo "fresh-clone: FAILED: npm test exited $status in a clone with nothing beside it"
  exit 1
fi
# The run must really have gone down the skip paths it was set up for, or it proved nothing.
for expected in 'schema validation skipped: ' 'browser tests skipped: '; do
  if ! grep -qF "$expected" <<<"$skipped"; then
    tail -n 40 "$log"
    echo "fresh-clone: FAILED: expected a line starting '$expected' in the summary"
    exit 1
  fi
done
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +(Test Files|Tests) ' | sed 's/^ */fresh-clone: vitest: /' || true
echo "fresh-clone: npm test passed (exit 0) with nothing beside the clone; it skipped:"
sed 's/^/  /' <<<"$skipped"
