// SampleQuery: the paged, filtered reads behind the dataset table.
#include <QTemporaryDir>
#include <QtTest>

#include "WidgetTestProject.h"
#include "data/SampleQuery.h"

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
    ids_ = store->addSamples({textSample(QStringLiteral("用户问题：能退货吗？\n回答：可以。"), 1, Split::Train),
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
    QTest::newRow("annotator bob") << any << all << QStringLiteral("bob") << false << false << QString() << QList<int>{2};
    QTest::newRow("disagreement") << any << all << QString() << true << false << QString() << QList<int>{2};
    // ids_[0] and ids_[4] are the same text with labels 1 and 3: a conflicting duplicate.
    QTest::newRow("flagged") << any << all << QString() << false << true << QString() << QList<int>{0, 2, 4};
    QTest::newRow("search 退货") << any << all << QString() << false << false << QStringLiteral("退货")
                                << QList<int>{0, 3, 4};
    QTest::newRow("search + label") << 0 << all << QString() << false << false << QStringLiteral("退货")
                                    << QList<int>{3};
    QTest::newRow("search nothing") << any << all << QString() << false << false << QStringLiteral("zzz") << QList<int>{};
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

QTEST_GUILESS_MAIN(TstSampleQuery)
#include "tst_samplequery.moc"
