#!/usr/bin/env python3
"""Chooses the bundled sample from the White House AI/technology documents (public domain).

Stratified by month, so nearly every month of 2021-2026 has coverage, and by length, so the first
run stays within about 5 minutes on 2 cores: per month, the 7 shortest documents of 150 to 900
words (172 documents in 58 months, 85k words; 1,200 words gave 215 documents, 130k words and
a 7-minute first run on a loaded machine; 1,600 words gave 258). Frames play no part in the
choice. One JSON Lines file per year, so ingest reads them in parallel.

    scripts/sample/select.py ../shared/corpora/sample/whitehouse-ai-tech.jsonl \
        notebooks-data/input/whitehouse-ai-tech
"""
import collections
import json
import sys

MIN_WORDS, MAX_WORDS, PER_MONTH = 150, 900, 7


def main(path, out_dir):
    by_month = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            words = len(doc["text"].split())
            if MIN_WORDS <= words <= MAX_WORDS:
                by_month[doc["date"][:7]].append((words, doc["id"], line))
    chosen = []
    for month in sorted(by_month):
        chosen += sorted(by_month[month])[:PER_MONTH]
    chosen.sort(key=lambda c: json.loads(c[2])["date"] + c[1])
    by_year = collections.defaultdict(list)
    for _, _, line in chosen:
        by_year[json.loads(line)["date"][:4]].append(line if line.endswith("\n") else line + "\n")
    for year, lines in sorted(by_year.items()):
        with open(f"{out_dir}/{year}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(lines)
    print(f"{len(chosen)} documents from {len(by_month)} months", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
