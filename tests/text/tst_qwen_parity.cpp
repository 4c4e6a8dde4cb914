// Ids of the real Qwen2.5 tokenizer.json on 1,200 varied strings must equal
// those of Hugging Face tokenizers (npm `tokenizers`), produced by
// tests/npm/reference_ids.js and committed as a fixture.
#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "TestRegistry.h"
#include "text/Tokenizer.h"

namespace {

std::vector<std::string> readLines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
  std::vector<std::string> lines;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (!line.isEmpty()) lines.push_back(line.toStdString());
  return lines;
}

QString idsText(const std::vector<int32_t>& ids) {
  QStringList parts;
  for (const int32_t id : ids) parts << QString::number(id);
  return "[" + parts.join(",") + "]";
}

}  // namespace

class TestQwenParity : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    // The file the reference ids were made from (pinned in tests/npm/reference_ids.js).
    QFile file(QStringLiteral(ASSAY_TEST_DATA "/text/qwen2_5/tokenizer.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
             QByteArray("c0382117ea329cdf097041132f6d735924b697924d6f6fc3945713e96ce87539"));
    tokenizer_ = assay::loadTokenizer(QStringLiteral(ASSAY_TEST_DATA "/text/qwen2_5/tokenizer.json"));
    for (const auto& line : readLines(QStringLiteral(ASSAY_TEST_DATA "/text/qwen_parity_corpus.jsonl")))
      texts_.push_back(nlohmann::json::parse(line).at("text").get<std::string>());
    for (const auto& line : readLines(QStringLiteral(ASSAY_TEST_DATA "/text/qwen_parity_ids.jsonl")))
      expected_.push_back(nlohmann::json::parse(line).at("ids").get<std::vector<int32_t>>());
    QCOMPARE(texts_.size(), expected_.size());
    QVERIFY(texts_.size() >= 1000);
  }

  void everyStringMatchesHuggingFace() {
    int mismatches = 0;
    QString first;
    for (std::size_t i = 0; i < texts_.size(); ++i) {
      const auto ids = tokenizer_->encode(std::string_view(texts_[i]));
      if (ids == expected_[i]) continue;
      if (++mismatches == 1)
        first = QString("corpus line %1: text %2\n  ours: %3\n  HF:   %4")
                    .arg(i + 1)
                    .arg(QString::fromStdString(nlohmann::json(texts_[i]).dump()))
                    .arg(idsText(ids), idsText(expected_[i]));
    }
    if (mismatches)
      QFAIL(qPrintable(QString("%1 of %2 strings differ; first: %3").arg(mismatches).arg(texts_.size()).arg(first)));
  }

  void batchEqualsOneByOne() {
    const auto batch = tokenizer_->encodeBatch(texts_, 2);
    QCOMPARE(batch.size(), expected_.size());
    for (std::size_t i = 0; i < batch.size(); ++i)
      QVERIFY2(batch[i] == expected_[i], qPrintable(QString("line %1").arg(i + 1)));
  }

  void decodeRestoresNfcText() {
    // Byte-level BPE is lossless up to normalization: decode(encode(x)) is
    // NFC(x) with special tokens written out.
    for (std::size_t i = 0; i < texts_.size(); ++i) {
      const std::string round = tokenizer_->decode(expected_[i]);
      const QString want = QString::fromStdString(texts_[i]).normalized(QString::NormalizationForm_C);
      QCOMPARE(QString::fromStdString(round), want);
    }
  }

  void vocabularyFacts() {
    QCOMPARE(tokenizer_->vocabSize(), 151665);
    QCOMPARE(tokenizer_->tokenToId("<|im_start|>").value_or(-1), 151644);
    QCOMPARE(tokenizer_->tokenToId("Hello").value_or(-1), 9707);
    QCOMPARE(tokenizer_->padTokenId(), 151643);  // <|endoftext|>
    QVERIFY(!tokenizer_->tokenToId("no such token").has_value());
  }

 private:
  std::unique_ptr<assay::Tokenizer> tokenizer_;
  std::vector<std::string> texts_;
  std::vector<std::vector<int32_t>> expected_;
};

ASSAY_TEST_APPLESS_MAIN(TestQwenParity)
#include "tst_qwen_parity.moc"
