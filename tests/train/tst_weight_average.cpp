// --ema_decay (train/WeightAverage.h): the average follows its formula, a
// swap is undone by a second, it saves and loads, and in the Trainer it
// leaves the training trajectory alone, becomes the saved model, and
// resumes exactly.
#include <torch/torch.h>

#include <QtTest>

#include "TestRegistry.h"
#include "train/Trainer.h"
#include "train/WeightAverage.h"
#include "TrainerFixture.h"

using namespace assay;
using namespace assay::testing;

class TestWeightAverage : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void followsTheFormula() {
    auto p = torch::tensor({1.0f, 2.0f});
    WeightAverage average({p}, 0.9);
    // update 1: d = min(0.9, 1/10) = 0.1
    p.copy_(torch::tensor({3.0f, 4.0f}));
    QCOMPARE(average.currentDecay(), 0.1);
    average.update();
    // update 2: d = min(0.9, 2/11)
    p.copy_(torch::tensor({5.0f, 0.0f}));
    const double d2 = 2.0 / 11.0;
    average.update();
    QCOMPARE(average.updates(), int64_t(2));
    const double a0 = (0.1 * 1 + 0.9 * 3) * d2 + 5 * (1 - d2);
    const double a1 = (0.1 * 2 + 0.9 * 4) * d2 + 0 * (1 - d2);
    average.swap();
    QVERIFY(std::abs(p[0].item<double>() - a0) < 1e-5);
    QVERIFY(std::abs(p[1].item<double>() - a1) < 1e-5);
    average.swap();  // the raw values come back
    QVERIFY(torch::equal(p, torch::tensor({5.0f, 0.0f})));
    // Far into training the configured decay applies.
    for (int i = 0; i < 200; ++i) average.update();
    QCOMPARE(average.currentDecay(), 0.9);
  }

  void savesAndLoads() {
    QTemporaryDir dir;
    const std::string file = dir.filePath("average.pt").toStdString();
    auto p = torch::tensor({1.0f, 2.0f, 3.0f});
    WeightAverage a({p}, 0.5);
    p.add_(1);
    a.update();
    a.save(file);
    auto q = torch::zeros({3});
    WeightAverage b({q}, 0.5);
    b.load(file);
    QCOMPARE(b.updates(), int64_t(1));
    b.swap();
    a.swap();
    QVERIFY(torch::equal(q, p));

    auto wrong = torch::zeros({4});
    WeightAverage c({wrong}, 0.5);
    try {
      c.load(file);
      QFAIL("a shape mismatch must be refused");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("average.pt"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, WeightAverage({p}, 1.0));
  }

  void trainerSavesTheAverageAndKeepsTheTrajectory() {
    const auto data = classifyData();
    QTemporaryDir rawDir, avgDir;
    auto config = baseConfig(rawDir.path());
    auto rawModel = freshModel(2);
    const auto raw = Trainer(config, handleFor(rawModel), data).run();
    config.outputDir = avgDir.path();
    config.emaDecay = 0.8;
    auto avgModel = freshModel(2);
    const auto averaged = Trainer(config, handleFor(avgModel), data).run();
    // Averaging never feeds back into training.
    QCOMPARE(averaged.stepLosses, raw.stepLosses);
    QVERIFY(QFile::exists(QDir(averaged.bestCheckpoint).filePath("training_state/average.pt")));
    // The model left behind is the average of the best checkpoint, not its raw weights.
    auto reference = freshModel(2);
    WeightAverage fromDisk(reference->parameters(), 0.8);
    fromDisk.load(QDir(averaged.bestCheckpoint).filePath("training_state/average.pt").toStdString());
    fromDisk.swap();
    const auto pa = avgModel->parameters(), pr = reference->parameters();
    bool differsFromRaw = false;
    for (size_t i = 0; i < pa.size(); ++i) {
      QVERIFY(torch::equal(pa[i], pr[i]));
      differsFromRaw = differsFromRaw || !torch::equal(pa[i], rawModel->parameters()[i]);
    }
    QVERIFY(differsFromRaw);
  }

  void resumeWithAverageEqualsUninterrupted() {
    const auto data = classifyData();
    QTemporaryDir full, resumed, noAverage;
    auto config = baseConfig(full.path());
    config.emaDecay = 0.7;
    config.saveSteps = 3;
    config.saveTotalLimit = 0;
    auto modelA = freshModel(2);
    const auto a = Trainer(config, handleFor(modelA), data).run();
    const QString checkpoint = QDir(full.path()).filePath(QStringLiteral("checkpoint-3"));

    config.outputDir = resumed.path();
    config.resumeFromCheckpoint = checkpoint;
    auto modelB = freshModel(2, 99);
    const auto b = Trainer(config, handleFor(modelB), data).run();
    QCOMPARE(b.stepLosses, std::vector<double>(a.stepLosses.begin() + 3, a.stepLosses.end()));
    const auto pa = modelA->parameters(), pb = modelB->parameters();
    for (size_t i = 0; i < pa.size(); ++i) QVERIFY(torch::equal(pa[i], pb[i]));

    // A checkpoint trained without averaging cannot resume with it.
    QTemporaryDir plainDir;
    auto plain = baseConfig(plainDir.path());
    plain.saveSteps = 3;
    plain.saveTotalLimit = 0;
    Trainer(plain, handleFor(freshModel(2)), data).run();
    config.outputDir = noAverage.path();
    config.resumeFromCheckpoint = QDir(plainDir.path()).filePath(QStringLiteral("checkpoint-3"));
    try {
      Trainer(config, handleFor(freshModel(2)), data).run();
      QFAIL("resuming with --ema_decay from a checkpoint without an average must fail");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("no weight average"), e.what());
    }
  }
};

ASSAY_TEST_APPLESS_MAIN(TestWeightAverage)
#include "tst_weight_average.moc"
