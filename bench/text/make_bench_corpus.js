#!/usr/bin/env node
// Writes a deterministic Chinese + English benchmark corpus of about SIZE_MB
// megabytes, one {"text": ...} JSON line per record: address records, Q&A
// pairs, English prose with numbers, mixed lines.
//   node make_bench_corpus.js OUT.jsonl [SIZE_MB=32]
'use strict';
const fs = require('fs');

const out = process.argv[2];
const sizeMb = Number(process.argv[3] || 32);
if (!out) { console.error('usage: make_bench_corpus.js OUT.jsonl [SIZE_MB]'); process.exit(2); }

let seed = 7;
const rand = () => { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rand() * a.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const zhWords = ('我们 你们 他们 这个 那个 什么 怎么 为什么 可以 需要 产品 服务 订单 发货 退货 售后 售前 优惠 价格 质量 问题 ' +
  '客户 用户 系统 数据 模型 训练 评估 正确 错误 地址 邮编 电话 城市 街道 小区 号楼 单元 房间 北京 上海 广州 深圳 杭州 ' +
  '成都 武汉 南京 西安 重庆 天津 苏州 非常 感谢 抱歉 理解 处理 解决 帮助 建议 推荐 安全 健康 医生 药物 学习 编程 ' +
  '语言 工作 生活 时间 今天 明天 已经 还是 但是 因为 所以 如果 虽然 然后 应该 必须 可能 一定 特别 其实 一般 经常 ' +
  '公司 项目 经理 技术 开发 测试 部署 版本 更新 功能 界面 文件 网络 手机 电脑 屏幕 电池 保修 维修 快递 物流 包裹').split(' ');
const zhNames = ['张三', '李四', '王五', '赵六', '陈静', '刘洋', '欧阳娜', '黄磊'];
const zhPunct = ['，', '。', '！', '？', '；', '：', '、'];
const enWords = ('the of and to in is you that it he was for on are as with his they at be this have from or one had by ' +
  'word but not what all were we when your can said there use an each which she do how their if will up other about out ' +
  'many then them these so some her would make like him into time has look two more write go see number no way could ' +
  'people my than first water been call who oil its now find long down day did get come made may part model reward ' +
  'training dataset label review prediction accuracy tokenizer checkpoint gradient learning rate batch epoch loss ' +
  "don't it's we're they'll I've customer order refund shipping support helpful harmless honest").split(' ');

const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
const zhSentence = () => Array.from({ length: int(4, 16) }, () => (rand() < 0.1 ? pick(zhPunct) : '') + pick(zhWords)).join('') + pick(zhPunct);
const enSentence = () => {
  const words = Array.from({ length: int(5, 20) }, () => (rand() < 0.05 ? digits(int(1, 6)) : pick(enWords)));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ') + pick(['.', '!', '?', ',', ';']);
};
const generators = [
  () => `${pick(zhNames)}，${pick(zhWords)}市${pick(zhWords)}区${pick(zhWords)}街道${int(1, 999)}号院${int(1, 30)}号楼，邮编：${digits(6)}，联系电话：1${int(3, 9)}${digits(9)}`,
  () => `用户：${zhSentence()}\nAI：${zhSentence()}${zhSentence()}`,
  () => Array.from({ length: int(2, 6) }, enSentence).join(' '),
  () => `Q: ${enSentence()}\nA: ${Array.from({ length: int(1, 4) }, enSentence).join(' ')}`,
  () => `${zhSentence()} ${enSentence()} ${zhSentence()}`,
];

const fd = fs.openSync(out, 'w');
let written = 0, lines = 0;
const target = sizeMb * 1024 * 1024;
while (written < target) {
  const line = JSON.stringify({ text: pick(generators)() }) + '\n';
  written += fs.writeSync(fd, line);
  lines++;
}
fs.closeSync(fd);
console.error(`corpus: ${lines} records, ${(written / 1048576).toFixed(1)} MB -> ${out}`);
