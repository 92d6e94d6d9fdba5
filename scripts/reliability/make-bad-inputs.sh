#!/usr/bin/env bash
# Builds the bad-input set of issue 15 (and more) under DIR, one case per folder:
#
#   DIR/<NN-case>/input/     what `ingest -i` is given
#   DIR/<NN-case>/README     one line: "expect: key=value ... | what the case is"
#   DIR/<NN-case>/args       optional extra ingest arguments ({case} = the case folder)
#   DIR/_seed/input/         20 dated articles: check-balance.sh ingests them first into every
#                            case's warehouse, so a run that should leave the warehouse untouched
#                            can be checked
#
#   scripts/reliability/make-bad-inputs.sh DIR [CASE-PATTERN]
#
# Expected accounting keys: records (input records: every one must end as an article, a reject or
# a counted skipped record; A|B when two accountings are acceptable), articles (articles + teasers,
# duplicate copies included), duplicates, rejects, skipped, exit (accepted exit codes), keep=seed
# (the warehouse must be left as it was).
#
# Needs bash, coreutils, gzip, iconv, openssl and python3 (standard library only, for byte-exact
# work on the sample .warc.gz). Gzip bombs are generated streaming; nothing large is written
# uncompressed. BOMB_BYTES sets the decompressed size of the bombs (default 3000000000).
# Deterministic: the same DIR content on every run (random bytes come from a fixed AES-CTR key).
set -euo pipefail

OUT="${1:?usage: make-bad-inputs.sh DIR [CASE-PATTERN]}"
ONLY="${2:-}"
BOMB_BYTES="${BOMB_BYTES:-3000000000}"
WARC_SAMPLE="${WARC_SAMPLE:-$(dirname "$0")/../../../shared/corpora/warc/chatnoir-resiliparse/warcfile.warc.gz}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# --- helpers ------------------------------------------------------------------------------------

# Prose that reads as English news and differs per seed (5-word shingles of two seeds barely
# overlap, so no near-duplicates by accident): prose SEED SENTENCES
prose() {
  awk -v seed="$1" -v n="$2" 'BEGIN {
    srand(seed)
    split("government officials said the new policy would affect companies across the country " \
      "while critics argued that the plan lacked clear rules for safety testing and oversight " \
      "industry leaders warned about competition with rival nations investors welcomed the " \
      "decision analysts expected growth in jobs and research funding regulators will review " \
      "the proposal next month lawmakers debated the budget for public schools hospitals and " \
      "roads residents reported delays after the storm damaged power lines near the river " \
      "the report found that prices rose faster than wages during the second quarter teachers " \
      "unions called for talks farmers asked for support after a dry summer reduced harvests " \
      "engineers tested a prototype battery that charges quickly scientists published results " \
      "from a long study of coastal erosion the mayor promised to open more parks and libraries", w, " ")
    nw = length(w)
    for (s = 0; s < n; s++) {
      len = 9 + int(rand() * 8)
      line = ""
      for (i = 0; i < len; i++) {
        word = w[1 + int(rand() * nw)]
        if (i == 0) word = toupper(substr(word, 1, 1)) substr(word, 2)
        line = line (i ? " " : "") word
      }
      printf "%s%s.", (s ? " " : ""), line
    }
    printf "\n"
  }'
}

# A plain-text page: a title line, a blank line, a paragraph of prose.
page() { # page SEED
  printf 'Report %s on policy and the economy\n\n%s' "$1" "$(prose "$1" 8)"
}

# One JSON Lines record (prose needs no JSON escaping).
jrec() { # jrec SEED [DATE]
  printf '{"title":"Record %s on policy","text":"%s","date":"%s","url":"https://example.com/news/%s"}\n' \
    "$1" "$(prose "$1" 8)" "${2:-2024-03-05}" "$1"
}

# One CSV row for the header title,text,date,url.
crow() { # crow SEED
  printf '"Row %s on policy","%s",2024-03-05,https://example.com/csv/%s\n' "$1" "$(prose "$1" 8)" "$1"
}

# A simple HTML news page.
html() { # html SEED
  printf '<!doctype html><html><head><meta charset="utf-8"><title>Story %s</title></head><body><article><h1>Story %s on policy</h1><p>%s</p><p>%s</p></article></body></html>\n' \
    "$1" "$1" "$(prose "$1" 5)" "$(prose "$(($1 + 5000))" 5)"
}

# A WARC response record whose HTTP block is stdin; CL overrides the Content-Length header.
warc_response() { # warc_response URI N [CONTENT-LENGTH]
  local block len
  block="$(mktemp)"
  { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat; } > "$block"
  len="$(wc -c < "$block")"
  printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n' "$2"
  printf 'WARC-Date: 2024-03-05T12:00:00Z\r\nWARC-Target-URI: %s\r\n' "$1"
  printf 'Content-Type: application/http; msgtype=response\r\nContent-Length: %s\r\n\r\n' "${3:-$len}"
  cat "$block"
  printf '\r\n\r\n'
  rm -f "$block"
}

# A line repeated N times (yes dies of SIGPIPE when head has enough: not an error here).
repeat_line() { # repeat_line TEXT N
  { yes "$1" | head -n "$2"; } || true
}

# Deterministic pseudo-random bytes.
random_bytes() { # random_bytes N KEY-HEX
  { openssl enc -aes-128-ctr -K "$2" -iv 00000000000000000000000000000000 -nosalt \
    -in /dev/zero 2>/dev/null | head -c "$1"; } || true
}

# A run of one repeated byte, streamed (never held in memory or on disk).
repeat_a() { # repeat_a BYTES
  head -c "$1" /dev/zero | tr '\0' a
}

new_case() { # new_case NAME "expect: ... | description" ; sets C (case dir) and I (input dir)
  C="$OUT/$1"
  I="$C/input"
  rm -rf "$C"
  mkdir -p "$I"
  printf '%s\n' "$2" > "$C/README"
}

want() { [[ -z "$ONLY" || "$1" == *$ONLY* ]]; }

# --- the seed warehouse content -------------------------------------------------------------------

if want _seed; then
  new_case _seed "expect: records=20 articles=20 exit=0 | 20 dated JSON Lines records (2024-03-04..06) ingested into every case's warehouse first"
  for i in $(seq 1 20); do jrec "$((900 + i))" "2024-03-0$((4 + i % 3))"; done > "$I/seed.jsonl"
fi

# --- issue 15 item 1: an empty input wipes the warehouse -----------------------------------------

if want 01-empty-dir; then
  new_case 01-empty-dir "expect: records=0 exit=2 keep=seed | an empty input folder: exit 2 with a message, the seed warehouse untouched (item 1)"
fi

if want 02-only-hidden; then
  new_case 02-only-hidden "expect: records=0 exit=2 keep=seed | only hidden, _-prefixed and paperwork files (.hidden.txt, _SUCCESS, _tmp/, .git/, LICENSE): nothing to ingest, exit 2, warehouse untouched (item 1)"
  page 1 > "$I/.hidden.txt"
  : > "$I/_SUCCESS"
  mkdir -p "$I/_tmp" "$I/.git"
  page 2 > "$I/_tmp/page.txt"
  printf '[core]\n' > "$I/.git/config"
  printf 'CC-BY\n' > "$I/LICENSE"
fi

if want 03-empty-dir-window; then
  new_case 03-empty-dir-window "expect: records=0 exit=2 keep=seed | an empty input folder in a scheduled window run (--date 2024-03-05): exit 2, the window's partition of the seed kept (item 1, replacePartitions)"
  printf -- '--date 2024-03-05\n' > "$C/args"
fi

# --- item 3: JSON Lines and CSV bombs, a 43 MB JSON line ------------------------------------------

if want 04-jsonl-gzip-bomb; then
  new_case 04-jsonl-gzip-bomb "expect: records=3 articles=2 rejects=1 exit=0 | bomb.jsonl.gz (about 3 MB, one ${BOMB_BYTES}-byte line) beside good.jsonl (2 records): the bomb line one too_large reject, the batch kept (item 3)"
  { printf '{"title":"Bomb","url":"https://example.com/bomb","text":"'; repeat_a "$BOMB_BYTES"; printf '"}\n'; } |
    gzip -9 > "$I/bomb.jsonl.gz"
  { jrec 41; jrec 42; } > "$I/good.jsonl"
fi

if want 05-csv-gzip-bomb; then
  new_case 05-csv-gzip-bomb "expect: records=3 articles=2 rejects=1 exit=0 | bomb.csv.gz (about 3 MB, one row with a ${BOMB_BYTES}-byte quoted field) beside good.csv (2 rows): one too_large reject, the batch kept (item 3)"
  { printf 'title,text,date,url\n"Bomb row","'; repeat_a "$BOMB_BYTES"; printf '",2024-03-05,https://example.com/bomb\n'; } |
    gzip -9 > "$I/bomb.csv.gz"
  { printf 'title,text,date,url\n'; crow 51; crow 52; } > "$I/good.csv"
fi

if want 06-json-43mb-line; then
  new_case 06-json-43mb-line "expect: records=2 articles=2 rejects=0 exit=0 | big.jsonl: one valid 43 MB JSON line (a long text) and one normal line; the big one an article (or a too_large reject), never 'not valid JSON' (item 3)"
  para="$(prose 61 12) "
  reps=$(( 43000000 / ${#para} + 1 ))
  { printf '{"title":"A very long record","url":"https://example.com/long","date":"2024-03-05","text":"'
    repeat_line "$para" "$reps" | tr -d '\n'
    printf '"}\n'
    jrec 62; } > "$I/big.jsonl"
fi

# --- item 4: hangs ---------------------------------------------------------------------------------

if want 07-symlink-loop; then
  new_case 07-symlink-loop "expect: records=1 articles=1 exit=0 | page.txt plus sub/up1 -> .. and sub/up2 -> .. (a branching symlink loop): read once, loop detected and reported, no hang (item 4)"
  page 71 > "$I/page.txt"
  mkdir -p "$I/sub"
  ln -s .. "$I/sub/up1"
  ln -s .. "$I/sub/up2"
fi

if want 08-self-link; then
  new_case 08-self-link "expect: records=2 articles=2 duplicates=0 exit=0 | two pages and self -> . : each page read once, not 41 times (item 4)"
  page 81 > "$I/a.txt"
  page 82 > "$I/b.txt"
  ln -s . "$I/self"
fi

if want 09-fifo; then
  new_case 09-fifo "expect: records=2 articles=1 rejects=1 exit=0 | page.txt and a FIFO named pipe.txt: the FIFO is not a regular file and is reported (reject), no hang (item 4)"
  page 91 > "$I/page.txt"
  mkfifo "$I/pipe.txt"
fi

# --- item 6: the balance does not balance ---------------------------------------------------------

if want 10-warc-length-past-eof; then
  new_case 10-warc-length-past-eof "expect: records=2 articles=1|2 rejects=1|0 exit=0 | two WARC responses, the second declaring a Content-Length 100000 bytes past the end of the file: it is an article (kept truncated) or a reject, not both (item 6)"
  { html 101 | warc_response https://example.com/warc/101 1
    html 102 | warc_response https://example.com/warc/102 2 999999; } > "$I/past-eof.warc"
  # fix the second record's Content-Length to its real length + 100000
  python3 - "$I/past-eof.warc" <<'EOF'
import re, sys
p = sys.argv[1]
data = open(p, 'rb').read()
second = data.index(b'WARC/1.0\r\n', 10)
head_end = data.index(b'\r\n\r\n', second) + 4
real = len(data) - head_end - 4  # block, then the record's closing CRLF CRLF
data = data[:second] + data[second:head_end].replace(b'Content-Length: 999999', b'Content-Length: %d' % (real + 100000)) + data[head_end:]
open(p, 'wb').write(data)
EOF
fi

if want 11-warc-negative-length; then
  new_case 11-warc-negative-length "expect: records=2 articles=1 rejects=1 exit=0 | a valid WARC response, then one with Content-Length: -5 (the last record): one article, one reject, nothing skipped (item 6)"
  { html 111 | warc_response https://example.com/warc/111 1
    html 112 | warc_response https://example.com/warc/112 2 -5; } > "$I/negative.warc"
fi

if want 12-utf16-jsonl-line; then
  new_case 12-utf16-jsonl-line "expect: records=3 articles=2|3 rejects=1|0 exit=0 | mixed.jsonl: a UTF-8 line, a UTF-16LE line (its newline is 0A 00), a UTF-8 line: the UTF-16 line is one record (one bad_encoding reject, or decoded), not two (item 6)"
  { jrec 121; jrec 122 | iconv -f UTF-8 -t UTF-16LE; jrec 123; } > "$I/mixed.jsonl"
fi

if want 13-warc-gz-corrupt-member; then
  new_case 13-warc-gz-corrupt-member "expect: records=50 exit=0|3 | the 50-record chatnoir sample .warc.gz with the deflate data of member 12 (a response at byte 38503) overwritten: that record one reject, the 38 records after it read as in 14-warc-gz-original (item 6)"
  python3 - "$WARC_SAMPLE" "$I/corrupt-member.warc.gz" <<'EOF'
import sys, zlib
src, dst = sys.argv[1], sys.argv[2]
data = bytearray(open(src, 'rb').read())
starts, pos = [], 0
while pos < len(data):
    d = zlib.decompressobj(31)
    d.decompress(bytes(data[pos:]))
    starts.append(pos)
    pos = len(data) - len(d.unused_data)
assert len(starts) == 50, len(starts)
member = starts[11]           # the 12th member: a response record
assert member == 38503, member
for i in range(member + 1000, member + 1064):
    data[i] = 0xFF            # inside the deflate stream: invalid blocks or a CRC error
open(dst, 'wb').write(data)
EOF
fi

if want 14-warc-gz-original; then
  new_case 14-warc-gz-original "expect: records=50 exit=0|3 | control: the untouched 50-record chatnoir sample .warc.gz (1 warcinfo, 17 request, 16 response, 16 metadata)"
  cp "$WARC_SAMPLE" "$I/original.warc.gz"
  chmod u+w "$I/original.warc.gz"
fi

if want 15-csv-unterminated-quote; then
  new_case 15-csv-unterminated-quote "expect: records=5 articles=4 rejects=1 exit=0 | rows.csv: a row, a row whose quote never closes, then three more rows: one reject, the three rows after it are not lost uncounted (item 6)"
  { printf 'title,text,date,url\n'; crow 151
    printf '"Row 152 broken,%s,2024-03-05,https://example.com/csv/152\n' "$(prose 152 8)"
    crow 153; crow 154; crow 155; } > "$I/rows.csv"
fi

if want 16-csv-extra-columns; then
  new_case 16-csv-extra-columns "expect: records=3 articles=1 rejects=2 exit=3 | cols.csv with 4 header columns: one good row and two rows with 6 cells (cells shifted): the two are malformed_record rejects, not silent articles (item 6)"
  { printf 'title,text,date,url\n'; crow 161
    printf '"Row 162","%s",2024-03-05,https://example.com/csv/162,extra,cells\n' "$(prose 162 8)"
    printf '"Row 163",oops,"%s",2024-03-05,https://example.com/csv/163,x\n' "$(prose 163 8)"; } > "$I/cols.csv"
fi

# --- item 7: silent drops and garbage ---------------------------------------------------------------

if want 17-non-utf8-name; then
  new_case 17-non-utf8-name "expect: records=2 articles=1|2 rejects=1|0 exit=0 | good.txt and a page whose file name is Latin-1 bytes (caf\\xe9.txt, not valid UTF-8): both accounted for, the odd name an article or a reject naming it (item 7)"
  page 171 > "$I/good.txt"
  page 172 > "$I/$(printf 'caf\xe9.txt')"
fi

if want 18-colon-name; then
  new_case 18-colon-name "expect: records=2 articles=2 exit=0 | good.txt and a:b.txt (a colon in the name, legal on Linux): both articles, no Hadoop URI error (item 7)"
  page 181 > "$I/good.txt"
  page 182 > "$I/a:b.txt"
fi

if want 19-manifest-problems; then
  new_case 19-manifest-problems "expect: records=6 articles=2 rejects=4 exit=0 | two pages with a manifest (--manifest) holding a conflicting duplicate row, a row for a missing file, a bad url and date, and a broken (unterminated-quote) line: 2 articles and the 4 manifest problems reported as rejects (item 7)"
  mkdir -p "$I/pages"
  page 191 > "$I/pages/a.txt"
  page 192 > "$I/pages/b.txt"
  { printf 'file,url,title,date\n'
    printf 'pages/a.txt,https://example.com/a,Title A,2024-03-05\n'
    printf 'pages/a.txt,https://example.com/other-a,A conflicting title,2021-01-01\n'
    printf 'pages/missing.txt,https://example.com/missing,Missing page,2024-03-05\n'
    printf 'pages/b.txt,not a url,Title B,2024-13-45\n'
    printf '"pages/c.txt,https://example.com/c,Broken quote,2024-03-05\n'; } > "$C/manifest.csv"
  printf -- '--manifest {case}/manifest.csv\n' > "$C/args"
fi

if want 20-random-bytes-html; then
  new_case 20-random-bytes-html "expect: records=1 rejects=1 exit=3 | 20 KB of random bytes named page.html: one binary reject, not an article in some language (item 7)"
  random_bytes 20480 0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f15 > "$I/page.html"
fi

# --- more: compression, encodings, sizes ---------------------------------------------------------------

if want 21-zero-byte-gz; then
  new_case 21-zero-byte-gz "expect: records=2 rejects=2 exit=3 | empty.txt.gz (0 bytes) and nothing.jsonl.gz (a valid gzip of nothing): two rejects (empty or truncated_gzip)"
  : > "$I/empty.txt.gz"
  printf '' | gzip -9 > "$I/nothing.jsonl.gz"
fi

if want 22-truncated-gz; then
  new_case 22-truncated-gz "expect: records=2 rejects=2 exit=3 | page.txt.gz and page.html.gz cut to half their compressed size: two truncated_gzip rejects"
  { page 221; prose 2210 40; } | gzip -9 > "$C/full.gz"
  head -c "$(( $(wc -c < "$C/full.gz") / 2 ))" "$C/full.gz" > "$I/page.txt.gz"
  { html 222; html 2220; } | gzip -9 > "$C/full.gz"
  head -c "$(( $(wc -c < "$C/full.gz") / 2 ))" "$C/full.gz" > "$I/page.html.gz"
  rm -f "$C/full.gz"
fi

if want 23-binary-in-txt; then
  new_case 23-binary-in-txt "expect: records=2 rejects=2 exit=3 | an ELF executable and a PNG-headed blob, both named .txt: two binary rejects"
  cp /bin/true "$I/notes.txt"
  chmod 644 "$I/notes.txt"
  { printf '\x89PNG\r\n\x1a\n'; random_bytes 8192 0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f23; } > "$I/image.txt"
fi

if want 24-boms; then
  new_case 24-boms "expect: records=5 articles=5 exit=0 | a UTF-8 BOM before a page (.txt), a JSON Lines file (2 lines) and a CSV header (2 rows): 5 articles with their titles and dates mapped (the BOM must not rename the first column)"
  { printf '\xef\xbb\xbf'; page 241; } > "$I/bom-page.txt"
  { printf '\xef\xbb\xbf'; jrec 242; jrec 243; } > "$I/bom.jsonl"
  { printf '\xef\xbb\xbftitle,text,date,url\n'; crow 244; crow 245; } > "$I/bom.csv"
fi

if want 25-very-long-lines; then
  new_case 25-very-long-lines "expect: records=3 articles=3 duplicates=2 exit=0 | one-line.txt (a 5 MB single-line page), long.jsonl (one 10 MB line), long.csv (one 25 MB field), all three the same repeated paragraph: three articles (two of them near-duplicate copies), in bounded time"
  para="$(prose 251 12) "
  { printf 'A page on one very long line. '; repeat_line "$para" $(( 5000000 / ${#para} )) | tr -d '\n'; printf '\n'; } > "$I/one-line.txt"
  { printf '{"title":"Ten megabytes","url":"https://example.com/ten","text":"'
    repeat_line "$para" $(( 10000000 / ${#para} )) | tr -d '\n'; printf '"}\n'; } > "$I/long.jsonl"
  { printf 'title,text,date,url\n"A long field","'
    repeat_line "$para" $(( 25000000 / ${#para} )) | tr -d '\n'; printf '",2024-03-05,https://example.com/csv/long\n'; } > "$I/long.csv"
fi

if want 26-deep-json; then
  new_case 26-deep-json "expect: records=3 articles=1 rejects=2 exit=3 | deep.jsonl: a line nesting 100,000 arrays and a normal line; deep.json: a document nesting 100,000 objects: two malformed_record rejects, one article, no StackOverflowError"
  deep_open="$(printf '%*s' 100000 '' | tr ' ' '[')"
  deep_close="$(printf '%*s' 100000 '' | tr ' ' ']')"
  { printf '{"title":"Deep","text":"%s","x":%s%s}\n' "$(prose 261 8)" "$deep_open" "$deep_close"; jrec 262; } > "$I/deep.jsonl"
  { printf '{"title":"Deep doc","text":"%s","x":' "$(prose 263 8)"
    for _ in $(seq 1 100); do printf '%*s' 1000 '' | sed 's/ /{"a":/g'; done
    printf '1'; printf '%*s' 100000 '' | tr ' ' '}'; printf '}\n'; } > "$I/deep.json"
fi

if want 27-nul-bytes; then
  new_case 27-nul-bytes "expect: records=3 articles=1|2 rejects=2|1 exit=0|3 | a page with NUL bytes between sentences (.txt), a JSON line with raw NULs in a string (invalid JSON) and one with \\u0000 escapes (valid): the raw-NUL line a reject, the escaped one an article, the page a binary reject or an article"
  page 271 | tr '.' '\000' > "$I/nul-page.txt"
  { jrec 272 | tr '.' '\000'; jrec 273 | sed 's/\. /.\\u0000 /g'; } > "$I/nul.jsonl"
fi

if want 28-html-gzip-bomb; then
  new_case 28-html-gzip-bomb "expect: records=1 rejects=1 exit=3 | control (the issue says page bombs held): page.html.gz of about 3 MB expanding to ${BOMB_BYTES} bytes: one too_large reject, read no further than --max-file-size"
  { printf '<!doctype html><html><head><title>Bomb</title></head><body><p>'; repeat_a "$BOMB_BYTES"; printf '</p></body></html>\n'; } |
    gzip -9 > "$I/page.html.gz"
fi

if want 29-dangling-symlinks; then
  new_case 29-dangling-symlinks "expect: records=4 articles=1 rejects=3 exit=3 | page.txt, gone.txt -> a missing file, loop-a.txt <-> loop-b.txt (links to each other): three unreadable names reported, not silently dropped"
  page 291 > "$I/page.txt"
  ln -s does-not-exist.txt "$I/gone.txt"
  ln -s loop-b.txt "$I/loop-a.txt"
  ln -s loop-a.txt "$I/loop-b.txt"
fi

if want 30-good-control; then
  new_case 30-good-control "expect: records=5 articles=5 duplicates=1 rejects=0 exit=0 | control: two pages, an exact copy of one, an HTML page and a JSON Lines record: 5 articles, 1 of them a duplicate"
  page 301 > "$I/a.txt"
  page 302 > "$I/b.txt"
  page 301 > "$I/a-copy.txt"
  html 303 > "$I/c.html"
  jrec 304 > "$I/d.jsonl"
fi

if want 31-empty-records; then
  new_case 31-empty-records "expect: records=3 rejects=3 exit=3 | header-only.csv, empty-array.json ([]), blank.jsonl (only blank lines): three empty rejects"
  printf 'title,text,date,url\n' > "$I/header-only.csv"
  printf '[]\n' > "$I/empty-array.json"
  printf '\n\n   \n' > "$I/blank.jsonl"
fi

if want 32-utf16-bom-jsonl; then
  new_case 32-utf16-bom-jsonl "expect: records=2|1 articles=2|0 rejects=0|1 exit=0|3 | utf16.jsonl: a whole file in UTF-16LE with a BOM, 2 lines: decoded by its BOM (2 articles) or one bad_encoding reject for the file, not one reject per fragment"
  { printf '\xff\xfe'; { jrec 321; jrec 322; } | iconv -f UTF-8 -t UTF-16LE; } > "$I/utf16.jsonl"
fi

echo "bad inputs under $OUT:"
for d in "$OUT"/*/; do
  printf '  %-28s %8s  %s\n' "$(basename "$d")" "$(du -sh --apparent-size "$d" 2>/dev/null | cut -f1)" \
    "$(cut -c1-90 "$d/README")"
done
