#!/usr/bin/env node
// Peer extractor for the extraction benchmark: Mozilla Readability over jsdom, as the
// article-extraction benchmark runs it (textContent of the parsed article, UTF-8 input).
// Usage: node readability-peer.js HTML_DIR GROUND_TRUTH_JSON OUTPUT_JSON
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');

const [htmlDir, truthFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: readability-peer.js HTML_DIR GROUND_TRUTH_JSON OUTPUT_JSON');
  process.exit(2);
}
const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
const quiet = new VirtualConsole(); // page scripts never run; their CSS errors are noise
const output = {};
const start = Date.now();
for (const name of fs.readdirSync(htmlDir).sort()) {
  const m = name.match(/^(.*?)\.html?(\.gz)?$/i);
  if (!m) continue;
  let bytes = fs.readFileSync(path.join(htmlDir, name));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
  const id = m[1];
  const url = (truth[id] && truth[id].url) || 'https://example.com/';
  let text = '';
  try {
    const dom = new JSDOM(bytes.toString('utf8'), { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    console.error(`readability failed on ${name}: ${e.message}`);
  }
  output[id] = { articleBody: text };
}
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(output, null, 2));
console.error(`readability: ${Object.keys(output).length} pages in ${((Date.now() - start) / 1000).toFixed(1)} s`);
