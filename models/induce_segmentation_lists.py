#!/usr/bin/env python3
"""Induces the word lists behind the tokenizer and sentence splitter from the ../shared corpora.

    python3 models/induce_segmentation_lists.py [--shared ../shared]

Writes models/abbreviations.txt, models/sentence-starters.txt and models/lower-case-words.txt (embedded in the
NewsNlp assembly).
- Abbreviations: alphabetic tokens that keep their final period in UD English EWT train (gold words)
  or in CoNLL-2003 train (Penn Treebank tokens), seen at least twice, plus a curated core (titles,
  months, days, US states, company forms) that news needs whatever the corpora hold. Kinds:
  "title" (precedes a name, never ends a sentence), "number" (an abbreviation only before a digit),
  "general" (may end a sentence).
- Sentence starters: capitalised words that begin at least 8 sentences of UD EWT train and CoNLL train
  and, lower-cased, are common inside sentences (function words such as The, He, But, In): after an
  ambiguous abbreviation or initial they signal a new sentence. Words often capitalised inside sentences
  (names: Bill, North, President) are left out. Plus the words news sentences open with, from the CNN/DailyMail
  articles (see news_starters).
"""
import argparse, collections, gzip, os, re, sys

TITLES = """Mr Mrs Ms Messrs Mmes Dr Drs Prof Gov Sen Sens Rep Reps Gen Lt Col Capt Sgt Adm Cmdr Maj Cpl Pvt
Rev Hon Rt Pres Supt Det Insp Fr Atty Asst Engr Alh Amb Mt Ft Gens Brig Cdr Mgr Msgr Sra Mme Mlle Sh Smt v vs ST MT FT
Sec""".split()
NUMBER = "No Nos no Fig Figs fig Vol Vols vol Art Ch ch Rte pp p s ss Ex Tel tel Ph Para para Nr Rs Supp Rom Matt Cor Gal Eph Heb Ps Prov Isa Jer Deut Exod Lev".split()
GENERAL = """etc Inc Corp Co Cos Ltd Pte Bhd Bros Assn Dept Univ Inst Intl Govt Mfg Jr Sr Jan Feb Mar Apr Jun Jul Aug Sep Sept
Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan
Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo Ave Blvd Rd St Pl Hwy
approx est misc dept asst ret Esq Ph cf al Approx Est pct deg ft sq yr yrs hr hrs mins lb lbs oz mi gal bn mn tn
Natl Acad Sci Proc Assoc Soc Am Engl Biol Chem Phys Lett Clin Psychol Epidemiol""".split()
# Pronouns, determiners and connectives that start sentences whatever the corpora counts say.
CORE_STARTERS = set("""I We He She It They You The This That These Those There Here But And So Then Yet In On At A An My
Our His Her Their Its What When Where Why How If After Before Today Tomorrow Yesterday Meanwhile However
Still Now Some Many Most All No Not Police Officials""".split())
# News starters (see news_starters): words that, after an abbreviation, may continue a name or a title instead
# ("U.S. Social Security", "Jr. Day", "Don" of "Don't").
NOT_NEWS_STARTERS = set("""Don Back Based Being Had Having Was Given Making Speaking Journalist Local Long Opinion Part Read
Social Video Top Too Plus Share Thank Next Early Five Four Nine Seven Things Details Evidence Consider Further Less Much
Such Members Government""".split())
# Lower-case English words that corpora show with a period only because they end sentences.
NOT_ABBREVIATIONS = set()


def words_ewt(path):
    sys.path.insert(0, os.path.join(os.path.dirname(path), "..", "..", "tools"))
    import sbdeval  # the shared scorer's CoNLL-U reader: same words the scores use
    for d in sbdeval.read_conllu(path):
        t = d["text"]
        starts = {s for s, _ in d["sentences"]}
        for s, e in d["words"]:
            yield t[s:e], s in starts


def words_conll(path):
    first = True
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                first = True
                continue
            w = line.split(" ", 1)[0]
            if w == "-DOCSTART-":
                continue
            yield w, first
            first = False


def cnn_counts(data):
    """Counts over the CNN/DailyMail articles of ../shared (unlabelled text): capitalised words that open a sentence (a
    capital after a lower-case word of three letters or more and a stop), words written lower case or capitalised
    inside sentences (after a lower-case word or a comma), and words capitalised after any word (inside names too:
    "New York Times")."""
    import csv
    csv.field_size_limit(1 << 30)
    initial, inside, midcap, named = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    folder = os.path.join(data, "cnn_dailymail")
    for name in ("cnndm_train_hf3.0.0_first300.csv.gz", "cnndm_validation_first500.csv.gz", "cnndm_validation_501_1000.csv.gz"):
        with gzip.open(os.path.join(folder, name), "rt", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                t = row["article"]
                initial.update(m.group(1) for m in re.finditer(r"[a-z]{3,}[.!?] [\"\u201C]?([A-Z][a-z]{0,11})\b", t))
                inside.update(m.group(1) for m in re.finditer(r"(?<=[a-z,] )([a-z]{1,15})\b", t))
                midcap.update(m.group(1) for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{0,14})\b", t))
                named.update(m.group(1) for m in re.finditer(r"(?<=[A-Za-z0-9,] )([A-Z][a-z]{0,11})\b", t))
    return initial, inside, midcap, named


def news_starters(cnn):
    """Capitalised words that open at least 7 sentences of the CNN/DailyMail articles of ../shared and, lower-cased,
    are common inside them and rarely capitalised there: the people and quantities news sentences open with
    ("Witnesses", "Researchers", "Others", "Hundreds"), which EWT and CoNLL see too seldom."""
    initial, inside, midcap, _ = cnn
    return set(w for w, n in initial.items() if n >= 7 and inside[w.lower()] >= 20 and inside[w.lower()] >= 10 * midcap[w]
               and w not in NOT_NEWS_STARTERS)


def lower_case_words(inside, midcap, kinds):
    """Words of three letters or more written lower case inside sentences at least twice in all the corpora and at
    least 10 times as often as capitalised there, inside names included ("executives", "renovations"; not "bill",
    "young", "court", nor "times" of "The New York Times"), written
    capitalised: after an abbreviation that may end a sentence ("U.S.", "St."), such a word capitalised, with a
    lower-case word after it, opens the next sentence ("outside the U.S. Executives told analysts")."""
    return sorted(w.capitalize() for w, n in inside.items() if len(w) >= 3 and n >= 2 and n >= 10 * midcap[w.capitalize()]
                  and w.capitalize() not in kinds)


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    args = ap.parse_args()
    data = os.path.join(args.shared, "data")
    abbrev, initial, inside, midcap = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for source in (words_ewt(os.path.join(data, "ud_english_ewt", "en_ewt-ud-train.conllu.gz")),
                   words_conll(os.path.join(data, "conll2003", "eng.train.gz"))):
        for w, sentence_start in source:
            if re.fullmatch(r"[A-Za-z]{2,5}\.", w):
                abbrev[w[:-1]] += 1
            if sentence_start and re.fullmatch(r"[A-Z][a-z]{0,9}", w):
                initial[w] += 1
            elif not sentence_start and re.fullmatch(r"[a-z]{1,15}", w):
                inside[w] += 1
            elif not sentence_start and re.fullmatch(r"[A-Z][a-z]{0,14}", w):
                midcap[w] += 1
    kinds = {}
    for w, n in abbrev.items():
        if n >= 2 and w.lower() not in NOT_ABBREVIATIONS:
            kinds[w] = "general"
    for w in GENERAL:
        kinds[w] = "general"
    for w in NUMBER:
        kinds[w] = "number"
    for w in TITLES:
        kinds[w] = "title"
    with open(os.path.join(here, "abbreviations.txt"), "w", encoding="utf-8") as f:
        f.write("# Abbreviations without their final period, and how they behave (see induce_segmentation_lists.py).\n")
        for w in sorted(kinds):
            f.write(f"{w} {kinds[w]}\n")
    cnn = cnn_counts(data)
    starters = sorted(CORE_STARTERS | set(w for w, n in initial.items() if n >= 8 and inside[w.lower()] >= 20
                      and inside[w.lower()] >= 10 * midcap[w] and w not in kinds) | (news_starters(cnn) - set(kinds)))
    with open(os.path.join(here, "sentence-starters.txt"), "w", encoding="utf-8") as f:
        f.write("# Capitalised words that start a new sentence after an ambiguous period (see induce_segmentation_lists.py).\n")
        f.write("\n".join(starters) + "\n")
    lower = lower_case_words(inside + cnn[1], midcap + cnn[3], kinds)
    with open(os.path.join(here, "lower-case-words.txt"), "w", encoding="utf-8") as f:
        f.write("# Words written lower case inside sentences, capitalised (see induce_segmentation_lists.py).\n")
        f.write("\n".join(lower) + "\n")
    print(f"{len(kinds)} abbreviations ({sum(1 for w in abbrev if abbrev[w] >= 2)} induced), {len(starters)} sentence starters, "
          f"{len(lower)} lower-case words")


if __name__ == "__main__":
    main()
