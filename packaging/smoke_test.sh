#!/bin/sh
# Start a built bundle offscreen and check that it works: version, the command line on a fresh
# diary (which runs the bundled migrations), and the window on sample data, in English and German.
#   sh packaging/smoke_test.sh [dist/paindiary/paindiary]
# Runs in a throwaway HOME, so it never touches your diary or settings.
set -eu
binary=${1:-dist/paindiary/paindiary}
[ -x "$binary" ] || { echo "smoke test: no bundle at $binary (run make bundle)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_STATE_HOME="$scratch/home/.local/state" XDG_CACHE_HOME="$scratch/home/.cache"
export QT_QPA_PLATFORM=offscreen
unset PAINDIARY_DB
mkdir -p "$HOME"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

version=$("$binary" --version) || fail "--version exited with $?"
echo "$version" | grep -q '^paindiary [0-9]' || fail "unexpected version line: $version"
echo "ok: $version"

diary="$scratch/diary.sqlite3"
"$binary" --db "$diary" log 6 --note "smoke test" >"$scratch/log.out" 2>&1 || { cat "$scratch/log.out"; fail "log exited with an error"; }
[ -s "$diary" ] || fail "the command line wrote no diary"
echo "ok: a fresh diary was created and migrated, one entry logged"

sample="$scratch/sample.sqlite3"
"$binary" --db "$sample" demo >/dev/null 2>&1 || fail "demo could not fill a diary"
"$binary" --db "$sample" chart relief --out "$scratch/relief.png" >/dev/null 2>&1 || fail "chart exited with an error"
[ -s "$scratch/relief.png" ] || fail "no chart was written"
"$binary" --db "$sample" report --out "$scratch/report.pdf" >/dev/null 2>&1 || fail "report exited with an error"
head -c 5 "$scratch/report.pdf" | grep -q '%PDF-' || fail "the report is not a PDF"
echo "ok: matplotlib draws a chart and the PDF report in the bundle"

for language in en de; do
  out="$scratch/window-$language.out"
  if ! PAINDIARY_EXIT_WHEN_READY=1 LANGUAGE=$language LANG=C.UTF-8 timeout 120 "$binary" --demo >"$out" 2>&1; then
    cat "$out"; fail "the window did not start ($language)"
  fi
  grep -q "paindiary: ready" "$out" || { cat "$out"; fail "the main window never became ready ($language)"; }
  if grep -q "Traceback" "$out"; then cat "$out"; fail "a traceback was printed ($language)"; fi
  echo "ok: main window shown on sample data (LANGUAGE=$language)"
done

internal=$(dirname "$binary")/_internal
for needed in paindiary/store/migrations/env.py paindiary/store/migrations/script.py.mako \
  paindiary/resources/icons/paindiary-256.png paindiary/resources/translations/paindiary_de.qm \
  paindiary/resources/translations/paindiary_es.qm; do
  [ -f "$internal/$needed" ] || fail "the bundle lacks $needed"
done
ls "$internal"/paindiary/store/migrations/versions/0*.py >/dev/null 2>&1 || fail "the bundle lacks the migration versions"
echo "ok: migrations, icons and catalogues are in the bundle"
echo "smoke test passed"
