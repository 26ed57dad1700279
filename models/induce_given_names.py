#!/usr/bin/env python3
"""Induces models/given-names.txt, the given names the entity recognizer trusts (embedded in the NewsNlp assembly).

    python3 models/induce_given_names.py [--shared ../shared]

A given name here is a word that opens at least two people's names of two words or more in the labelled corpora
(CoNLL-2003 train + testa, GMB) and is seldom anything else there: it ends or continues people's names at most a
third as often, and sits inside other kinds of names at most a third as often ("Will" of "Will Smith" but not
"Washington" or "Jordan"). The recognizer uses the list after tagging, for names the tagger typed as a place or an
organisation: "Donald Trump" tagged ORG by a model that never saw "Trump" is a person.
"""
import argparse, collections, csv, gzip, os


def entities(rows):
    """(type, words) of every entity in rows of (word, tag, new sentence) with IOB1/IOB2 tags; types mapped by TYPES."""
    current = None
    for word, tag, new_sentence in rows:
        if new_sentence or tag == "O":
            if current: yield current
            current = None
            if tag == "O":
                continue
        kind = TYPES.get(tag[2:], "OTHER")
        if tag.startswith("B-") or current is None or current[0] != kind:
            if current: yield current
            current = (kind, [word])
        else:
            current[1].append(word)
    if current: yield current


# CoNLL's types as they are, and GMB's per, geo and org as CoNLL's.
TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC", "per": "PER", "geo": "LOC", "org": "ORG"}


def conll_rows(path):
    """(word, tag, new sentence) of a CoNLL file: a blank line or -DOCSTART- ends a sentence."""
    pending = False
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                pending = True
                continue
            yield parts[0], parts[-1], pending
            pending = False


def gmb_rows(path):
    """(word, tag, new sentence) of the GMB-style CSV (Sentence #, Word, POS, Tag)."""
    csv.field_size_limit(1 << 30)
    with gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="") as f:
        rows = csv.reader(f)
        next(rows, None)
        for row in rows:
            if len(row) >= 4:
                yield row[1], row[3], bool(row[0])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    args = ap.parse_args()
    data = os.path.join(args.shared, "data")
    first, later, other = collections.Counter(), collections.Counter(), collections.Counter()
    sources = [entities(conll_rows(os.path.join(data, "conll2003", "eng.train.gz"))), entities(conll_rows(os.path.join(data, "conll2003", "eng.testa.gz"))),
               entities(gmb_rows(os.path.join(data, "gmb_kaggle_ner", "ner_dataset_truncated_2.5MiB.csv.gz")))]
    for source in sources:
        for kind, words in source:
            if kind == "PER" and len(words) >= 2:
                first[words[0]] += 1
                for w in words[1:]: later[w] += 1
            elif kind != "PER":
                for w in words: other[w] += 1
    # Words that open places' and foreign phrases' names as often as people's ("Des Moines", "Les Bleues", "San Jose").
    not_given = {"Les", "Des", "Dos", "Das", "Las", "Los", "San", "Santa", "Sao", "Van", "Von", "Den", "Der", "Del", "Della",
                 "Saint", "Mount", "Fort", "Port", "Lake", "New", "North", "South", "East", "West", "Upper", "Lower", "Great"}
    names = sorted(w for w, n in first.items()
                   if w not in not_given and n >= 2 and len(w) >= 3 and w[0].isupper() and w[1:].islower() and w.isalpha()
                   and later[w] * 3 <= n and other[w] * 3 <= n)
    with open(os.path.join(here, "given-names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given names: words that open people's names in CoNLL-2003 train + testa and GMB (see induce_given_names.py).\n")
        for w in names:
            f.write(w + "\n")
    print(f"{len(names)} given names")


if __name__ == "__main__":
    main()
