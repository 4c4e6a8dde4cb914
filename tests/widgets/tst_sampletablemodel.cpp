// The virtualised dataset table: chunked ids, paged rows, filters.
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "WidgetTestProject.h"
#include "common/ProjectContext.h"
#include "dataset/DatasetPane.h"
#include "dataset/SampleTableModel.h"

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
    splitFilter->setCurrentIndex(splitFilter->findData(static_cast<int>(Split::Test)));
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 10);  // 20% of 50, stratified over 5 labels
  }
};

QTEST_MAIN(TstSampleTableModel)
#include "tst_sampletablemodel.moc"
