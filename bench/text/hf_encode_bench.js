#!/usr/bin/env node
// Hugging Face tokenizers (npm `tokenizers`, Rust, batch encode on all cores)
// on the same corpus and tokenizer.json as bench_tokenizer. Prints one line of
// JSON: {"engine","mb","seconds","tokens","checksum"}.
//   node hf_encode_bench.js TOKENIZER_JSON CORPUS.jsonl
'use strict';
const fs = require('fs');
const path = require('path');
const { Tokenizer } = require(path.join(__dirname, '..', '..', 'tests', 'npm', 'node_modules', 'tokenizers'));

const [tokenizerPath, corpusPath] = process.argv.slice(2);
const texts = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const tok = Tokenizer.fromFile(tokenizerPath);
const BATCH = 8192;

(async () => {
  const start = process.hrtime.bigint();
  let tokens = 0, checksum = 0;
  for (let i = 0; i < texts.length; i += BATCH) {
    const encodings = await tok.encodeBatch(texts.slice(i, i + BATCH), { addSpecialTokens: false });
    for (const e of encodings) {
      const ids = e.getIds();
      tokens += ids.length;
      for (const id of ids) checksum = (checksum * 31 + id) % 1000000007;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ engine: 'hf-tokenizers', mb: bytes / 1048576, seconds, tokens, checksum }));
})();
