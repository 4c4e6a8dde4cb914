// The char tokenizer of the `tiny` preset: vocabulary rules, options,
// save/load round trip, and agreement with Hugging Face tokenizers on the
// tokenizer.json it writes (fixture from tests/npm/char_reference_ids.js).
#include <QFile>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "TestRegistry.h"
#include "text/CharTokenizer.h"

using assay::CharTokenizer;
using assay::CharVocabOptions;

namespace {

const QString kCharDir = QStringLiteral(ASSAY_TEST_DATA "/text/char");

std::vector<nlohmann::json> readJsonLines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
  std::vector<nlohmann::json> out;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (!line.isEmpty()) out.push_back(nlohmann::json::parse(line.toStdString()));
  return out;
}

std::vector<std::string> texts(const QString& path) {
  std::vector<std::string> out;
  for (const auto& j : readJsonLines(path)) out.push_back(j.at("text").get<std::string>());
  return out;
}

}  // namespace

class TestCharTokenizer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void idsFollowFrequency() {
    const auto tok = CharTokenizer::build({"abbccc", "c"});
    // pad, unk, three specials, then c (4), b (2), a (1).
    QCOMPARE(tok->vocabSize(), 8);
    QCOMPARE(tok->padTokenId(), 0);
    QCOMPARE(tok->unkTokenId(), 1);
    QCOMPARE(tok->tokenToId("<|endoftext|>").value_or(-1), 2);
    QCOMPARE(tok->tokenToId("<|im_end|>").value_or(-1), 4);
    QCOMPARE(tok->encode(std::string_view("cba")), (std::vector<int32_t>{5, 6, 7}));
    QCOMPARE(tok->encode(std::string_view("xa")), (std::vector<int32_t>{1, 7}));
  }

  void tiesBreakByCodePoint() {
    const auto tok = CharTokenizer::build({"zyx"});
    QCOMPARE(tok->encode(std::string_view("xyz")), (std::vector<int32_t>{5, 6, 7}));
  }

  void options_data() {
    QTest::addColumn<int>("minCount");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<int>("expectedSize");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QList<int>>("expectedIds");
    // counts: 中 3, 文 2, a 1
    QTest::newRow("all") << 1 << 0 << 8 << "中文a" << QList<int>{5, 6, 7};
    QTest::newRow("min count 2 drops a") << 2 << 0 << 7 << "中文a" << QList<int>{5, 6, 1};
    QTest::newRow("min count 4 drops all") << 4 << 0 << 5 << "中文a" << QList<int>{1, 1, 1};
    QTest::newRow("max size 6 keeps 中") << 1 << 6 << 6 << "中文a" << QList<int>{5, 1, 1};
    QTest::newRow("max size = specials") << 1 << 5 << 5 << "中" << QList<int>{1};
  }
  void options() {
    QFETCH(int, minCount);
    QFETCH(int, maxSize);
    QFETCH(int, expectedSize);
    QFETCH(QString, probe);
    QFETCH(QList<int>, expectedIds);
    CharVocabOptions o;
    o.minCount = minCount;
    o.maxSize = maxSize;
    const auto tok = CharTokenizer::build({"中中文", "中文a"}, o);
    QCOMPARE(tok->vocabSize(), expectedSize);
    const auto ids = tok->encode(probe);
    QCOMPARE(QList<int>(ids.begin(), ids.end()), expectedIds);
  }

  void badOptions_data() {
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<QString>("pad");
    QTest::newRow("max size below specials") << 4 << "<|pad|>";
    QTest::newRow("pad equals a special") << 0 << "<|endoftext|>";
    QTest::newRow("empty pad") << 0 << "";
  }
  void badOptions() {
    QFETCH(int, maxSize);
    QFETCH(QString, pad);
    CharVocabOptions o;
    o.maxSize = maxSize;
    o.padToken = pad.toStdString();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CharTokenizer::build({"abc"}, o));
  }

  void specialTokensAreNotCountedAsCharacters() {
    const auto tok = CharTokenizer::build({"<|im_start|>x"});
    QCOMPARE(tok->vocabSize(), 6);  // specials + 'x' only: no '<', '|', ...
    QCOMPARE(tok->encode(std::string_view("<|im_start|>x<|im_end|>")), (std::vector<int32_t>{3, 5, 4}));
  }

  void nfcMakesComposedAndDecomposedEqual() {
    const auto tok = CharTokenizer::build({"caf\xC3\xA9"});
    QCOMPARE(tok->encode(std::string_view("cafe\xCC\x81")), tok->encode(std::string_view("caf\xC3\xA9")));
    QCOMPARE(tok->encode(std::string_view("e\xCC\x81")).size(), std::size_t(1));
  }

  void decodeJoinsTokens() {
    const auto tok = CharTokenizer::build({"你好 world\n"});
    const std::string text = "<|im_start|>你好 world\n<|im_end|>";
    QCOMPARE(tok->decode(tok->encode(std::string_view(text))), text);
    QCOMPARE(tok->decode({0, 9999, -1}), std::string("<|pad|>"));
  }

  void jsonRoundTrip() {
    const auto tok = CharTokenizer::build(texts(kCharDir + "/train_texts.jsonl"));
    const auto again = assay::parseTokenizerJson(tok->toTokenizerJson(), "round-trip");
    QCOMPARE(again->vocabSize(), tok->vocabSize());
    QCOMPARE(again->padTokenId(), tok->padTokenId());
    QCOMPARE(again->toTokenizerJson(), tok->toTokenizerJson());
    for (const auto& t : texts(kCharDir + "/probe_texts.jsonl"))
      QCOMPARE(again->encode(std::string_view(t)), tok->encode(std::string_view(t)));
  }

  void padTokenFromTokenizerConfig() {
    const auto tok = CharTokenizer::build({"ab"});
    QCOMPARE(assay::parseTokenizerJson(tok->toTokenizerJson(), "no config")->padTokenId(), 0);
    QCOMPARE(assay::parseTokenizerJson(tok->toTokenizerJson(), "config", "<|endoftext|>")->padTokenId(), 2);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, assay::parseTokenizerJson(tok->toTokenizerJson(), "bad", "<nope>"));
  }

  void savedFileIsTheCommittedFixture() {
    const auto tok = CharTokenizer::build(texts(kCharDir + "/train_texts.jsonl"));
    QFile f(kCharDir + "/tokenizer.json");
    if (qEnvironmentVariableIsSet("ASSAY_UPDATE_FIXTURES")) {
      QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
      f.write(QByteArray::fromStdString(tok->toTokenizerJson()));
      f.close();
    }
    QVERIFY2(f.open(QIODevice::ReadOnly),
             "fixture missing: run with ASSAY_UPDATE_FIXTURES=1, then tests/npm/char_reference_ids.js");
    QCOMPARE(f.readAll().toStdString(), tok->toTokenizerJson());
  }

  void idsEqualHuggingFaceOnTheSavedFile() {
    const auto tok = assay::loadTokenizer(kCharDir + "/tokenizer.json");
    const auto probes = texts(kCharDir + "/probe_texts.jsonl");
    const auto reference = readJsonLines(kCharDir + "/probe_ids.jsonl");
    QCOMPARE(reference.size(), probes.size());
    for (std::size_t i = 0; i < probes.size(); ++i) {
      const auto ids = tok->encode(std::string_view(probes[i]));
      QVERIFY2(ids == reference[i].at("ids").get<std::vector<int32_t>>(),
               qPrintable(QString("probe line %1").arg(i + 1)));
      QCOMPARE(tok->decode(ids), reference[i].at("decoded").get<std::string>());
    }
  }
};

ASSAY_TEST_APPLESS_MAIN(TestCharTokenizer)
#include "tst_char_tokenizer.moc"
