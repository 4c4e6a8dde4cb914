// The virtualised dataset table: chunked ids, paged rows, filters.
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "common/ProjectContext.h"
#include "data/TextSearchIndex.h"
#include "dataset/DatasetPane.h"
#include "dataset/SampleTableModel.h"
#include "dataset/SearchIndexBuilder.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;

class TstSampleTableModel : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;
  QString big_;
  static constexpr int kBig = SampleTableModel::kIdChunk + 5000;  // needs two fetches

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    std::vector<Sample> samples;
    samples.reserve(kBig);
    for (int i = 0; i < kBig; ++i)
      samples.push_back(testing::textSample(QStringLiteral("样本 %1").arg(i), i % 7 == 0 ? -1 : i % 5));
    big_ = testing::makeProject(dir_, QStringLiteral("big"), SchemaKind::Style, samples);
  }

  void fetchesIdsInChunks() {
    auto query = std::make_shared<SampleQuery>(big_);
    SampleTableModel model;
    model.setQuery(query, LabelSchema::style());
    QCOMPARE(model.rowCount(), SampleTableModel::kIdChunk);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), kBig);
    QVERIFY(!model.canFetchMore());
  }

  void dataLoadsOnlyVisiblePages() {
    auto query = std::make_shared<SampleQuery>(big_);
    SampleTableModel model;
    model.setQuery(query, LabelSchema::style());
    QCOMPARE(model.cachedPages(), 0);
    const int row = 12345;
    QCOMPARE(model.data(model.index(row, SampleTableModel::TextColumn)).toString(), QStringLiteral("样本 12345"));
    QCOMPARE(model.cachedPages(), 1);
    QCOMPARE(model.data(model.index(row + 1, SampleTableModel::LabelColumn)).toString(),
             QStringLiteral("售后 after_sales"));  // sample 12346: label 12346 % 5 = 1
    QCOMPARE(model.cachedPages(), 1);
    // Touch many pages: the cache stays bounded.
    for (int r = 0; r < model.rowCount(); r += SampleTableModel::kPageSize)
      model.data(model.index(r, SampleTableModel::IdColumn));
    QCOMPARE(model.cachedPages(), SampleTableModel::kMaxPages);
  }

  void filterByLabelAndSearch() {
    auto query = std::make_shared<SampleQuery>(big_);
    SampleTableModel model;
    model.setQuery(query, LabelSchema::style());
    SampleFilter f;
    f.label = -1;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), (kBig + 6) / 7);
    QCOMPARE(model.data(model.index(1, SampleTableModel::TextColumn)).toString(), QStringLiteral("样本 7"));
    QCOMPARE(model.data(model.index(1, SampleTableModel::LabelColumn)).toString(), QStringLiteral("—"));
    f = {};
    f.search = QStringLiteral("样本 2499");
    model.setFilter(f);
    // "样本 2499" and "样本 24990".."样本 24999".
    QCOMPARE(model.rowCount(), 11);
    QVERIFY(model.allFetched());
  }

  void paneFiltersDriveModel() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY(context.open(big_, &error));
    DatasetPane pane(&context);
    QCOMPARE(pane.model()->rowCount(), SampleTableModel::kIdChunk);
    auto* search = pane.findChild<QLineEdit*>(QStringLiteral("search"));
    QVERIFY(search);
    search->setText(QStringLiteral("样本 1234"));  // as typing does (QTest cannot type CJK)
    // The search waits for typing to pause, then filters.
    QTRY_COMPARE(pane.model()->rowCount(), 11);
    auto* label = pane.findChild<QComboBox*>(QStringLiteral("labelFilter"));
    QVERIFY(label);
    label->setCurrentIndex(label->findData(-1));
    pane.applyFilter();
    QCOMPARE(pane.currentFilter().label, -1);
    // Of 1234 and 12340..12349 only 12341 and 12348 (multiples of 7) are unlabeled.
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(pane.model()->data(pane.model()->index(0, SampleTableModel::TextColumn)).toString(),
             QStringLiteral("样本 12341"));
  }

  void predictionAndReviewColumns() {
    const QString path =
        testing::makeProject(dir_, QStringLiteral("columns"), SchemaKind::Style,
                             {testing::textSample(QStringLiteral("一"), 1),
                              testing::textSample(QStringLiteral("二"), 2), testing::textSample(QStringLiteral("三"))});
    {
      auto store = ProjectStore::open(path);
      StoredPrediction p;
      p.sampleId = 1, p.model = QStringLiteral("m"), p.label = 3, p.labelName = QStringLiteral("有帮助");
      p.confidence = 0.875;
      StoredPrediction q = p;
      q.sampleId = 3, q.label = -1, q.labelName = QStringLiteral("other"), q.confidence = 0.5;
      store->savePredictions({p, q});
      store->addReview(1, QStringLiteral("rita"), Verdict::Relabelled, 4);
    }
    SampleTableModel model;
    model.setQuery(std::make_shared<SampleQuery>(path), LabelSchema::style());
    QCOMPARE(model.headerData(SampleTableModel::PredictionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Prediction"));
    QCOMPARE(model.headerData(SampleTableModel::ReviewColumn, Qt::Horizontal).toString(), QStringLiteral("Review"));
    QCOMPARE(model.data(model.index(0, SampleTableModel::PredictionColumn)).toString(), QStringLiteral("有帮助 0.88"));
    QCOMPARE(model.data(model.index(0, SampleTableModel::ReviewColumn)).toString(),
             QStringLiteral("relabelled · rita"));
    QCOMPARE(model.data(model.index(1, SampleTableModel::PredictionColumn)).toString(), QString());
    QCOMPARE(model.data(model.index(1, SampleTableModel::ReviewColumn)).toString(), QString());
    // A label the project does not have: the model's own name.
    QCOMPARE(model.data(model.index(2, SampleTableModel::PredictionColumn)).toString(), QStringLiteral("other 0.50"));
  }

  void paneReviewFilterAndIndexedSearch() {
    const QString path = testing::makeProject(dir_, QStringLiteral("search"), SchemaKind::Style,
                                              {testing::textSample(QStringLiteral("用户问题：能退货吗？"), 1),
                                               testing::textSample(QStringLiteral("用户问题：退款多久到？"), 2),
                                               testing::textSample(QStringLiteral("Where is my order?"), 1),
                                               testing::textSample(QStringLiteral("无关内容"), 0)});
    ProjectContext context;
    context.setAnnotator(QStringLiteral("rita"));
    QString error;
    QVERIFY(context.open(path, &error));
    context.store()->addReview(2, QStringLiteral("rita"), Verdict::KeptHuman, 2);
    DatasetPane pane(&context);
    QTRY_VERIFY(!pane.searchIndex()->isBuilding());
    QCOMPARE(pane.searchIndex()->index()->records(), qint64(4));
    auto* review = pane.findChild<QComboBox*>(QStringLiteral("reviewFilter"));
    QVERIFY(review);
    review->setCurrentIndex(review->findData(static_cast<int>(SampleFilter::Review::Reviewed)));
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->sampleId(0), qint64(2));
    review->setCurrentIndex(review->findData(static_cast<int>(SampleFilter::Review::Unreviewed)));
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 3);
    review->setCurrentIndex(0);

    auto* search = pane.findChild<QLineEdit*>(QStringLiteral("search"));
    auto* label = pane.findChild<QComboBox*>(QStringLiteral("labelFilter"));
    const auto ids = [&pane]() {
      std::vector<qint64> out;
      for (int r = 0; r < pane.model()->rowCount(); ++r) out.push_back(pane.model()->sampleId(r));
      return out;
    };
    search->setText(QStringLiteral("退"));  // one CJK character
    pane.applyFilter();
    QCOMPARE(ids(), (std::vector<qint64>{1, 2}));
    search->setText(QStringLiteral("退货"));  // two
    pane.applyFilter();
    QCOMPARE(ids(), std::vector<qint64>{1});
    search->setText(QStringLiteral("order"));
    pane.applyFilter();
    QCOMPARE(ids(), std::vector<qint64>{3});
    search->setText(QStringLiteral("用户"));
    label->setCurrentIndex(label->findData(2));
    pane.applyFilter();
    QCOMPARE(ids(), std::vector<qint64>{2});
    label->setCurrentIndex(0);

    // A new import: found at once, and indexed in the background.
    context.store()->addSamples({testing::textSample(QStringLiteral("用户问题：还能退吗？"), 3)});
    context.notifyDataChanged();
    search->setText(QStringLiteral("退"));
    pane.applyFilter();
    QCOMPARE(ids(), (std::vector<qint64>{1, 2, 5}));
    QTRY_COMPARE(pane.searchIndex()->index()->records(), qint64(5));
    pane.applyFilter();
    QCOMPARE(ids(), (std::vector<qint64>{1, 2, 5}));
  }

  void splitButtonAssignsSplits() {
    const QString path = testing::makeProject(dir_, QStringLiteral("split"), SchemaKind::Style, [] {
      std::vector<Sample> s;
      for (int i = 0; i < 50; ++i) s.push_back(testing::textSample(QStringLiteral("s%1").arg(i), i % 5));
      return s;
    }());
    ProjectContext context;
    QString error;
    QVERIFY(context.open(path, &error));
    DatasetPane pane(&context);
    auto* splitFilter = pane.findChild<QComboBox*>(QStringLiteral("splitFilter"));
    QVERIFY(splitFilter);
    const auto buttons = pane.findChildren<QPushButton*>();
    QPushButton* split = nullptr;
    for (QPushButton* b : buttons)
      if (b->text() == QStringLiteral("Split")) split = b;
    QVERIFY(split);
    split->click();
    QTRY_VERIFY(split->isEnabled());  // the split runs in the background; the button returns when it is stored
    splitFilter->setCurrentIndex(splitFilter->findData(static_cast<int>(Split::Test)));
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 10);  // 20% of 50, stratified over 5 labels
  }
};

ASSAY_TEST_MAIN(TstSampleTableModel)
#include "tst_sampletablemodel.moc"
