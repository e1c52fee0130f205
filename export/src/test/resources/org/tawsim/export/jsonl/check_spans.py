"""Prints what Python's text[start:end] gives for every span of a Tawsim JSONL file.

Usage: python3 check_spans.py FLAVOUR FILE, FLAVOUR one of native, spacy, doccano, doccano-relations.
Prints one JSON array [kind, label, covered text] per span; exits 1 with a message when a file is
inconsistent (a spaCy span whose offsets disagree with its tokens, a token whose text differs from
its slice). Standard library only.
"""
import json
import sys


def main(flavour, path):
    out = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            doc = json.loads(line)
            text = doc["text"]
            if flavour == "native":
                for t in doc.get("tokens", []):
                    out.append(["token", "", text[t["start"]:t["end"]]])
                for e in doc.get("entities", []):
                    out.append(["entity", e["type"], text[e["start"]:e["end"]]])
                for q in doc.get("quotes", []):
                    out.append(["quote", q["kind"], text[q["start"]:q["end"]]])
            elif flavour == "spacy":
                tokens = doc["tokens"]
                for t in tokens:
                    if text[t["start"]:t["end"]] != t["text"]:
                        sys.exit(f"line {number}: token {t} is not text[start:end]")
                    out.append(["token", "", t["text"]])
                for s in doc["spans"]:
                    first, last = tokens[s["token_start"]], tokens[s["token_end"]]
                    if (first["start"], last["end"]) != (s["start"], s["end"]):
                        sys.exit(f"line {number}: span {s} disagrees with its tokens")
                    out.append(["entity", s["label"], text[s["start"]:s["end"]]])
                for q in doc.get("quotes", []):
                    out.append(["quote", q["kind"], text[q["start"]:q["end"]]])
                for r in doc.get("relations", []):
                    c = r["child_span"]
                    out.append([r["label"].lower(), "", text[c["start"]:c["end"]]])
            elif flavour == "doccano":
                for start, end, label in doc["label"]:
                    out.append(["entity", label, text[start:end]])
            elif flavour == "doccano-relations":
                for e in doc["entities"]:
                    out.append(["entity", e["label"], text[e["start_offset"]:e["end_offset"]]])
            else:
                sys.exit(f"unknown flavour {flavour}")
    for item in out:
        print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
