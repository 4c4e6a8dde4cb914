// The dataset pane's Split runs in the background: the pane returns at
// once, the project ends up split exactly as core's assignSplits splits it,
// and the pane hears dataChanged() when it is stored.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/DatasetPane.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;

class TstDatasetPane : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  QString project(const QString& name) {
    std::vector<data::Sample> samples;
    for (int i = 0; i < 5000; ++i)
      samples.push_back(testing::textSample(QStringLiteral("用户问题：第%1个问题？\n回答：好的。").arg(i), i % 6 - 1));
    return testing::makeProject(dir_, name, data::SchemaKind::Style, samples);
  }

 private Q_SLOTS:
  void splitRunsInTheBackground() {
    const QString path = project(QStringLiteral("pane"));
    const QString reference = project(QStringLiteral("reference"));
    data::ProjectStore::open(reference)->assignSplits(0.2, 42);  // the pane's defaults
    ProjectContext context;
    QString error;
    QVERIFY2(context.open(path, &error), qPrintable(error));
    DatasetPane pane(&context);
    QSignalSpy changed(&context, &ProjectContext::dataChanged);
    pane.applySplit();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isSplitting(), 30000);
    QTRY_VERIFY(changed.count() >= 1);
    std::vector<int> got, want;
    context.store()->forEachSample(data::Split::All, [&got](const data::Sample& s) { got.push_back(int(s.split)); });
    data::ProjectStore::open(reference)->forEachSample(
        data::Split::All, [&want](const data::Sample& s) { want.push_back(int(s.split)); });
    QCOMPARE(got, want);
    QCOMPARE(context.store()->sampleCount(data::Split::Unassigned), qint64(0));
  }
};

ASSAY_TEST_MAIN(TstDatasetPane)
#include "tst_datasetpane.moc"
