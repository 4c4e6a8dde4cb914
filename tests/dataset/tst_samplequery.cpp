// SampleQuery: the paged, filtered reads behind the dataset table.
#include <QTemporaryDir>
#include <QtTest>

#include "data/LabelFlags.h"
#include "data/SampleQuery.h"
#include "data/TextSearchIndex.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;
using assay::testing::makeProject;
using assay::testing::textSample;

class TstSampleQuery : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;
  QString path_;
  std::vector<qint64> ids_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("q.assay"));
    auto store = ProjectStore::create(path_, SchemaKind::Style);
    ids_ =
        store->addSamples({textSample(QStringLiteral("用户问题：能退货吗？\n回答：可以。"), 1, Split::Train),
                           textSample(QStringLiteral("用户问题：这个好用吗？\n回答：很好用，快买。"), 0, Split::Train),
                           textSample(QStringLiteral("unlabeled one"), -1, Split::Test),
                           textSample(QStringLiteral("unlabeled two 退货"), -1),
                           textSample(QStringLiteral("用户问题：能退货吗？\n回答：可以。"), 3, Split::Test)});
    store->annotate(ids_[2], QStringLiteral("alice"), 2);
    store->annotate(ids_[2], QStringLiteral("bob"), 4);  // alice and bob disagree
    store->annotate(ids_[3], QStringLiteral("alice"), 0);
  }

  void filters_data() {
    QTest::addColumn<int>("label");
    QTest::addColumn<int>("split");
    QTest::addColumn<QString>("annotator");
    QTest::addColumn<bool>("disagreement");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("expected");  // indices into ids_
    const int any = SampleFilter::kAnyLabel, all = static_cast<int>(Split::All);
    QTest::newRow("everything") << any << all << QString() << false << false << QString() << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("label 售后") << 1 << all << QString() << false << false << QString() << QList<int>{0};
    QTest::newRow("label after bob") << 4 << all << QString() << false << false << QString() << QList<int>{2};
    QTest::newRow("unlabeled") << -1 << all << QString() << false << false << QString() << QList<int>{};
    QTest::newRow("train split") << any << static_cast<int>(Split::Train) << QString() << false << false << QString()
                                 << QList<int>{0, 1};
    QTest::newRow("test split") << any << static_cast<int>(Split::Test) << QString() << false << false << QString()
                                << QList<int>{2, 4};
    QTest::newRow("annotator alice") << any << all << QStringLiteral("alice") << false << false << QString()
                                     << QList<int>{2, 3};
    QTest::newRow("annotator bob") << any << all << QStringLiteral("bob") << false << false << QString()
                                   << QList<int>{2};
    QTest::newRow("disagreement") << any << all << QString() << true << false << QString() << QList<int>{2};
    // ids_[0] and ids_[4] are the same text with labels 1 and 3: a conflicting duplicate.
    QTest::newRow("flagged") << any << all << QString() << false << true << QString() << QList<int>{0, 2, 4};
    QTest::newRow("search 退货") << any << all << QString() << false << false << QStringLiteral("退货")
                                 << QList<int>{0, 3, 4};
    QTest::newRow("search + label") << 0 << all << QString() << false << false << QStringLiteral("退货")
                                    << QList<int>{3};
    QTest::newRow("search nothing") << any << all << QString() << false << false << QStringLiteral("zzz")
                                    << QList<int>{};
  }
  void filters() {
    QFETCH(int, label);
    QFETCH(int, split);
    QFETCH(QString, annotator);
    QFETCH(bool, disagreement);
    QFETCH(bool, flagged);
    QFETCH(QString, search);
    QFETCH(QList<int>, expected);
    SampleFilter f;
    f.label = label;
    f.split = static_cast<Split>(split);
    f.annotator = annotator;
    f.disagreementOnly = disagreement;
    f.flaggedOnly = flagged;
    f.search = search;
    SampleQuery q(path_);
    std::vector<qint64> want;
    for (int i : expected) want.push_back(ids_[static_cast<size_t>(i)]);
    QCOMPARE(q.matchingIds(f, 0, 100), want);
    QCOMPARE(q.count(f), static_cast<qint64>(want.size()));
    // The same answers when the search comes from the in-memory index.
    auto index = std::make_shared<TextSearchIndex>();
    QVERIFY(index->catchUp(path_));
    SampleQuery indexed(path_);
    indexed.setSearchIndex(index);
    QCOMPARE(indexed.matchingIds(f, 0, 100), want);
    QCOMPARE(indexed.count(f), static_cast<qint64>(want.size()));
  }

  // The index against a plain scan and against QString::contains, for the
  // queries people type: one or two CJK characters, ASCII (case-sensitive),
  // a pair's response, combined with a label filter, paged.
  void indexedSearchMatchesScan_data() {
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("label");
    QTest::newRow("1 CJK char") << QStringLiteral("退") << int(SampleFilter::kAnyLabel);
    QTest::newRow("2 CJK chars") << QStringLiteral("退货") << int(SampleFilter::kAnyLabel);
    QTest::newRow("2 CJK chars + label") << QStringLiteral("退货") << 1;
    QTest::newRow("ASCII") << QStringLiteral("Order") << int(SampleFilter::kAnyLabel);
    QTest::newRow("ASCII other case") << QStringLiteral("order") << int(SampleFilter::kAnyLabel);
    QTest::newRow("digits") << QStringLiteral("42") << 2;
    QTest::newRow("pair response") << QStringLiteral("回复甲") << int(SampleFilter::kAnyLabel);
    QTest::newRow("no match") << QStringLiteral("不存在的词") << int(SampleFilter::kAnyLabel);
  }
  void indexedSearchMatchesScan() {
    QFETCH(QString, needle);
    QFETCH(int, label);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.assay"));
    std::vector<Sample> samples;
    std::vector<QString> searchable;
    for (int i = 0; i < 300; ++i) {
      const QString text = i % 3 == 0 ? QStringLiteral("用户问题：第%1单能退货吗？\n回答：可以退。").arg(i)
                           : i % 3 == 1 ? QStringLiteral("Order %1 shipped; 退 later").arg(i)
                                        : QStringLiteral("order %1 到了").arg(i);
      samples.push_back(textSample(text, i % 5));
      searchable.push_back(text);
    }
    Sample pair;
    pair.kind = SampleKind::Pair;
    pair.text = QStringLiteral("提示");
    pair.chosen = QStringLiteral("提示 回复甲");
    pair.rejected = QStringLiteral("提示 回复乙");
    samples.push_back(pair);
    searchable.push_back(pair.text + QLatin1Char('\0') + pair.chosen);
    std::vector<qint64> ids;
    {
      auto store = ProjectStore::create(path, SchemaKind::Style);
      ids = store->addSamples(samples);
    }
    SampleFilter f;
    f.search = needle;
    f.label = label;
    std::vector<qint64> want;
    for (size_t i = 0; i < samples.size(); ++i)
      if (searchable[i].contains(needle) && (label == SampleFilter::kAnyLabel || samples[i].label == label))
        want.push_back(ids[i]);
    SampleQuery scan(path);
    QCOMPARE(scan.matchingIds(f, 0, 100000), want);
    auto index = std::make_shared<TextSearchIndex>();
    QVERIFY(index->catchUp(path));
    QCOMPARE(index->records(), qint64(samples.size()));
    SampleQuery indexed(path);
    indexed.setSearchIndex(index);
    QCOMPARE(indexed.matchingIds(f, 0, 100000), want);
    QCOMPARE(indexed.count(f), qint64(want.size()));
    // Paged seven at a time, as the table fetches.
    std::vector<qint64> paged;
    for (;;) {
      const std::vector<qint64> page = indexed.matchingIds(f, paged.empty() ? 0 : paged.back(), 7);
      paged.insert(paged.end(), page.begin(), page.end());
      if (page.size() < 7) break;
    }
    QCOMPARE(paged, want);
  }

  // Rows imported after the index was built are found before it catches up
  // (SQL scans them) and after; no row is reported twice.
  void indexedSearchAfterImport() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("i.assay"));
    auto store = ProjectStore::create(path, SchemaKind::Style);
    const std::vector<qint64> old =
        store->addSamples({textSample(QStringLiteral("旧的退货记录"), 1), textSample(QStringLiteral("无关"), 1)});
    auto index = std::make_shared<TextSearchIndex>();
    QVERIFY(index->catchUp(path));
    SampleQuery q(path);
    q.setSearchIndex(index);
    SampleFilter f;
    f.search = QStringLiteral("退货");
    QCOMPARE(q.matchingIds(f, 0, 100), std::vector<qint64>{old[0]});
    const std::vector<qint64> added = store->addSamples(
        {textSample(QStringLiteral("新的退货记录"), 1), textSample(QStringLiteral("新的退货记录二"), 2)});
    const std::vector<qint64> both{old[0], added[0], added[1]};
    QCOMPARE(q.matchingIds(f, 0, 100), both);
    QCOMPARE(q.count(f), qint64(3));
    f.label = 1;
    QCOMPARE(q.matchingIds(f, 0, 100), (std::vector<qint64>{old[0], added[0]}));
    QVERIFY(index->catchUp(path));  // incremental: only the two new rows
    QCOMPARE(index->records(), qint64(4));
    QCOMPARE(q.matchingIds(f, 0, 100), (std::vector<qint64>{old[0], added[0]}));
    f.label = SampleFilter::kAnyLabel;
    QCOMPARE(q.matchingIds(f, 0, 100), both);
    // An edit (a new label) is seen at once: labels are never cached by the index.
    store->annotate(added[1], QStringLiteral("rita"), 1);
    f.label = 1;
    QCOMPARE(q.matchingIds(f, 0, 100), both);
  }

  // More hits than the id-list path takes: one scan with the hit bitmap.
  void denseHitsWithOtherFilters() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.assay"));
    std::vector<Sample> samples;
    for (int i = 0; i < 26000; ++i) samples.push_back(textSample(QStringLiteral("订单%1").arg(i), i % 5));
    {
      auto store = ProjectStore::create(path, SchemaKind::Style);
      store->addSamples(samples);
    }
    SampleFilter f;
    f.search = QStringLiteral("订单1");
    f.label = 3;
    SampleQuery scan(path);
    auto index = std::make_shared<TextSearchIndex>();
    QVERIFY(index->catchUp(path));
    QVERIFY(index->find(f.search).size() > 20000 / 2);
    f.search = QStringLiteral("订单");  // every row
    QCOMPARE(qint64(index->find(f.search).size()), qint64(26000));
    SampleQuery indexed(path);
    indexed.setSearchIndex(index);
    QCOMPARE(indexed.count(f), scan.count(f));
    QCOMPARE(indexed.count(f), qint64(5200));
    std::vector<qint64> a = indexed.matchingIds(f, 0, 1000), b = scan.matchingIds(f, 0, 1000);
    QCOMPARE(a, b);
    QCOMPARE(indexed.matchingIds(f, a.back(), 1000), scan.matchingIds(f, b.back(), 1000));
  }

  void predictionAndReviewColumnsAndFilters() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.assay"));
    auto store = ProjectStore::create(path, SchemaKind::Style);
    const std::vector<qint64> ids =
        store->addSamples({textSample(QStringLiteral("a"), 1), textSample(QStringLiteral("b"), 2),
                           textSample(QStringLiteral("c")), textSample(QStringLiteral("d"), 0)});
    StoredPrediction p;
    p.model = QStringLiteral("m1");
    p.sampleId = ids[0], p.label = 1, p.labelName = QStringLiteral("售后"), p.confidence = 0.9;
    StoredPrediction q = p;
    q.sampleId = ids[1], q.label = 3, q.labelName = QStringLiteral("有帮助"), q.confidence = 0.55;
    StoredPrediction r = p;
    r.sampleId = ids[2], r.label = 0, r.labelName = QStringLiteral("售前"), r.confidence = 0.7;
    store->savePredictions({p, q, r});
    p.model = QStringLiteral("m2");  // a later model: its answer is the latest for ids[0]
    p.label = 4, p.labelName = QStringLiteral("无伤害"), p.confidence = 0.8;
    StoredPrediction unknown = p;  // a label the project does not have: no disagreement
    unknown.sampleId = ids[3], unknown.label = -1, unknown.labelName = QStringLiteral("other");
    store->savePredictions({p, unknown});
    store->addReview(ids[1], QStringLiteral("rita"), Verdict::KeptHuman, 2);
    store->addReview(ids[3], QStringLiteral("sam"), Verdict::Skipped);

    SampleQuery query(path);
    const std::vector<SampleRow> rows = query.rows(ids);
    QCOMPARE(rows.size(), size_t(4));
    QVERIFY(rows[0].hasPrediction);
    QCOMPARE(rows[0].predictedLabel, 4);
    QCOMPARE(rows[0].confidence, 0.8);
    QCOMPARE(rows[1].predictedName, QStringLiteral("有帮助"));
    QVERIFY(rows[1].hasReview);
    QCOMPARE(rows[1].verdict, Verdict::KeptHuman);
    QCOMPARE(rows[1].reviewer, QStringLiteral("rita"));
    QVERIFY(!rows[0].hasReview);
    QVERIFY(rows[3].hasPrediction);
    QCOMPARE(rows[3].predictedLabel, -1);
    QCOMPARE(rows[3].predictedName, QStringLiteral("other"));
    QCOMPARE(rows[3].verdict, Verdict::Skipped);  // shown, but does not count as reviewed
    SampleFilter f;
    f.review = SampleFilter::Review::Reviewed;
    QCOMPARE(query.matchingIds(f, 0, 10), std::vector<qint64>{ids[1]});
    f.review = SampleFilter::Review::Unreviewed;
    QCOMPARE(query.matchingIds(f, 0, 10), (std::vector<qint64>{ids[0], ids[2], ids[3]}));
    QCOMPARE(query.count(f), qint64(3));
    f = {};
    f.modelDisagreesOnly =
        true;  // ids[0]: 售后 vs latest 无伤害; ids[1]: 诚实 vs 有帮助; ids[2] unlabeled; ids[3] unknown
    QCOMPARE(query.matchingIds(f, 0, 10), (std::vector<qint64>{ids[0], ids[1]}));
    f.review = SampleFilter::Review::Unreviewed;
    QCOMPARE(query.matchingIds(f, 0, 10), std::vector<qint64>{ids[0]});
    QVERIFY(!f.isEmpty());
  }

  void keysetPaging() {
    SampleQuery q(path_);
    const SampleFilter all;
    const std::vector<qint64> first = q.matchingIds(all, 0, 2);
    QCOMPARE(first, (std::vector<qint64>{ids_[0], ids_[1]}));
    const std::vector<qint64> second = q.matchingIds(all, first.back(), 2);
    QCOMPARE(second, (std::vector<qint64>{ids_[2], ids_[3]}));
    QCOMPARE(q.matchingIds(all, ids_[4], 2).size(), size_t(0));
  }

  void rowsInRequestedOrder() {
    SampleQuery q(path_);
    const std::vector<SampleRow> rows = q.rows({ids_[2], ids_[0], 999999});
    QCOMPARE(rows.size(), size_t(2));  // the unknown id is left out
    QCOMPARE(rows[0].id, ids_[2]);
    QCOMPARE(rows[0].label, 4);
    QCOMPARE(rows[0].annotators, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(rows[0].annotationCount, 2);
    QVERIFY(rows[0].disagreement);
    QCOMPARE(rows[0].split, Split::Test);
    QCOMPARE(rows[1].id, ids_[0]);
    QCOMPARE(rows[1].text, QStringLiteral("用户问题：能退货吗？\n回答：可以。"));
    QVERIFY(!rows[1].disagreement);
    QCOMPARE(rows[1].annotators, QStringList{QStringLiteral("import")});  // labelled by the file
  }

  void annotatorsAndToday() {
    SampleQuery q(path_);
    QCOMPARE(q.annotators(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("import")}));
    QCOMPARE(q.annotationsSince(QStringLiteral("alice"), QDateTime::currentDateTime().addSecs(-3600)), qint64(2));
    QCOMPARE(q.annotationsSince(QStringLiteral("alice"), QDateTime::currentDateTime().addSecs(3600)), qint64(0));
  }

  void seesLaterCommits() {
    SampleQuery q(path_);
    SampleFilter sales;
    sales.label = 0;
    const qint64 before = q.count(sales);
    {
      auto store = ProjectStore::open(path_);
      store->annotate(ids_[1], QStringLiteral("carol"), 0);  // same label: count unchanged
      store->annotate(ids_[4], QStringLiteral("carol"), 0);
    }
    QCOMPARE(q.count(sales), before + 1);
  }

  // The "likely wrong label" filter shows the latest flagger run's open
  // flags only; the id filter (a health warning's records) exactly its ids.
  void likelyWrongAndIdFilters() {
    const QString path = dir_.filePath(QStringLiteral("flags.assay"));
    std::vector<qint64> ids;
    {
      auto store = ProjectStore::create(path, SchemaKind::Style);
      ids = store->addSamples({textSample(QStringLiteral("a"), 0), textSample(QStringLiteral("b"), 1),
                               textSample(QStringLiteral("c"), 2), textSample(QStringLiteral("d"), 3)});
      saveFlagRun(*store, QStringLiteral("old"), QStringLiteral("m"), 4, {{ids[0], 0, 1, 0.9, 0.8}});
      saveFlagRun(*store, QStringLiteral("lead"), QStringLiteral("m"), 4,
                  {{ids[1], 1, 0, 0.9, 0.8}, {ids[2], 2, 0, 0.7, 0.5}, {ids[3], 3, 0, 0.6, 0.1}});
      const std::vector<StoredLabelFlag> flags = latestRunFlags(*store);
      dismissLabelFlag(*store, flags.back().id, QStringLiteral("lead"));  // ids[3]: resolved, no longer shown
    }
    SampleQuery q(path);
    SampleFilter wrong;
    wrong.likelyWrongOnly = true;
    QVERIFY(!wrong.isEmpty());
    QCOMPARE(q.matchingIds(wrong, 0, 100), (std::vector<qint64>{ids[1], ids[2]}));
    QCOMPARE(q.count(wrong), qint64(2));
    SampleFilter some;
    some.ids = std::vector<qint64>{ids[3], ids[0], 999};
    QCOMPARE(q.matchingIds(some, 0, 100), (std::vector<qint64>{ids[0], ids[3]}));
    SampleOrder byText;
    byText.key = SampleOrder::Key::Text;
    byText.descending = true;
    QCOMPARE(q.matchingIds(some, 0, 100, byText), (std::vector<qint64>{ids[3], ids[0]}));
    some.ids->clear();  // an empty list matches nothing
    QCOMPARE(q.count(some), qint64(0));
  }

  void notAProject() {
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.assay"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not sqlite");
    f.close();
    try {
      SampleQuery q(junk);
      QFAIL("opened a file that is not a project");
    } catch (const StoreError& e) {
      QVERIFY2(QString::fromUtf8(e.what()).startsWith(junk), e.what());
    }
  }
};

ASSAY_TEST_GUILESS_MAIN(TstSampleQuery)
#include "tst_samplequery.moc"
