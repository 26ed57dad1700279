#!/usr/bin/env bash
# Throughput of `newsnlp batch` (the packed tool, as users install it) against wink-nlp, a popular
# JavaScript NLP library doing tokens + sentences + entities + sentence importance, on the 1,000 CNN
# validation articles of ../shared. Whole processes, wall time, alternating runs; prints medians.
#   benchmarks/compare/compare.sh [rounds]        (default 5; needs dotnet, node/npm, python3, ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
S=${NEWSNLP_SHARED:-../shared}/data/cnn_dailymail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$S/cnndm_validation_first500.csv.gz" "$S/cnndm_validation_501_1000.csv.gz" > "$work/articles.jsonl" <<'PY'
import csv, gzip, json, sys
csv.field_size_limit(1 << 30)
for path in sys.argv[1:]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            print(json.dumps({"id": row["id"], "text": row["article"]}))
PY
echo "compare: $(wc -l < "$work/articles.jsonl") articles"

version="0.0.0-compare.$(date +%s)"
dotnet pack src/NewsNlp.Cli/NewsNlp.Cli.csproj -c Release -o "$work/feed" -p:Version="$version" -nologo -v quiet -clp:ErrorsOnly
dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" NewsNlp.Cli --version "$version" >/dev/null
packages=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')
trap 'rm -rf "$work" "$packages"/newsnlp.cli*/"$version"' EXIT
(cd benchmarks/compare && npm install --no-audit --no-fund --silent >/dev/null)

wall() { /usr/bin/time -o "$work/t" -f "%e" "$@" >/dev/null 2>&1; cat "$work/t"; }
declare -a j1 j2 wink
for _ in $(seq "$rounds"); do
  j1+=("$(wall "$work/tool/newsnlp" batch --input "$work/articles.jsonl" --output "$work/j1.jsonl" --jobs 1 --progress never)")
  j2+=("$(wall "$work/tool/newsnlp" batch --input "$work/articles.jsonl" --output "$work/j2.jsonl" --jobs 2 --progress never)")
  wink+=("$(wall node benchmarks/compare/wink.js "$work/articles.jsonl" "$work/wink.jsonl")")
done
cmp -s "$work/j1.jsonl" "$work/j2.jsonl" || { echo "compare: --jobs 1 and --jobs 2 outputs differ" >&2; exit 1; }
python3 - "${j1[*]}" "${j2[*]}" "${wink[*]}" "$(wc -l < "$work/articles.jsonl")" <<'PY'
import statistics, sys
j1, j2, wink = ([float(x) for x in a.split()] for a in sys.argv[1:4])
n = int(sys.argv[4])
m = {k: statistics.median(v) for k, v in (("j1", j1), ("j2", j2), ("wink", wink))}
for k, label in (("wink", "wink-nlp (node)"), ("j1", "newsnlp batch --jobs 1"), ("j2", "newsnlp batch --jobs 2")):
    print(f"{label:24} median {m[k]:.2f} s  {n / m[k]:6.0f} articles/s   (runs: {' '.join(f'{x:.2f}' for x in sorted({'j1': j1, 'j2': j2, 'wink': wink}[k]))})")
print(f"--jobs 1 vs wink-nlp: {m['wink'] / m['j1']:.2f}x   --jobs 2 vs --jobs 1: {m['j1'] / m['j2']:.2f}x")
PY
