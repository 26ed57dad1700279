#!/usr/bin/env python3
"""Trains the sentence-boundary model for gaps without a stop (models/boundary-model.txt).

UD English EWT is web text: one sentence in eight ends without ". ! ?" (e-mail sign-offs, headers,
URL lists, emoticons, run-on posts). Rules cannot see those boundaries; this logistic regression over
a few token features can. It only scores same-line gaps after a token that is not a stop and that pass the
splitter's cheap filter (may_end_without_stop); stops and line breaks stay with the rules. Standard library only, deterministic (fixed seed), about a minute.

    D=../shared/data/ud_english_ewt
    python3 ../shared/tools/sbdeval.py --conllu $D/en_ewt-ud-train.conllu.gz --emit-text train.txt
    dotnet run --project src/NewsNlp.Cli -c Release -- tokenize train.txt > train.tokens.jsonl
    python3 models/train_boundary_model.py --conllu $D/en_ewt-ud-train.conllu.gz --text train.txt \
        --tokens train.tokens.jsonl [--eval-conllu dev.conllu.gz --eval-text dev.txt --eval-tokens dev.tokens.jsonl]

The feature set must match src/NewsNlp/Sentences/BoundaryModel.cs exactly.
"""
import argparse, json, math, os, random, sys

STOP = set(".!?\u2026\u203d\u2047\u2048\u2049\u3002\uff01\uff1f")
MAX_WORD = 20


def shape(text, kind):
    if kind in ("url", "email", "handle", "hashtag", "none"):
        return kind
    if kind in ("punctuation", "symbol", "other"):
        return "p" + text[:3]
    s = ""
    for ch in text[:4]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not s or s[-1] != c:
            s += c
    return s


def features(a, akind, b, bkind, p, pkind, n, nkind, since, starters):
    """Features of the gap between tokens a and b (p before a, n after b): (template, value[, value])."""
    sa, sb, sp, sn = shape(a, akind), shape(b, bkind), shape(p, pkind), shape(n, nkind)
    la, lb, eb = a[:MAX_WORD].lower(), b[:MAX_WORD].lower(), b[:MAX_WORD]
    return [("bias",), ("sa", sa), ("sb", sb), ("sab", sa, sb), ("a", la), ("bl", lb), ("b", eb), ("a|sb", la, sb),
            ("sa|b", sa, eb), ("p", p[:MAX_WORD].lower()), ("sp", sp), ("sn", sn),
            ("st", "1" if b in starters else "0", sa), ("len", str(min(since, 30) // 5)),
            # The word before and the last word, together: "Thanks ," and "Regards ," end e-mails where
            # "said ," does not (EWT dev gaps at p > 0.6: 3 more true boundaries, 2 fewer false ones; better
            # with each of 4 shuffling seeds).
            ("p|a", p[:MAX_WORD].lower(), la),
            # Shape bigrams either side of the gap: lexicon-free context that generalises across
            # genres (5-fold CV on train: +40 net boundaries at p > 0.6, where L2 or count cut-offs lost).
            # Not after a colon: there they learn EWT's "Subject: Re" headers and split news prose
            # ("The reason: The inmate's views...").
            ] + ([("sp|sa", sp, sa), ("sb|sn", sb, sn)] if a != ":" else [])


def may_end_without_stop(a, akind, b, bkind):
    """The splitter's cheap filter before the model (SentenceSplitter.MayEndWithoutStop)."""
    if akind == "punctuation" and a in ("\u2022", "\u00b7", "*", "\u25aa", "\u25cf"):
        return False
    # An abbreviation the tokenizer kept whole ("p.m.", "Dr.", "B."): it judged the period not to end the
    # sentence, knowing the next word ("6:30 p.m. Saturday"); 9 of the 1,441 model-gap boundaries of EWT train are there.
    if akind == "word" and len(a) > 1 and a.endswith("."):
        return False
    first = b[0]
    if first.isupper() or ("0" <= first <= "9"):
        return True
    if bkind in ("url", "email", "handle", "hashtag"):
        return True
    if bkind in ("punctuation", "symbol"):
        return first in "-*(\"\u201c<>['\u2018:;=^\u2013\u2014"
    if not first.islower():
        return False
    return akind in ("url", "email", "symbol", "other", "handle", "hashtag") or (akind == "punctuation" and a[0] in ":)>-")


def gaps(text, tokens, ends, starters):
    """Yields (features, is_boundary) for every candidate gap, as the C# splitter enumerates them."""
    since = 0
    for i in range(len(tokens) - 1):
        (a0, a1, ak), (b0, b1, bk) = tokens[i], tokens[i + 1]
        gap = text[a1:b0]
        if "\n\n" in gap.replace("\r", ""):
            since = 0  # paragraph break
            continue
        since += 1
        a = text[a0:a1]
        if ak == "punctuation" and a[0] in STOP:
            since = 0
            continue
        if not gap or "\n" in gap:
            continue
        b = text[b0:b1]
        if not may_end_without_stop(a, ak, b, bk):
            continue
        p, pk = (text[tokens[i - 1][0]:tokens[i - 1][1]], tokens[i - 1][2]) if i > 0 and "\n\n" not in text[tokens[i - 1][1]:a0] else ("<s>", "none")
        n, nk = (text[tokens[i + 2][0]:tokens[i + 2][1]], tokens[i + 2][2]) if i + 2 < len(tokens) and "\n\n" not in text[b1:tokens[i + 2][0]] else ("</s>", "none")
        yield features(a, ak, b, bk, p, pk, n, nk, since, starters), a1 in ends


def load(conllu, text_path, tokens_path, starters):
    import sbdeval
    docs = sbdeval.read_conllu(conllu)
    with open(text_path, encoding="utf-8", newline="") as f:
        text = f.read()
    ends, base = set(), 0
    for d in docs:
        for s in d["sentences"]:
            ends.add(base + sbdeval.trim(d["text"], s)[1])
        base += len(d["text"]) + len(sbdeval.DOC_SEP)
    m = sbdeval.to_py_offsets(text)
    tokens = []
    with open(tokens_path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            tokens.append((m[t["start"]], m[t["end"]], t["kind"]))
    return list(gaps(text, tokens, ends, starters))


def score(w, feats):
    return sum(w.get(f, 0.0) for f in feats)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conllu", required=True)
    ap.add_argument("--text", required=True)
    ap.add_argument("--tokens", required=True)
    ap.add_argument("--eval-conllu")
    ap.add_argument("--eval-text")
    ap.add_argument("--eval-tokens")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--min-weight", type=float, default=0.05)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "boundary-model.txt"))
    ap.add_argument("--tools", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools"),
                    help="directory of the shared sbdeval.py (default ../shared/tools beside the repository)")
    args = ap.parse_args()
    sys.path.insert(0, args.tools)
    here = os.path.dirname(os.path.abspath(__file__))
    starters = {l.strip() for l in open(os.path.join(here, "sentence-starters.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")}
    train = load(args.conllu, args.text, args.tokens, starters)
    print(f"train gaps {len(train)}, boundaries {sum(y for _, y in train)}")
    w, rng = {}, random.Random(1)
    for epoch in range(args.epochs):
        rng.shuffle(train)
        rate = 0.3 / (1 + epoch)
        for feats, y in train:
            z = max(-30.0, min(30.0, score(w, feats)))
            g = rate * ((1.0 if y else 0.0) - 1.0 / (1.0 + math.exp(-z)))
            for f in feats:
                w[f] = w.get(f, 0.0) + g
    kept = {f: v for f, v in w.items() if abs(v) >= args.min_weight or f == ("bias",)}
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Logistic regression over gap features (models/train_boundary_model.py): template value [value] weight\n")
        for k in sorted(kept):
            f.write(" ".join(k) + f" {kept[k]:.4f}\n")
    print(f"features {len(w)}, kept {len(kept)} -> {args.out}")
    if args.eval_conllu:
        dev = load(args.eval_conllu, args.eval_text, args.eval_tokens, starters)
        print(f"eval gaps {len(dev)}, boundaries {sum(y for _, y in dev)}")
        for p in (0.5, 0.6, 0.7, 0.8):
            th = math.log(p / (1 - p))
            tp = sum(1 for feats, y in dev if y and score(kept, feats) > th)
            fp = sum(1 for feats, y in dev if not y and score(kept, feats) > th)
            print(f"  p>{p}: true {tp}, false {fp}")


if __name__ == "__main__":
    main()
