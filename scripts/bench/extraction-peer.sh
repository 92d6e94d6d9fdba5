#!/usr/bin/env bash
# Scores our HTML extractor and a peer (Mozilla Readability from npm) on the same extraction
# benchmark in one run, both with our implementation of the benchmark's metric (ShingleF1).
#
# Usage: scripts/bench/extraction-peer.sh [CORPUS_DIR]
#   CORPUS_DIR  holds html/ and ground-truth.json (default ../shared/corpora/extraction/zyte-dev)
# Environment:
#   PEER_DIR    where the peer's npm packages live (default ~/.cache/newsframes/peer-readability);
#               installed there on first use, outside the repository
#   OUT_DIR     where predictions are written (default target/bench/extraction)
set -euo pipefail
cd "$(dirname "$0")/../.."

CORPUS="${1:-../shared/corpora/extraction/zyte-dev}"
PEER_DIR="${PEER_DIR:-$HOME/.cache/newsframes/peer-readability}"
OUT_DIR="${OUT_DIR:-target/bench/extraction}"
READABILITY_VERSION=0.6.0
JSDOM_VERSION=29.1.1

if [[ ! -f "$CORPUS/ground-truth.json" || ! -d "$CORPUS/html" ]]; then
  echo "No benchmark at $CORPUS (expected html/ and ground-truth.json)" >&2
  exit 2
fi

if [[ ! -d "$PEER_DIR/node_modules/@mozilla/readability" || ! -d "$PEER_DIR/node_modules/jsdom" ]]; then
  echo "Installing @mozilla/readability@$READABILITY_VERSION and jsdom@$JSDOM_VERSION into $PEER_DIR" >&2
  mkdir -p "$PEER_DIR"
  npm install --prefix "$PEER_DIR" --no-audit --no-fund --silent \
    "@mozilla/readability@$READABILITY_VERSION" "jsdom@$JSDOM_VERSION" >&2
fi

mvn -B -q -o compile >&2
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile=target/bench-classpath.txt >&2
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p "$OUT_DIR"

NODE_PATH="$PEER_DIR/node_modules" node scripts/bench/readability-peer.js \
  "$CORPUS/html" "$CORPUS/ground-truth.json" "$OUT_DIR/readability.json"

java -cp "$CP" dev.newsframes.cli.tooling.EvaluateExtractionCommand --name newsframes \
  --html "$CORPUS/html" --truth "$CORPUS/ground-truth.json" --output "$OUT_DIR/newsframes.json"
java -cp "$CP" dev.newsframes.cli.tooling.EvaluateExtractionCommand --name readability.js \
  --predictions "$OUT_DIR/readability.json" --truth "$CORPUS/ground-truth.json"
