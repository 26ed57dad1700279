#!/usr/bin/env bash
# Reproduces the development numbers in the README with the independent scorers in ../shared/tools.
#   scripts/evaluate-dev.sh [segmentation|ner|rouge|all]     (default: all; rouge retrains with 5-fold CV, ~3 min)
set -euo pipefail
cd "$(dirname "$0")/.."
S=${NEWSNLP_SHARED:-../shared}
what=${1:-all}
out=$(mktemp -d)
dotnet build src/NewsNlp.Cli -c Release -v quiet -nologo >/dev/null
newsnlp() { dotnet src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll "$@"; }

if [[ $what == all || $what == segmentation ]]; then
  D=$S/data/ud_english_ewt/en_ewt-ud-dev.conllu.gz
  echo "== Sentence boundaries and tokens, UD English EWT dev"
  python3 $S/tools/sbdeval.py --conllu $D --emit-docs $out/docs.jsonl --emit-text $out/all.txt >/dev/null
  newsnlp split --input $out/docs.jsonl --output $out/sents.jsonl
  newsnlp tokenize $out/all.txt > $out/tokens.jsonl
  python3 $S/tools/sbdeval.py --conllu $D --pred $out/sents.jsonl --tokens $out/tokens.jsonl
  echo "== Hard cases written by the team (tests/NewsNlp.Tests/Fixtures/hard-cases.jsonl)"
  newsnlp split --input tests/NewsNlp.Tests/Fixtures/hard-cases.jsonl --output $out/hard.jsonl
  python3 $S/tools/sbdeval.py --golden tests/NewsNlp.Tests/Fixtures/hard-cases.jsonl --pred $out/hard.jsonl | tail -1
fi

if [[ $what == all || $what == ner ]]; then
  echo "== Named entities, CoNLL-2003 testa"
  zcat $S/data/conll2003/eng.testa.gz > $out/testa.conll
  newsnlp tag --conll $out/testa.conll --output $out/testa.pred
  python3 $S/tools/nereval.py $out/testa.pred | head -6
fi

if [[ $what == all || $what == rouge ]]; then
  C=$S/data/cnn_dailymail
  echo "== ROUGE of the 3-sentence summary vs Lead-3 (ranker retrained out of fold; the shipped model is untouched)"
  newsnlp train ranker --train $C/cnndm_train_hf3.0.0_first300.csv.gz $C/cnndm_validation_501_1000.csv.gz \
    --dev $C/cnndm_validation_first500.csv.gz --output $out/ranker.bin --cv 5 --dev-pred $out/dev.jsonl --cv-pred $out/cv.jsonl >/dev/null 2>&1
  for f in cv cv.lead3 dev dev.lead3; do
    echo "-- $f"; python3 $S/tools/rouge.py --pred $out/$f.jsonl --ref $out/$f.jsonl | tail -5
  done
fi
rm -rf "$out"
