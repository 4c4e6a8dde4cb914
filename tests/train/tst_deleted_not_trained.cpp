// A soft-deleted record is not training data: prepareTraining's project
// reader leaves it out (and its characters out of the tiny preset's
// vocabulary), and a restore brings it back.
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include "data/ProjectStore.h"
#include "TestRegistry.h"
#include "train/TrainingRun.h"

using namespace assay;

class TestDeletedNotTrained : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void deletedRecordsLeaveTheTrainingData() {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.assay"));
    std::vector<qint64> deleted;
    {
      auto store = data::ProjectStore::create(project, data::SchemaKind::Correctness);
      std::vector<data::Sample> samples;
      for (int i = 0; i < 40; ++i) {
        data::Sample s;
        s.text = (i % 2 ? QStringLiteral("abcd ") : QStringLiteral("efgh ")) + QString::number(i % 7);
        s.label = i % 2;
        samples.push_back(s);
      }
      for (int i = 0; i < 4; ++i) {  // only these contain 'Z'
        data::Sample s;
        s.text = QStringLiteral("ZZZ %1").arg(i);
        s.label = i % 2;
        samples.push_back(s);
      }
      const std::vector<qint64> ids = store->addSamples(samples);
      deleted.assign(ids.end() - 4, ids.end());
      store->setDeleted(deleted, true, QStringLiteral("alice"));
    }
    TrainConfig config;
    config.project = project;
    config.trainFile.clear();
    config.outputDir = dir.filePath(QStringLiteral("model"));
    config.task = TrainTask::Classify;
    config.maxLength = 32;
    config.numThreads = 1;
    {
      const PreparedTraining p = prepareTraining(config);
      QCOMPARE(p.data.train.size() + p.data.eval.size(), size_t(40));
      QVERIFY(p.tokenizer);
      QVERIFY(!p.tokenizer->tokenToId("Z"));  // the deleted texts were never read
    }
    data::ProjectStore::open(project)->setDeleted(deleted, false, QStringLiteral("alice"));
    const PreparedTraining p = prepareTraining(config);
    QCOMPARE(p.data.train.size() + p.data.eval.size(), size_t(44));
    QVERIFY(p.tokenizer->tokenToId("Z"));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestDeletedNotTrained)
#include "tst_deleted_not_trained.moc"
