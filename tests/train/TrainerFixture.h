#pragma once
// The Trainer's test fixture: a small stand-in model (mean of token
// embeddings -> linear head) and separable records, shared by the trainer
// and data-parallel tests.
#include <torch/torch.h>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "train/Trainer.h"

namespace assay::testing {

struct BagModelImpl : torch::nn::Module {
  BagModelImpl(int64_t vocab, int64_t outputs)
      : embed(register_module("embed", torch::nn::Embedding(vocab, 8))),
        head(register_module("head", torch::nn::Linear(8, outputs))) {}
  torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask) {
    const auto m = mask.unsqueeze(-1).to(torch::kFloat);
    return head((embed(ids) * m).sum(1) / m.sum(1).clamp_min(1));
  }
  torch::nn::Embedding embed;
  torch::nn::Linear head;
};
TORCH_MODULE(BagModel);

// A packed pair's output for a stand-in whose forward reads only the ids:
// one value per row, given to both sequences ([rows, 2, 1]).
inline ModelOutput sameRewardForBoth(BagModel& model, const ModelInput& packed) {
  const auto rows = packed.inputIds.size(0);
  ModelOutput out;
  out.logits = model->forward(packed.inputIds, torch::ones_like(packed.inputIds)).unsqueeze(1).expand({rows, 2, 1});
  return out;
}

inline ModelHandle handleFor(BagModel model) {
  ModelHandle h;
  h.module = model.ptr();
  h.forward = [model](const ModelInput& in, const ForwardRequest&) mutable {
    ModelOutput out;
    out.logits = model->forward(in.inputIds, in.attentionMask);
    return out;
  };
  return h;
}

// Class 0 uses tokens 1..5, class 1 tokens 6..10; lengths 2..9.
inline std::vector<TrainExample> makeRecords(int n, uint64_t salt) {
  std::vector<TrainExample> out;
  for (int i = 0; i < n; ++i) {
    TrainExample e;
    e.label = i % 2;
    const int len = 2 + int((uint64_t(i) * 7 + salt) % 8);
    for (int k = 0; k < len; ++k) e.ids.push_back(int32_t(1 + 5 * e.label + int((uint64_t(i + k) * 13 + salt) % 5)));
    out.push_back(e);
  }
  return out;
}

inline TrainingData classifyData() {
  TrainingData d;
  d.train = makeRecords(64, 1);
  d.eval = makeRecords(20, 3);
  d.labels = {"zero", "one"};
  return d;
}

inline TrainingData pairData() {
  TrainingData d = classifyData();
  d.pairwise = true;
  d.labels = {};
  for (auto* part : {&d.train, &d.eval}) {
    std::vector<TrainExample> pairs;
    for (size_t i = 0; i + 1 < part->size(); i += 2) {
      TrainExample p;
      p.ids = (*part)[i].ids;  // class-0 tokens are preferred
      p.rejectedIds = (*part)[i + 1].ids;
      pairs.push_back(p);
    }
    *part = pairs;
  }
  return d;
}

inline TrainConfig baseConfig(const QString& dir) {
  TrainConfig c;
  c.outputDir = dir;
  c.trainFile = QStringLiteral("unused");
  c.numTrainEpochs = 3;
  c.learningRate = 0.05;
  c.perDeviceTrainBatchSize = 8;
  c.seed = 7;
  c.warmupRatio = 0.1;
  return c;
}

inline BagModel freshModel(int64_t outputs, uint64_t seed = 7) {
  torch::manual_seed(seed);
  return BagModel(12, outputs);  // ids 1..10 in the records, 11 free for an unknown token
}

// For a training-time augmentation drawn from (seed, epoch, record): two
// runs of `config` give the same losses, a run resumed from checkpoint-10
// (in epoch 2: 8 steps per epoch) gives the rest of them, and with the
// augmentation turned off (`turnOff`) the losses differ.
inline void verifyReproducibleAndResumable(TrainConfig config, const TrainingData& data,
                                           const std::function<void(TrainConfig&)>& turnOff) {
  QTemporaryDir a, b, c;
  config.outputDir = a.path();
  config.saveSteps = 10;
  config.saveTotalLimit = 0;
  const auto first = Trainer(config, handleFor(freshModel(2)), data).run();
  config.outputDir = b.path();
  QCOMPARE(Trainer(config, handleFor(freshModel(2)), data).run().stepLosses, first.stepLosses);
  config.outputDir = c.path();
  config.resumeFromCheckpoint = QDir(a.path()).filePath(QStringLiteral("checkpoint-10"));
  const auto resumed = Trainer(config, handleFor(freshModel(2, 99)), data).run();
  QCOMPARE(resumed.stepLosses, std::vector<double>(first.stepLosses.begin() + 10, first.stepLosses.end()));
  config.resumeFromCheckpoint.clear();
  turnOff(config);
  QVERIFY(Trainer(config, handleFor(freshModel(2)), data).run().stepLosses != first.stepLosses);
}

}  // namespace assay::testing
