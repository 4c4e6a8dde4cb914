#!/usr/bin/env node
// Loads the char tokenizer.json that Assay's CharTokenizer wrote
// (tests/data/text/char/tokenizer.json, refreshed by running tst_char_tokenizer
// with ASSAY_UPDATE_FIXTURES=1) into Hugging Face tokenizers and writes the
// ids of each probe text, no special tokens added, to probe_ids.jsonl. The
// test checks that Assay's ids equal these, proving the saved file means the
// same thing to Hugging Face.
'use strict';
const fs = require('fs');
const path = require('path');
const { Tokenizer } = require('tokenizers');

const dir = path.join(__dirname, '..', 'data', 'text', 'char');
const texts = fs.readFileSync(path.join(dir, 'probe_texts.jsonl'), 'utf8')
  .split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l).text);

(async () => {
  const tok = Tokenizer.fromFile(path.join(dir, 'tokenizer.json'));
  const lines = [];
  for (const text of texts) {
    const enc = await tok.encode(text, null, { addSpecialTokens: false });
    const ids = enc.getIds();
    const decoded = await tok.decode(ids, false);
    lines.push(JSON.stringify({ ids, decoded }));
  }
  fs.writeFileSync(path.join(dir, 'probe_ids.jsonl'), lines.join('\n') + '\n');
  console.log(`wrote ids of ${texts.length} probe texts; vocab size ${tok.getVocabSize(true)}`);
})();
