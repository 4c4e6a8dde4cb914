// The Trainer loop on a small stand-in model (TrainerFixture.h): learning,
// determinism, exact resume, cancel, NaN detection, metrics.jsonl. The Qwen2
// model is exercised in tst_trainingworker; shards in tst_data_parallel.
#include <torch/torch.h>

#include <QtTest>
#include <fstream>

#include "model/NextTokenLoss.h"
#include "TestRegistry.h"
#include "train/Trainer.h"
#include "TrainerFixture.h"

using namespace assay;
using namespace assay::testing;

namespace {

int countLines(const QString& file) {
  std::ifstream in(file.toStdString());
  int n = 0;
  for (std::string line; std::getline(in, line);) ++n;
  return n;
}

}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void classifierLearnsAndWritesMetrics() {
    QTemporaryDir dir;
    const auto data = classifyData();
    auto config = baseConfig(dir.path());
    config.evalSteps = 5;
    std::vector<int64_t> evalSteps;
    TrainCallbacks cb;
    cb.evaluated = [&](const EvalMetrics&, int64_t step, double) { evalSteps.push_back(step); };
    Trainer trainer(config, handleFor(freshModel(2)), data, cb);
    QCOMPARE(trainer.stepsPerEpoch(), int64_t(8));  // 64 records / 8
    QCOMPARE(trainer.totalSteps(), int64_t(24));
    const auto result = trainer.run();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.globalStep, int64_t(24));
    QCOMPARE(result.stepLosses.size(), size_t(24));
    QVERIFY(result.finalMetrics.has_value());
    QCOMPARE(result.finalMetrics->classification->accuracy, 1.0);
    QVERIFY(result.stepLosses.back() < result.stepLosses.front() * 0.5);
    // every 5 steps plus each epoch end (8, 16, 24)
    QCOMPARE(evalSteps, (std::vector<int64_t>{5, 8, 10, 15, 16, 20, 24}));
    const QString metrics = dir.filePath(QStringLiteral("metrics.jsonl"));
    QCOMPARE(countLines(metrics), 7);
    std::ifstream in(metrics.toStdString());
    std::string first;
    std::getline(in, first);
    const auto j = nlohmann::json::parse(first);
    QCOMPARE(j.at("step").get<int>(), 5);
    for (const char* key :
         {"epoch", "learning_rate", "tokens_per_second", "eval_loss", "eval_f1_macro", "eval_per_class_f1"})
      QVERIFY2(j.contains(key), key);
    QVERIFY(j.at("tokens_per_second").get<double>() > 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("training_state/weights.pt"))));
  }

  void configJsonRoundTrip() {
    TrainConfig c;
    QVERIFY(!c.emaDecay.has_value());  // unset: resolved by prepareTraining
    QCOMPARE(c.precision, QStringLiteral("auto"));
    auto j = c.toJson();
    QVERIFY(j.at("ema_decay").is_null());
    QVERIFY(!TrainConfig::fromJson(j).emaDecay.has_value());
    c.emaDecay = 0.995;
    c.precision = QStringLiteral("bf16");
    c.centerRewardsCoefficient = 0.01;
    const auto back = TrainConfig::fromJson(c.toJson());
    QCOMPARE(back.emaDecay.value(), 0.995);
    QCOMPARE(back.precision, QStringLiteral("bf16"));
    QCOMPARE(back.centerRewardsCoefficient.value(), 0.01);
    c.trainFile = QStringLiteral("t.jsonl");
    c.outputDir = QStringLiteral("out");
    QVERIFY(c.validate().isEmpty());
    c.adamBeta2 = 0.98;
    QCOMPARE(TrainConfig::fromJson(c.toJson()).adamBeta2, 0.98);
    c.adamBeta2 = 1.0;
    QVERIFY(c.validate().contains("--adam_beta2"));
    c.adamBeta2 = 0.999;
    c.adamEpsilon = 0;
    QVERIFY(c.validate().contains("--adam_epsilon"));
    c.adamEpsilon = 1e-8;
    c.precision = QStringLiteral("half");
    QVERIFY(c.validate().contains("--precision"));
    c.precision = QStringLiteral("fp32");
    c.emaDecay = -0.5;
    QVERIFY(c.validate().contains("--ema_decay"));
    c.emaDecay = 0.9;
    QVERIFY(j.at("lm_loss_coefficient").is_null());
    c.lmLossCoefficient = 0.25;
    c.lmFrequentTokenShare = 0.1;
    QCOMPARE(TrainConfig::fromJson(c.toJson()).lmLossCoefficient.value(), 0.25);
    QCOMPARE(TrainConfig::fromJson(c.toJson()).lmFrequentTokenShare, 0.1);
    c.lmLossCoefficient = -1;
    QVERIFY(c.validate().contains("--lm_loss_coefficient"));
    c.lmLossCoefficient = 0.5;
    c.lmFrequentTokenShare = 1.5;
    QVERIFY(c.validate().contains("--lm_frequent_token_share"));
    c.lmFrequentTokenShare = 0.2;
    QVERIFY(j.at("name_swap").is_null());  // unset: the preset's default
    c.nameSwap = 0.25;
    QCOMPARE(TrainConfig::fromJson(c.toJson()).nameSwap.value(), 0.25);
    c.nameSwap = 1.5;
    QVERIFY(c.validate().contains("--name_swap must be in [0, 1]"));
    c.nameSwap = 0.5;
    c.modelNameOrPath = QStringLiteral("/some/checkpoint");
    QVERIFY(c.validate().contains("--name_swap needs the tiny preset"));
    c.nameSwap = 0;  // explicitly off is fine with a checkpoint
    QVERIFY(!c.validate().contains("--name_swap"));
    c.modelNameOrPath = QStringLiteral("tiny");
    c.emaDecay = -0.5;
    try {
      TrainConfig::fromJson(nlohmann::json{{"ema_decay", "high"}});
      QFAIL("a string ema_decay must be refused");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("ema_decay"), e.what());
    }
  }

  void adamBetasReachTheOptimizer() {
    // Adam's first step is g/|g| whatever beta2 is; from the second on the
    // second-moment decay changes the update, so the losses part after step 2.
    const auto data = classifyData();
    QTemporaryDir a, b;
    auto config = baseConfig(a.path());
    const auto standard = Trainer(config, handleFor(freshModel(2)), data).run().stepLosses;
    config.outputDir = b.path();
    config.adamBeta2 = 0.9;
    const auto faster = Trainer(config, handleFor(freshModel(2)), data).run().stepLosses;
    QCOMPARE(faster[0], standard[0]);
    QCOMPARE(faster[1], standard[1]);
    QVERIFY(faster[4] != standard[4]);
  }

  void nextTokenLossTrainsBesideTheTask() {
    // The stand-in's next-token head: token t's embedding scores the next
    // token through the embedding matrix (tied, as in the Qwen2 classifier).
    const auto data = classifyData();
    torch::Tensor maskSeen;
    const auto withHead = [&maskSeen](BagModel model, bool nan = false) {
      auto h = handleFor(model);
      h.nextTokenLoss = true;
      h.forward = [model, &maskSeen, nan](const ModelInput& in, const ForwardRequest& request) mutable {
        const auto &ids = in.inputIds, &mask = in.attentionMask;
        ModelOutput out;
        out.logits = model->forward(ids, mask);
        if (!request.nextTokenLoss) return out;
        maskSeen = request.frequentTokens;
        const auto seq = ids.size(1);
        const auto logits = torch::matmul(model->embed(ids.narrow(1, 0, seq - 1)), model->embed->weight.t());
        const auto real = (mask.narrow(1, 0, seq - 1) * mask.narrow(1, 1, seq - 1)).to(torch::kBool);
        const auto loss =
            torch::nn::functional::cross_entropy(logits.index({real}), ids.narrow(1, 1, seq - 1).index({real}));
        out.nextTokenLoss = nan ? loss * std::numeric_limits<float>::quiet_NaN() : loss;
        return out;
      };
      return h;
    };
    QTemporaryDir off, on, bad;
    auto config = baseConfig(off.path());
    config.numThreads = 1;
    // Unset means off (prepareTraining resolves it): the same losses as a model without the head.
    const auto plain = Trainer(config, handleFor(freshModel(2)), data).run().stepLosses;
    QCOMPARE(Trainer(config, withHead(freshModel(2)), data).run().stepLosses, plain);
    QVERIFY(!maskSeen.defined());

    config.outputDir = on.path();
    config.lmLossCoefficient = 0.5;
    config.lmFrequentTokenShare = 0.5;
    const auto mixed = Trainer(config, withHead(freshModel(2)), data).run().stepLosses;
    // The log shows the task loss: the same first step, then the extra
    // gradient changes the trajectory.
    QCOMPARE(mixed[0], plain[0]);
    QVERIFY(mixed[3] != plain[3]);
    std::vector<const std::vector<int32_t>*> texts;
    for (const auto& e : data.train) texts.push_back(&e.ids);
    QVERIFY(maskSeen.defined() && torch::equal(maskSeen, frequentTokenMask(texts, 0.5)));
    std::ifstream metrics(QDir(on.path()).filePath(QStringLiteral("metrics.jsonl")).toStdString());
    std::string first;
    std::getline(metrics, first);
    const auto line = nlohmann::json::parse(first);
    QVERIFY2(line.contains("train_lm_loss") && line.at("train_lm_loss").get<double>() > 0, first.c_str());

    config.outputDir = bad.path();
    try {
      Trainer(config, withHead(freshModel(2), /*nan=*/true), data).run();
      QFAIL("a NaN next-token loss must stop training");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("next-token loss is NaN at step 1"), e.what());
    }
  }

  void sameSeedSameLosses() {
    const auto data = classifyData();
    QTemporaryDir a, b, c;
    auto run = [&](const QString& out, int seed) {
      auto config = baseConfig(out);
      config.seed = seed;
      return Trainer(config, handleFor(freshModel(2, uint64_t(seed))), data).run().stepLosses;
    };
    const auto first = run(a.path(), 7);
    QCOMPARE(run(b.path(), 7), first);  // bit-for-bit
    QVERIFY(run(c.path(), 8) != first);
  }

  void resumeEqualsUninterrupted() {
    const auto data = classifyData();
    QTemporaryDir full, resumed;
    auto config = baseConfig(full.path());
    config.saveSteps = 3;       // checkpoint-3 is mid-epoch (4 steps per epoch)
    config.saveTotalLimit = 0;  // keep every checkpoint
    config.gradientAccumulationSteps = 2;
    auto modelA = freshModel(2);
    const auto a = Trainer(config, handleFor(modelA), data).run();
    const QString checkpoint = QDir(full.path()).filePath(QStringLiteral("checkpoint-3"));
    QVERIFY(QFile::exists(checkpoint + "/training_state/optimizer.pt"));

    config.outputDir = resumed.path();
    config.resumeFromCheckpoint = checkpoint;
    auto modelB = freshModel(2, 99);  // different init: everything must come from the checkpoint
    const auto b = Trainer(config, handleFor(modelB), data).run();
    QCOMPARE(b.globalStep, a.globalStep);
    QCOMPARE(b.stepLosses, std::vector<double>(a.stepLosses.begin() + 3, a.stepLosses.end()));
    const auto pa = modelA->parameters(), pb = modelB->parameters();
    for (size_t i = 0; i < pa.size(); ++i) QVERIFY(torch::equal(pa[i], pb[i]));
  }

  void cancelStopsWithinOneStep() {
    const auto data = classifyData();
    QTemporaryDir dir;
    int64_t lastStep = 0;
    bool stop = false;
    TrainCallbacks cb;
    cb.stepLogged = [&](int64_t step, double, double) {
      lastStep = step;
      if (step == 3) stop = true;
    };
    cb.shouldStop = [&] { return stop; };
    auto config = baseConfig(dir.path());
    config.loggingSteps = 1;
    const auto result = Trainer(config, handleFor(freshModel(2)), data, cb).run();
    QVERIFY(result.cancelled);
    QCOMPARE(result.globalStep, int64_t(3));
    QCOMPARE(lastStep, int64_t(3));
    QVERIFY(
        !QFile::exists(dir.filePath(QStringLiteral("training_state/weights.pt"))));  // a cancelled run saves no model
  }

  void nanLossStopsTheRun() {
    const auto data = classifyData();
    QTemporaryDir dir;
    auto model = freshModel(2);
    auto handle = handleFor(model);
    int calls = 0;
    auto inner = handle.forward;
    handle.forward = [&calls, inner](const ModelInput& in, const ForwardRequest& request) {
      auto out = inner(in, request);
      if (++calls == 3) out.logits = out.logits * std::numeric_limits<float>::quiet_NaN();
      return out;
    };
    auto config = baseConfig(dir.path());
    config.numThreads = 1;  // one forward per step: the third call is step 3
    try {
      Trainer(config, handle, data).run();
      QFAIL("a NaN loss must stop training");
    } catch (const std::runtime_error& e) {
      const QString message = QString::fromUtf8(e.what());
      QVERIFY2(message.contains("NaN") && message.contains("step 3"), e.what());
    }
  }

  void rewardPairsLearnPreference() {
    const auto data = pairData();
    QTemporaryDir dir;
    auto config = baseConfig(dir.path());
    config.centerRewardsCoefficient = 0.01;
    config.numTrainEpochs = 6;
    const auto result = Trainer(config, handleFor(freshModel(1)), data).run();
    QVERIFY(result.finalMetrics && result.finalMetrics->reward);
    QCOMPARE(result.finalMetrics->reward->pairwiseAccuracy, 1.0);
    QVERIFY(result.finalMetrics->reward->meanMargin > 0);
  }

  void automaticEpochsFollowTheDataSize() {
    TrainConfig c;
    QCOMPARE(c.numTrainEpochs, 0.0);  // the default is automatic
    c.perDeviceTrainBatchSize = 16;
    QCOMPARE(c.stepsPerEpoch(168), int64_t(11));    // 210 style samples minus validation
    QCOMPARE(c.resolvedEpochs(11), 30.0);           // ceil(38400 / 176) = 219, capped at 30
    QCOMPARE(c.stepsPerEpoch(6400), int64_t(400));  // a few thousand records
    QCOMPARE(c.resolvedEpochs(400), 6.0);           // 38,400 records
    QCOMPARE(c.resolvedEpochs(2000), 6.0);          // 32,000 records: 6 epochs fit in 192,000
    QCOMPARE(c.resolvedEpochs(2500), 4.0);          // 40,000: floor(4.8)
    QCOMPARE(c.resolvedEpochs(5000), 3.0);          // 80,000 and more keep 3
    c.perDeviceTrainBatchSize = 32;                 // the default: the rule counts records, not steps
    QCOMPARE(c.stepsPerEpoch(6400), int64_t(200));
    QCOMPARE(c.resolvedEpochs(200), 6.0);
    c.perDeviceTrainBatchSize = 16;
    c.gradientAccumulationSteps = 4;
    QCOMPARE(c.stepsPerEpoch(6400), int64_t(100));
    QCOMPARE(c.resolvedEpochs(100), 6.0);
    c.numTrainEpochs = 2;  // an explicit count is used as given
    QCOMPARE(c.resolvedEpochs(11), 2.0);
    c.trainFile = QStringLiteral("train.jsonl");
    c.outputDir = QStringLiteral("out");
    QVERIFY(c.validate().isEmpty());
    c.numTrainEpochs = 0;
    QVERIFY(c.validate().isEmpty());
    c.numTrainEpochs = -1;
    QVERIFY(c.validate().contains(QStringLiteral("--num_train_epochs")));
  }

  void checkpointRotationKeepsBest() {
    const auto data = classifyData();
    QTemporaryDir dir;
    auto config = baseConfig(dir.path());
    config.evalSteps = 2;
    config.saveTotalLimit = 2;
    const auto result = Trainer(config, handleFor(freshModel(2)), data).run();
    const auto left = QDir(dir.path()).entryList({"checkpoint-*"}, QDir::Dirs);
    QVERIFY2(left.size() <= 3, qPrintable(left.join(',')));
    QVERIFY(QFile::exists(result.bestCheckpoint + "/training_state/trainer_state.json"));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
