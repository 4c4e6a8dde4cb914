// The per-word cache of the BPE tokenizer: lookups return exactly what was
// inserted through table growth, and the size bound starts it over.
#include <QtTest>

#include "TestRegistry.h"
#include "text/BpeModel.h"

using assay::BpeWordCache;

class TestBpeWordCache : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void returnsWhatWasInsertedAcrossGrowth() {
    BpeWordCache cache;
    for (int i = 0; i < 5000; ++i) {
      const std::string key = "word" + std::to_string(i);
      const std::vector<int32_t> ids = {i, i * 2, -i};
      cache.insert(key, ids.data(), ids.size() - static_cast<std::size_t>(i % 3 == 0));
    }
    for (int i = 0; i < 5000; ++i) {
      std::vector<int32_t> out = {42};
      QVERIFY(cache.lookup("word" + std::to_string(i), out));
      const std::vector<int32_t> want =
          i % 3 == 0 ? std::vector<int32_t>{42, i, i * 2} : std::vector<int32_t>{42, i, i * 2, -i};
      QCOMPARE(out, want);
    }
  }

  void missLeavesOutputAlone() {
    BpeWordCache cache;
    const int32_t id = 7;
    cache.insert("abc", &id, 1);
    std::vector<int32_t> out = {1};
    QVERIFY(!cache.lookup("abd", out));
    QVERIFY(!cache.lookup("ab", out));
    QVERIFY(!cache.lookup("", out));
    QCOMPARE(out, std::vector<int32_t>{1});
  }

  void emptyIdListIsAnEntry() {
    BpeWordCache cache;
    cache.insert("gone", nullptr, 0);
    std::vector<int32_t> out;
    QVERIFY(cache.lookup("gone", out));
    QVERIFY(out.empty());
  }

  void boundStartsOver() {
    BpeWordCache cache(16);
    for (int32_t i = 0; i < 16; ++i) cache.insert(std::to_string(i), &i, 1);
    std::vector<int32_t> out;
    QVERIFY(cache.lookup("0", out));
    const int32_t last = 99;
    cache.insert("new", &last, 1);  // the 17th entry clears the table first
    out.clear();
    QVERIFY(!cache.lookup("0", out));
    QVERIFY(cache.lookup("new", out));
    QCOMPARE(out, std::vector<int32_t>{99});
  }
};

ASSAY_TEST_APPLESS_MAIN(TestBpeWordCache)
#include "tst_bpe_word_cache.moc"
