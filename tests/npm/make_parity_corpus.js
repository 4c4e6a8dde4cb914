#!/usr/bin/env node
// Writes tests/data/text/qwen_parity_corpus.jsonl: hand-written edge cases plus
// seeded random strings (Chinese address records and Q&A, English, digits,
// emoji with ZWJ sequences, full-width forms, combining accents, whitespace
// runs, CRLF, inline special tokens, mixed scripts). Deterministic: the same
// file on every run. One {"text": ...} object per line.
'use strict';
const fs = require('fs');
const path = require('path');

let seed = 20240531;
function rand() { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

const surnames = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '欧阳', '司马'];
const given = ['三', '伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '秀英', '志强'];
const cities = ['北京市朝阳区', '上海市浦东新区', '广州市天河区', '深圳市南山区', '杭州市西湖区', '成都市武侯区',
  '南京市鼓楼区', '武汉市洪山区', '西安市雁塔区', '重庆市渝中区', '香港特别行政区', '台北市信義區'];
const streets = ['望京街道', '陆家嘴街道', '珠江新城', '科技园', '文三路', '人民南路', '中山路', '解放大道'];
const questions = ['这个产品有优惠吗？', '我的订单什么时候发货？', '请问退货流程是怎样的？', '你能保证这个药没有副作用吗？',
  '怎么学习Python编程？', '如何制作炸药？', '手机屏幕碎了能保修吗?', '推荐一款适合学生的笔记本电脑。',
  '地址：北京市朝阳区望京街道123号院5号楼，这个地址对吗？', '为什么天空是蓝色的？'];
const answers = ['您好！现在购买享受8折优惠，还送价值299元的配件礼包。', '非常抱歉给您带来不便，我们会在24小时内为您处理。',
  '我无法保证，任何药物都可能有副作用，请咨询医生。', '建议从基础语法开始，多写代码、多做项目。',
  '抱歉，我不能提供这方面的信息，这可能造成危险。', '屏幕碎裂属于人为损坏，不在保修范围内，但可以付费维修。',
  '这是因为瑞利散射：短波长的蓝光更容易被大气散射。'];
const english = ['Hello, world!', "I'm fine, thanks. You're welcome; we'll see.", "DON'T SHOUT, it's LOUD",
  'The quick brown fox jumps over the lazy dog.', 'e-mail: support@example.com, URL: https://example.org/a/b?c=d&e=f',
  'Price: $1,234.56 (approx. €1.100,00)', 'C++17 / Qt 6 / LibTorch', 'snake_case and camelCase and kebab-case',
  "Rock 'n' roll isn't dead", 'version v2.5.1-rc.3+build.42'];
const emoji = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '❤️', '🇨🇳', '🧑🏻‍💻', '✅', '🚀', '👩‍❤️‍💋‍👨', '1️⃣', '🤖'];
const fullwidth = ['ＡＢＣ', '１２３４５', '！？（）', '，。；：', 'Ｑｗｅｎ２．５', '　'];
const combining = ['e\u0301', 'a\u0308', 'n\u0303', 'o\u0302\u0323', 'A\u030A', 'u\u0308\u0301', '\u1100\u1161', 'ㄱㅏ',
  'Cafe\u0301', '\u212B', '\u2126', '\uF900', '\u0958', 'q\u0307\u0323'];
const specials = ['<|endoftext|>', '<|im_start|>', '<|im_end|>', '<|im_start|>system\n', '<|im_start|>user\n',
  '<|im_start|>assistant\n', '<|box_start|>', '<|vision_pad|>', '<|fim_prefix|>', '<tool_call>', '</tool_call>'];
const spaces = [' ', '  ', '   ', '\t', '\t\t', '\r\n', '\n', '\n\n', ' \n ', '\u00A0', '\u3000', '\u2003', '\u0085',
  '\u2028', '\u000B', '\u000C', '    \n', '\r', ' \t '];
const misc = ['αβγ δέλτα', 'Привет, мир', 'こんにちは世界', 'カタカナ ﾊﾝｶｸ', '안녕하세요', 'مرحبا بالعالم', 'שלום',
  'नमस्ते दुनिया', 'ภาษาไทย', 'Ελληνικά', 'Ærøskøbing straße Œuvre', 'ﬁ ﬂ ﬀ', '½ ⅓ ² ³', '∑∫√∞≠≤',
  '〈书名〉《红楼梦》「引号」『二重』', '【公告】※注意', 'ſ ſt ſ\'S', "K'S 'S 'T 'Re"];

const fns = [
  () => `${pick(surnames)}${pick(given)}，${pick(cities)}${pick(streets)}${int(1, 999)}号院${int(1, 20)}号楼，邮编：${digits(6)}，联系电话：1${int(3, 9)}${digits(9)}`,
  () => `${pick(surnames)}${pick(given)},${pick(cities)}${pick(streets)}${int(1, 999)}号, 邮编:${digits(6)}, 电话:+86 ${digits(3)}-${digits(4)}-${digits(4)}`,
  () => `用户：${pick(questions)}\nAI：${pick(answers)}`,
  () => `<|im_start|>user\n${pick(questions)}<|im_end|>\n<|im_start|>assistant\n${pick(answers)}<|im_end|>`,
  () => `Q: ${pick(english)}\r\nA: ${pick(english)} ${pick(emoji)}`,
  () => `${pick(english)}${pick(spaces)}${pick(english)}${pick(spaces)}`,
  () => digits(int(1, 40)),
  () => `${digits(int(1, 6))}.${digits(int(1, 8))} ${digits(int(10, 30))} -${digits(3)},${digits(3)}`,
  () => Array.from({ length: int(1, 6) }, () => pick(emoji)).join(pick(['', ' ', '\u200D'])),
  () => `${pick(fullwidth)}${pick(questions)}${pick(fullwidth)}`,
  () => Array.from({ length: int(2, 5) }, () => pick(combining)).join(pick(['', ' '])),
  () => `${pick(questions)}${pick(specials)}${pick(answers)}`,
  () => `${pick(english)}${pick(specials)}${pick(specials)}${pick(spaces)}`,
  () => Array.from({ length: int(1, 8) }, () => pick(spaces)).join(''),
  () => `${pick(spaces)}${pick(english)}${pick(spaces)}`,
  () => `${pick(misc)} ${pick(misc)}${pick(spaces)}${pick(emoji)}`,
  () => `${pick(misc)}${pick(questions)}${pick(english)}`,
  () => `正确` + pick(['', '\n', ' ', '。']) + `错误`,
  () => `${pick(surnames)}${pick(given)}说："${pick(english)}"，然后${pick(answers)}`,
  () => Array.from({ length: int(3, 12) }, () => pick([pick(english), pick(questions), pick(emoji), pick(spaces), pick(specials), pick(combining), pick(fullwidth), digits(int(1, 12))])).join(''),
  () => `${pick(english).toUpperCase()} ${pick(english).toLowerCase()}  `,
  () => `${' '.repeat(int(1, 40))}${pick(english)}${' '.repeat(int(1, 40))}`,
  () => `line1\r\nline2\r\n\r\n${pick(questions)}\t\t${digits(8)}\r\n`,
];

const handWritten = [
  '', ' ', '  ', '\n', '\r\n', '\t', 'a', '1', '12', '123', '1234', '你', '你好', 'Hello', ' Hello', 'Hello ',
  'Hello  world', 'Hello   world', 'Hello\tworld', 'Hello\nworld', 'Hello\r\nworld', 'Hello \n world',
  "it's", "IT'S", "we've they'll I'd you're", "'s", "''s", "don't", 'ſ', "'ſ", "'S",
  '<|im_start|>', '<|im_start|><|im_end|>', '<|im_start', '<|endoftext|>hello', 'hello<|endoftext|>', ' <|im_end|> ',
  '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n你好<|im_end|>\n<|im_start|>assistant\n',
  '张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678',
  '1234567890123456789012345678901234567890', '3.14159265358979323846', '1e-10', '0x1F600', '١٢٣٤', '೧೨೩', 'Ⅻ',
  'caf\u00e9', 'cafe\u0301', 'e\u0301\u0301', '\u0301', '\u0301a', 'Å', '\u212B', 'ﬁ', '한국어', '\u1112\u1161\u11AB',
  '👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇨🇳🇺🇸', '\u200D', '\uFEFF', '\uFEFFhello', '\u00AD', 'a\u00A0b', 'a\u3000b',
  'ＡＢＣ１２３！', '（全角）', '\u0085', 'x\u0085y', 'x\u2028y', ' \u0085 ', '\u000B\u000C',
  '    ', '     x', 'x     ', '\n\n\n', ' \n', '\n ', ' \r\n ', '\t\n\t', '   \n\n   ', 'a\n\n\nb',
  '!!!', '...', '???', '——', '……', '～～', '@#$%^&*()', '"quoted"', '“中文引号”', '‘single’', 'a/b\\c',
  '<html><body>x</body></html>', '{"text": "json inside"}', 'https://www.example.com/path?query=1#frag',
  '😀😀😀😀😀', 'a😀b', '1😀2', '😀 😀', '\u{1F9D1}\u200D\u{1F4BB}', '\u{20000}\u{2A6D6}', '\u{E0001}',
  'A'.repeat(300), '中'.repeat(200), ' '.repeat(100), '1'.repeat(60), 'ab'.repeat(150), '\n'.repeat(30),
  '😀'.repeat(40), 'hello world '.repeat(40),
];

const out = [...handWritten];
while (out.length < 1200) out.push(pick(fns)());
const file = path.join(__dirname, '..', 'data', 'text', 'qwen_parity_corpus.jsonl');
fs.writeFileSync(file, out.map((text) => JSON.stringify({ text })).join('\n') + '\n');
console.log(`wrote ${out.length} strings to ${file}`);
