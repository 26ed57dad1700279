#!/usr/bin/env python3
"""End-to-end check of `newsnlp summarize` on an article CSV (columns article[, id, highlights]):
runs the CLI once per article and writes JSONL {"id", "summary", "highlights"} for ../shared/tools/rouge.py.

    python3 scripts/summarize_csv.py ../shared/data/cnn_dailymail/cnndm_validation_first500.csv.gz pred.jsonl --limit 50 \
        --newsnlp "dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll"
    python3 ../shared/tools/rouge.py --pred pred.jsonl --ref pred.jsonl
"""
import argparse, csv, gzip, json, shlex, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("csv")
ap.add_argument("output")
ap.add_argument("--limit", type=int, default=0)
ap.add_argument("--sentences", type=int, default=3)
ap.add_argument("--newsnlp", default="newsnlp")
args = ap.parse_args()
csv.field_size_limit(1 << 30)
opener = gzip.open if args.csv.endswith(".gz") else open
with opener(args.csv, "rt", encoding="utf-8") as f, open(args.output, "w", encoding="utf-8") as out:
    for i, row in enumerate(csv.DictReader(f)):
        if args.limit and i >= args.limit:
            break
        cmd = shlex.split(args.newsnlp) + ["summarize", "-", "--format", "json", "--sentences", str(args.sentences)]
        result = subprocess.run(cmd, input=row["article"], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"newsnlp failed on row {i}: {result.stderr}")
        summary = json.loads(result.stdout)["summary"]
        out.write(json.dumps({"id": row.get("id") or f"row{i}", "summary": summary, "highlights": row.get("highlights", "")}) + "\n")
