// Training data from a project whose annotators disagree: the adjudicated
// label wins, else the majority of the annotators' latest labels, and a tie
// is left out; a sample with one annotator, or agreeing annotators, keeps
// its label. The log says how many conflicts were resolved which way.
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include "TestRegistry.h"
#include "data/Adjudication.h"
#include "data/ProjectStore.h"
#include "train/TrainingRun.h"

using namespace assay;

class TestAdjudicatedTraining : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void adjudicatedThenMajorityThenTieSkipped() {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.assay"));
    {
      auto store = data::ProjectStore::create(project, data::SchemaKind::Correctness);
      std::vector<data::Sample> samples;
      for (int i = 0; i < 12; ++i) {  // agreed training samples, one annotator each
        data::Sample s;
        s.text = QStringLiteral("train %1").arg(i);
        s.label = i % 2;
        s.split = data::Split::Train;
        samples.push_back(s);
      }
      for (const char* t : {"adjudicated", "majority", "tie", "adjudicated over majority", "single", "agreed"}) {
        data::Sample s;
        s.text = QString::fromUtf8(t);
        s.split = data::Split::Test;  // the eval set, in id order
        samples.push_back(s);
      }
      const std::vector<qint64> ids = store->addSamples(samples, QStringLiteral("import"));
      const qint64 adjudicated = ids[12], majority = ids[13], tie = ids[14], overMajority = ids[15], single = ids[16],
                   agreed = ids[17];
      // samples.label follows the last annotate(): each case's current label
      // differs from what training must use.
      store->annotate(adjudicated, "alice", 1);
      store->annotate(adjudicated, "bob", 0);
      data::setAdjudication(*store, adjudicated, 1, "rita");  // a tie, settled: 1
      store->annotate(majority, "alice", 1);
      store->annotate(majority, "bob", 1);
      store->annotate(majority, "carol", 0);  // current 0, majority 1
      store->annotate(tie, "alice", 0);
      store->annotate(tie, "bob", 1);  // left out
      store->annotate(overMajority, "alice", 1);
      store->annotate(overMajority, "bob", 1);
      store->annotate(overMajority, "carol", 0);
      data::setAdjudication(*store, overMajority, 0, "rita");  // majority 1, adjudicated 0
      store->annotate(single, "alice", 1);
      store->annotate(agreed, "alice", 0);
      store->annotate(agreed, "bob", 0);
      data::setAdjudication(*store, agreed, 1, "rita");  // no disagreement: not applied
    }
    TrainConfig config;
    config.project = project;
    config.trainFile.clear();
    config.outputDir = dir.filePath(QStringLiteral("model"));
    config.task = TrainTask::Classify;
    config.maxLength = 32;
    config.numThreads = 1;
    QStringList log;
    const PreparedTraining p = prepareTraining(config, [&](const QString& line) { log << line; });
    QCOMPARE(p.data.train.size(), size_t(12));
    std::vector<int64_t> eval;
    for (const TrainExample& e : p.data.eval) eval.push_back(e.label);
    // adjudicated 1, majority 1, (tie left out), adjudicated over majority 0, single 1, agreed 0
    QCOMPARE(eval, (std::vector<int64_t>{1, 1, 0, 1, 0}));
    QVERIFY2(log.join('\n').contains(
                 QStringLiteral("conflicts: 2 resolved by adjudication, 1 by majority, 1 skipped (tie)")),
             qPrintable(log.join('\n')));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestAdjudicatedTraining)
#include "tst_adjudicated_training.moc"
