#!/usr/bin/env node
// Writes a small byte-level BPE tokenizer.json that exercises what Qwen's
// file does not: GPT-2's ByteLevel regex (use_regex), merges as ["a","b"]
// pairs, and added tokens with lstrip / rstrip / single_word / normalized.
// Then asks Hugging Face tokenizers for the ids of probe texts.
// Output: tests/data/text/bpe_small/{tokenizer.json,probe_texts.jsonl,probe_ids.jsonl}
'use strict';
const fs = require('fs');
const path = require('path');
const { Tokenizer } = require('tokenizers');

const dir = path.join(__dirname, '..', 'data', 'text', 'bpe_small');
fs.mkdirSync(dir, { recursive: true });

// GPT-2 byte-to-unicode alphabet.
const alphabet = [];
let extra = 256;
for (let b = 0; b < 256; b++) {
  const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  alphabet.push(String.fromCodePoint(printable ? b : extra++));
}
const vocab = {};
alphabet.forEach((ch, i) => { vocab[ch] = i; });
const mapBytes = (s) => Array.from(Buffer.from(s, 'utf8')).map((b) => alphabet[b]).join('');
// Merges in rank order; later merges build on earlier ones.
const mergeWords = [['h', 'e'], ['l', 'l'], ['he', 'll'], ['hell', 'o'], ['Ġ', 'w'], ['o', 'r'], ['Ġw', 'or'],
  ['l', 'd'], ['Ġwor', 'ld'], ['a', 'a'], ['aa', 'a'], ['b', 'c'], ['a', 'b'], [mapBytes('中'), mapBytes('文')].map(String)];
// 中 and 文 are three bytes each: build them from their bytes first.
const merges = [];
for (const ch of ['中', '文']) {
  const m = mapBytes(ch);
  merges.push([m[0], m[1]]);
  merges.push([m[0] + m[1], m[2]]);
}
merges.push(...mergeWords);
for (const [a, b] of merges) if (!(a + b in vocab)) vocab[a + b] = Object.keys(vocab).length;

const added = [
  { id: 1000, content: '<sep>', single_word: false, lstrip: true, rstrip: false, normalized: false, special: true },
  { id: 1001, content: '[R]', single_word: false, lstrip: false, rstrip: true, normalized: false, special: true },
  { id: 1002, content: 'word', single_word: true, lstrip: false, rstrip: false, normalized: true, special: false },
  { id: 1003, content: '<b>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
  { id: 1004, content: '<b><b>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
  { id: 1005, content: 'caf\u00e9', single_word: false, lstrip: false, rstrip: false, normalized: true, special: false },
];
const tokenizer = {
  version: '1.0', truncation: null, padding: null, added_tokens: added,
  normalizer: { type: 'NFC' },
  pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
  post_processor: null,
  decoder: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
  model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null,
    fuse_unk: false, byte_fallback: false, vocab, merges },
};
fs.writeFileSync(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizer, null, 1) + '\n');

const probes = ['hello world', 'hello  world', 'aaaa', 'aaaaa', 'abc', 'bcab', '中文', '中文中', 'x <sep>y', 'x   <sep>y',
  '<sep><sep>', '  <sep>', 'a[R]   b', '[R]\n\nz', 'word', 'a word b', 'words', 'sword', 'word_x', '_word', 'word!',
  'wordword', '<b><b><b>', '<b>x<b>', 'café', 'cafe\u0301', 'cafe\u0301s', "it's hello's", 'x\u0085y', '12345 678',
  'hello\tworld\r\n', '  hello', 'ÿ\u0100', '😀 <b>😀'];
fs.writeFileSync(path.join(dir, 'probe_texts.jsonl'), probes.map((text) => JSON.stringify({ text })).join('\n') + '\n');

(async () => {
  const tok = Tokenizer.fromFile(path.join(dir, 'tokenizer.json'));
  const lines = [];
  for (const text of probes) {
    const enc = await tok.encode(text, null, { addSpecialTokens: false });
    lines.push(JSON.stringify({ ids: enc.getIds() }));
  }
  fs.writeFileSync(path.join(dir, 'probe_ids.jsonl'), lines.join('\n') + '\n');

  // Split behaviours: the same file with its pre-tokenizer replaced by a
  // Split (each behaviour, inverted or not) followed by ByteLevel without regex.
  // Merges "l l" and "a a" cross the split points, so where pieces end shows in the ids.
  const splitProbes = ['hello', 'he-llo', 'hel--lo', '-aa-', 'aa12aa', 'a1-2a', '--', 'x', '1-', 'l-l-l'];
  const variants = [];
  for (const behavior of ['Removed', 'Isolated', 'MergedWithPrevious', 'MergedWithNext', 'Contiguous']) {
    for (const invert of [false, true]) {
      const variant = JSON.parse(JSON.stringify(tokenizer));
      variant.pre_tokenizer = { type: 'Sequence', pretokenizers: [
        { type: 'Split', pattern: { Regex: '[0-9]|-' }, behavior, invert },
        { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false }] };
      const t = Tokenizer.fromString(JSON.stringify(variant));
      for (const text of splitProbes) {
        const enc = await t.encode(text, null, { addSpecialTokens: false });
        variants.push(JSON.stringify({ behavior, invert, text, ids: enc.getIds() }));
      }
    }
  }
  fs.writeFileSync(path.join(dir, 'split_behaviors.jsonl'), variants.join('\n') + '\n');
  console.log(`wrote ${probes.length} probes and ${variants.length} split cases to ${dir}`);
})();
