// Byte-level BPE behaviour beyond the Qwen corpus: GPT-2's ByteLevel regex,
// merge formats and ranks, added-token flags (checked against Hugging Face
// tokenizers on a small file), bad UTF-8, and the loader's errors.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "TestRegistry.h"
#include "text/Tokenizer.h"

namespace {

const QString kSmallDir = QStringLiteral(ASSAY_TEST_DATA "/text/bpe_small");
const QString kQwen = QStringLiteral(ASSAY_TEST_DATA "/text/qwen2_5/tokenizer.json");

std::vector<nlohmann::json> readJsonLines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
  std::vector<nlohmann::json> out;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (!line.isEmpty()) out.push_back(nlohmann::json::parse(line.toStdString()));
  return out;
}

// A minimal byte-level BPE over "a".."c" with the given merges.
nlohmann::json tinyBpe(const nlohmann::json& merges) {
  nlohmann::json vocab = {{"a", 0}, {"b", 1}, {"c", 2}, {"ab", 3}, {"bc", 4}, {"abc", 5}};
  return {{"model", {{"type", "BPE"}, {"vocab", vocab}, {"merges", merges}}},
          {"normalizer", nullptr},
          {"pre_tokenizer", {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"use_regex", true}}},
          {"decoder", {{"type", "ByteLevel"}}},
          {"added_tokens", nlohmann::json::array()}};
}

std::vector<int32_t> ids(std::initializer_list<int32_t> l) { return l; }

}  // namespace

class TestBpeTokenizer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { qwen_ = assay::loadTokenizer(kQwen); }

  void smallFileMatchesHuggingFace() {
    const auto tok = assay::loadTokenizer(kSmallDir + "/tokenizer.json");
    const auto probes = readJsonLines(kSmallDir + "/probe_texts.jsonl");
    const auto reference = readJsonLines(kSmallDir + "/probe_ids.jsonl");
    QCOMPARE(probes.size(), reference.size());
    for (std::size_t i = 0; i < probes.size(); ++i) {
      const std::string text = probes[i].at("text").get<std::string>();
      QVERIFY2(tok->encode(std::string_view(text)) == reference[i].at("ids").get<std::vector<int32_t>>(),
               qPrintable(QString("probe line %1: %2").arg(i + 1).arg(QString::fromStdString(text))));
    }
  }

  void splitBehaviorsMatchHuggingFace() {
    // Each Split behaviour, inverted or not, on the small file (fixture from
    // tests/npm/small_bpe_reference.js).
    QFile f(kSmallDir + "/tokenizer.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const nlohmann::json base = nlohmann::json::parse(f.readAll().toStdString());
    const auto cases = readJsonLines(kSmallDir + "/split_behaviors.jsonl");
    QCOMPARE(cases.size(), std::size_t(100));
    for (const auto& c : cases) {
      nlohmann::json variant = base;
      variant["pre_tokenizer"] = {{"type", "Sequence"},
                                  {"pretokenizers",
                                   {{{"type", "Split"},
                                     {"pattern", {{"Regex", "[0-9]|-"}}},
                                     {"behavior", c.at("behavior")},
                                     {"invert", c.at("invert")}},
                                    {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"use_regex", false}}}}};
      const auto tok = assay::parseTokenizerJson(variant.dump(), "variant");
      const std::string text = c.at("text").get<std::string>();
      QVERIFY2(tok->encode(std::string_view(text)) == c.at("ids").get<std::vector<int32_t>>(),
               qPrintable(QString::fromStdString(c.dump())));
    }
  }

  void addedTokenIdsFollowTokenizersRule() {
    // The file says 1000..1005; tokenizers numbers them after its 274-entry vocabulary.
    const auto tok = assay::loadTokenizer(kSmallDir + "/tokenizer.json");
    QCOMPARE(tok->tokenToId("<sep>").value_or(-1), 274);
    QCOMPARE(tok->tokenToId("caf\xC3\xA9").value_or(-1), 279);
    QCOMPARE(tok->vocabSize(), 280);
  }

  void mergeFormatsAreEquivalent_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("rank beats position") << "abc" << QList<int>{0, 4};
    QTest::newRow("pair then pair") << "abab" << QList<int>{3, 3};
    QTest::newRow("single") << "c" << QList<int>{2};
  }
  void mergeFormatsAreEquivalent() {
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    // "b c" ranks before "a b", so "abc" becomes a + bc, never ab + c.
    const auto strings = assay::parseTokenizerJson(tinyBpe({"b c", "a b"}).dump(), "strings");
    const auto pairs = assay::parseTokenizerJson(
        tinyBpe(nlohmann::json::array({nlohmann::json::array({"b", "c"}), nlohmann::json::array({"a", "b"})})).dump(),
        "pairs");
    const std::vector<int32_t> want(expected.begin(), expected.end());
    QCOMPARE(strings->encode(text), want);
    QCOMPARE(pairs->encode(text), want);
  }

  void leftmostMergeWinsTies() {
    const auto tok = assay::parseTokenizerJson(tinyBpe({"a b", "ab c"}).dump(), "ties");
    QCOMPARE(tok->encode(std::string_view("abc")), ids({5}));
    QCOMPARE(tok->encode(std::string_view("ababc")), ids({3, 5}));
  }

  void invalidUtf8IsReplacedLikeRust_data() {
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("asText");
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << QString::fromUtf8("a\xEF\xBF\xBDz");
    QTest::newRow("truncated 3-byte") << QByteArray("\xE4\xB8") << QString::fromUtf8("\xEF\xBF\xBD");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QString::fromUtf8("\xEF\xBF\xBD\xEF\xBF\xBD");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80x")
                               << QString::fromUtf8("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");
  }
  void invalidUtf8IsReplacedLikeRust() {
    QFETCH(QByteArray, bad);
    QFETCH(QString, asText);
    const auto& tok = qwen_;
    QCOMPARE(tok->encode(std::string_view(bad.constData(), static_cast<std::size_t>(bad.size()))), tok->encode(asText));
  }

  void nfcAppliesBeforeBpe() {
    const auto& tok = qwen_;
    QCOMPARE(tok->encode(std::string_view("cafe\xCC\x81")), tok->encode(std::string_view("caf\xC3\xA9")));
    QCOMPARE(tok->decode(tok->encode(std::string_view("cafe\xCC\x81"))), std::string("caf\xC3\xA9"));
  }

  void decodeSkipsUnknownIdsAndRepairsSplitCharacters() {
    const auto& tok = qwen_;
    QCOMPARE(tok->decode({9707, 99999999, -5, 1879}), std::string("Hello world"));
    // The first byte of "你" alone is not valid UTF-8: U+FFFD, as tokenizers' lossy decode.
    const auto ni = tok->encode(std::string_view("\xE4"));
    QCOMPARE(tok->decode(ni), std::string("\xEF\xBF\xBD"));
  }

  void modelDirectoryAndPadToken() {
    QTemporaryDir dir;
    QVERIFY(QFile::copy(kQwen, dir.filePath("tokenizer.json")));
    QFile cfg(dir.filePath("tokenizer_config.json"));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(R"({"pad_token": "<|im_end|>"})");
    cfg.close();
    const auto tok = assay::loadTokenizer(dir.path());
    QCOMPARE(tok->padTokenId(), 151645);
    QCOMPARE(tok->encode(std::string_view("Hello")), ids({9707}));
  }

  void toTokenizerJsonIsTheFile() {
    const auto& tok = qwen_;
    QFile f(kQwen);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(tok->toTokenizerJson(), f.readAll().toStdString());
  }

  void rejectsWhatItCannotReproduce_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedMessage");
    auto variant = [](auto edit) {
      nlohmann::json j = tinyBpe({"a b"});
      edit(j);
      return QByteArray::fromStdString(j.dump());
    };
    QTest::newRow("WordPiece") << QByteArray(R"({"model": {"type": "WordPiece", "vocab": {"a": 0}}})")
                               << "model type 'WordPiece' is not supported";
    QTest::newRow("Unigram") << QByteArray(R"({"model": {"type": "Unigram", "vocab": [["a", 0.0]]}})")
                             << "model type 'Unigram' is not supported";
    QTest::newRow("untyped Unigram") << QByteArray(R"({"model": {"vocab": [["a", 0.0]]}})") << "'Unigram'";
    QTest::newRow("no model") << QByteArray(R"({"version": "1.0"})") << "no \"model\" object";
    QTest::newRow("not json") << QByteArray("{\n  \"model\": {,\n}") << "invalid JSON at line 2";
    QTest::newRow("merge outside vocab") << variant([](auto& j) { j["model"]["merges"] = {"a z"}; })
                                         << "merge 0 ('a z')";
    QTest::newRow("merge with 3 parts") << variant([](auto& j) { j["model"]["merges"] = {"a b c"}; })
                                        << "model.merges[0] 'a b c'";
    QTest::newRow("NFKC") << variant([](auto& j) {
      j["normalizer"] = {{"type", "NFKC"}};
    }) << "normalizer type 'NFKC' is not supported";
    QTest::newRow("Metaspace") << variant([](auto& j) {
      j["pre_tokenizer"] = {{"type", "Metaspace"}};
    }) << "pre_tokenizer type 'Metaspace' is not supported";
    QTest::newRow("no ByteLevel") << variant([](auto& j) { j["pre_tokenizer"] = nullptr; })
                                  << "without a ByteLevel pre-tokenizer";
    QTest::newRow("prefix space") << variant([](auto& j) { j["pre_tokenizer"]["add_prefix_space"] = true; })
                                  << "add_prefix_space=true is not supported";
    QTest::newRow("bad regex") << variant([](auto& j) {
      j["pre_tokenizer"] = {{"type", "Sequence"},
                            {"pretokenizers",
                             {{{"type", "Split"}, {"pattern", {{"Regex", "(unclosed"}}}, {"behavior", "Isolated"}},
                              {{"type", "ByteLevel"}, {"use_regex", false}}}}};
    }) << "split pattern does not compile";
    QTest::newRow("WordPiece decoder") << variant([](auto& j) {
      j["decoder"] = {{"type", "WordPiece"}};
    }) << "decoder type 'WordPiece' is not supported";
    QTest::newRow("vocab id is text") << variant([](auto& j) { j["model"]["vocab"]["a"] = "zero"; })
                                      << "model.vocab[\"a\"]: a token id must be an integer";
    QTest::newRow("vocab id is a huge float") << variant([](auto& j) { j["model"]["vocab"]["a"] = 6.4e101; })
                                              << "model.vocab[\"a\"]: a token id must be an integer";
    QTest::newRow("added token id out of int32") << variant([](auto& j) {
      j["added_tokens"] = {{{"id", 4294967296LL}, {"content", "<x>"}}};
    }) << "added_tokens[0]: token id 4294967296 is out of range";
    QTest::newRow("pad id negative") << variant([](auto& j) {
      j["padding"] = {{"pad_id", -3}};
    }) << "padding.pad_id: token id -3 is out of range";
  }
  void rejectsWhatItCannotReproduce() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedMessage);
    QTemporaryDir dir;
    const QString path = dir.filePath("tokenizer.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    try {
      assay::loadTokenizer(path);
      QFAIL("loaded a tokenizer.json it should reject");
    } catch (const std::runtime_error& e) {
      const QString message = QString::fromUtf8(e.what());
      QVERIFY2(message.startsWith(path + ": "), qPrintable(message));
      QVERIFY2(message.contains(expectedMessage), qPrintable(message));
    }
  }

  void missingFileNamesThePath() {
    try {
      assay::loadTokenizer("/nonexistent/dir/tokenizer.json");
      QFAIL("no error");
    } catch (const std::runtime_error& e) {
      QVERIFY(QString::fromUtf8(e.what()).startsWith("/nonexistent/dir/tokenizer.json: cannot read tokenizer"));
    }
  }

 private:
  std::unique_ptr<assay::Tokenizer> qwen_;
};

ASSAY_TEST_APPLESS_MAIN(TestBpeTokenizer)
#include "tst_bpe_tokenizer.moc"
