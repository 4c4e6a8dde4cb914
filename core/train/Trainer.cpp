#include "train/Trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <thread>

#include "model/NextTokenLoss.h"
#include "train/Batching.h"
#include "train/CheckpointFiles.h"
#include "train/DistributedContext.h"
#include "train/FusedAdamW.h"
#include "train/Losses.h"
#include "train/LrSchedule.h"
#include "train/TrainBudget.h"
#include "train/ShardRunner.h"
#include "train/TrainThreads.h"

namespace assay {

namespace {

// The notes' user-facing lines, translated through i18n/Translations.h
// (Chinese: rm_train.py's wording); lupdate files them under this context.
struct Msg {
  Q_DECLARE_TR_FUNCTIONS(assay::Trainer)
};

std::vector<size_t> recordLengths(const std::vector<TrainExample>& examples) {
  std::vector<size_t> lengths;
  lengths.reserve(examples.size());
  for (const auto& e : examples) lengths.push_back(std::max(e.ids.size(), e.rejectedIds.size()));
  return lengths;
}

}  // namespace

Trainer::Trainer(TrainConfig config, ModelHandle model, const TrainingData& data, TrainCallbacks callbacks)
    : config_(std::move(config)), model_(std::move(model)), data_(data), cb_(std::move(callbacks)) {
  if (data_.train.empty()) throw std::runtime_error("no training records");
  std::vector<torch::Tensor> decay, noDecay;
  for (const auto& p : model_.module->parameters()) {
    if (!p.requires_grad()) continue;
    trainable_.push_back(p);
    (p.dim() >= 2 ? decay : noDecay).push_back(p);
  }
  if (trainable_.empty()) throw std::runtime_error("the model has no trainable parameters");
  using torch::optim::AdamWOptions;
  const auto adam = [this](double weightDecay) {
    return std::make_unique<AdamWOptions>(AdamWOptions(config_.learningRate)
                                              .betas({config_.adamBeta1, config_.adamBeta2})
                                              .eps(config_.adamEpsilon)
                                              .weight_decay(weightDecay));
  };
  std::vector<torch::optim::OptimizerParamGroup> groups;
  if (!decay.empty()) groups.emplace_back(decay, adam(config_.weightDecay));
  if (!noDecay.empty()) groups.emplace_back(noDecay, adam(0));
  optimizer_ = std::make_unique<torch::optim::AdamW>(groups, AdamWOptions(config_.learningRate));

  if (!data_.pairwise && config_.classWeights) {
    std::vector<int64_t> counts(size_t(data_.labels.size()), 0);
    for (const auto& e : data_.train)
      if (e.label >= 0 && size_t(e.label) < counts.size()) ++counts[size_t(e.label)];
    const auto w = inverseFrequencyWeights(counts);
    classWeights_ = torch::tensor(std::vector<float>(w.begin(), w.end()));
    classWeightValues_ = w;
  }
  // One count of the frequent tokens serves both: the next-token loss names
  // them, name swap leaves them alone.
  const bool swapsNames = config_.nameSwap.value_or(0) > 0 && !data_.ideographTokens.empty();
  torch::Tensor frequent;
  if (swapsNames || trainsNextToken()) {
    std::vector<const std::vector<int32_t>*> texts;  // what the next-token loss reads
    for (const auto& e : data_.train) texts.push_back(&e.ids);
    frequent = frequentTokenMask(texts, config_.lmFrequentTokenShare);
  }
  if (trainsNextToken() && config_.lmFrequentTokenShare > 0) frequentTokens_ = frequent;
  if (swapsNames) {
    const auto isFrequent = frequent.accessor<bool, 1>();
    swappable_.assign(data_.ideographTokens.size(), false);
    for (size_t id = 0; id < swappable_.size(); ++id) {
      const bool common = int64_t(id) < frequent.size(0) && isFrequent[int64_t(id)];
      if (data_.ideographTokens[id] && !common) {
        swappable_[id] = true;
        swapPool_.push_back(int32_t(id));
      }
    }
  }
  if (config_.emaDecay.value_or(0) > 0) average_ = std::make_unique<WeightAverage>(trainable_, *config_.emaDecay);
  distributed_ = DistributedContext::current();
  int threads = config_.numThreads, rankBatch = config_.perDeviceTrainBatchSize;
  if (distributed_) {
    // Every rank starts from rank 0's weights; the processes on one machine share its cores.
    distributed_->copyFromRankZero(trainable_);
    if (threads == 0) threads = std::max(1, int(std::thread::hardware_concurrency()) / distributed_->localWorldSize());
    rankBatch = (rankBatch + distributed_->worldSize() - 1) / distributed_->worldSize();
  }
  dataParallelWidth_ = model_.usesDropout ? 1 : assay::dataParallelWidth(threads, rankBatch);
}

bool Trainer::writesOutput() const { return !distributed_ || distributed_->writesOutput(); }

std::vector<size_t> Trainer::rankSlice(const std::vector<size_t>& batch, double& weight) const {
  const auto parts = evenParts(batch.size(), distributed_->worldSize());
  const size_t r = size_t(distributed_->rank());
  if (r >= parts.size()) {
    weight = 0;
    return {};
  }
  std::vector<size_t> slice(batch.begin() + std::ptrdiff_t(parts[r].first),
                            batch.begin() + std::ptrdiff_t(parts[r].second));
  weight = shareOf(slice) / shareOf(batch);
  return slice;
}

int64_t Trainer::stepsPerEpoch() const { return config_.stepsPerEpoch(data_.train.size()); }

int64_t Trainer::totalSteps() const {
  const int64_t spe = stepsPerEpoch();
  return std::max<int64_t>(1, int64_t(std::ceil(config_.resolvedEpochs(spe) * double(spe) - 1e-9)));
}

std::optional<BlendChoice> Trainer::chooseBaselineBlend() {
  if (data_.eval.empty() || data_.baselineEvalProbabilities.size() != data_.eval.size()) return std::nullopt;
  std::vector<std::vector<double>> scores;
  evaluate(data_.eval, &scores);
  std::vector<std::vector<double>> transformer, ngram;
  std::vector<int64_t> truth;
  for (size_t i = 0; i < data_.eval.size(); ++i) {
    const int64_t label = data_.eval[i].label;
    if (data_.baselineEvalProbabilities[i].empty() || label < 0) continue;
    std::vector<double> p = scores[i];
    if (data_.pairwise) {  // a correctness pair: P(its own verdict) from the two rewards
      const double own = 1.0 / (1.0 + std::exp(scores[i][1] - scores[i][0]));
      p.assign(2, 0.0);
      p[size_t(label)] = own;
      p[size_t(1 - label)] = 1 - own;
    } else {
      const double top = *std::max_element(p.begin(), p.end());
      double sum = 0;
      for (double& v : p) sum += (v = std::exp(v - top));
      for (double& v : p) v /= sum;
    }
    transformer.push_back(std::move(p));
    ngram.push_back(data_.baselineEvalProbabilities[i]);
    truth.push_back(label);
  }
  if (truth.empty()) return std::nullopt;
  return chooseBlend(transformer, ngram, truth, data_.labels, data_.pairwise);
}

bool Trainer::hasTimeBudget() const { return config_.maxTrainMinutes.value_or(0) > 0 && config_.numTrainEpochs <= 0; }

void Trainer::setLearningRate(double lr) {
  for (auto& group : optimizer_->param_groups()) static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
}

bool Trainer::trainsNextToken() const {
  if (config_.lmLossCoefficient.value_or(0) <= 0) return false;
  return model_.nextTokenLoss;
}

ForwardRequest Trainer::trainingRequest() const {
  return trainsNextToken() ? ForwardRequest::withNextTokenLoss(frequentTokens_) : ForwardRequest();
}

Trainer::BatchLoss Trainer::lossFor(const std::vector<size_t>& batch, int64_t& tokens) {
  const bool drops = config_.tokenDropout > 0 && data_.unkTokenId >= 0;
  const bool swaps = config_.nameSwap.value_or(0) > 0 && !swapPool_.empty();
  if (drops || swaps) {
    std::vector<TrainExample> noisy;
    for (size_t i : batch) {
      noisy.push_back(data_.train[i]);
      const auto augment = [&](std::vector<int32_t> ids) {
        if (swaps) ids = swapTokens(ids, *config_.nameSwap, swappable_, swapPool_, uint64_t(config_.seed), epoch_, i);
        if (drops)
          ids = dropTokens(ids, config_.tokenDropout, data_.unkTokenId, data_.firstDroppableTokenId,
                           uint64_t(config_.seed), epoch_, i);
        return ids;
      };
      noisy.back().ids = augment(data_.train[i].ids);
      if (data_.pairwise) noisy.back().rejectedIds = augment(data_.train[i].rejectedIds);
    }
    std::vector<size_t> local(batch.size());
    for (size_t k = 0; k < local.size(); ++k) local[k] = k;
    return lossOn(noisy, local, tokens);
  }
  return lossOn(data_.train, batch, tokens);
}

Trainer::BatchLoss Trainer::lossOn(const std::vector<TrainExample>& examples, const std::vector<size_t>& batch,
                                   int64_t& tokens) {
  BatchLoss loss;
  const auto withNextToken = [&] {
    loss.objective = loss.nextToken.defined() ? loss.task + *config_.lmLossCoefficient * loss.nextToken : loss.task;
    return loss;
  };
  if (!data_.pairwise) {
    std::vector<const std::vector<int32_t>*> seqs;
    for (size_t i : batch) seqs.push_back(&examples[i].ids);
    const auto padded = padSequences(seqs, data_.padTokenId);
    tokens += padded.realTokens;
    std::vector<int64_t> labels;
    for (size_t i : batch) labels.push_back(examples[i].label);
    const auto out = model_.forward(ModelInput::padded(padded.inputIds, padded.attentionMask), trainingRequest());
    loss.nextToken = out.nextTokenLoss;
    loss.task = classificationLoss(out.logits, torch::tensor(labels), classWeights_, config_.labelSmoothing);
    return withNextToken();
  }
  const auto [chosen, rejected] = pairRewards(examples, batch, tokens, &loss.nextToken);
  torch::Tensor margin;
  bool anyMargin = false;
  for (size_t i : batch) anyMargin = anyMargin || examples[i].hasMargin;
  if (anyMargin) {
    std::vector<float> m;
    for (size_t i : batch) m.push_back(examples[i].hasMargin ? float(examples[i].margin) : 0.f);
    margin = torch::tensor(m);
  }
  loss.task = bradleyTerryLoss(chosen, rejected, margin, config_.centerRewardsCoefficient);
  return withNextToken();
}

std::pair<torch::Tensor, torch::Tensor> Trainer::pairRewards(const std::vector<TrainExample>& examples,
                                                             const std::vector<size_t>& batch, int64_t& tokens,
                                                             torch::Tensor* nextToken) {
  std::vector<const std::vector<int32_t>*> chosen, rejected;
  for (size_t i : batch) {
    chosen.push_back(&examples[i].ids);
    rejected.push_back(&examples[i].rejectedIds);
  }
  if (model_.packsPairs) {
    const auto packed = packSharedPrefixPairs(chosen, rejected, data_.padTokenId);
    tokens += packed.realTokens;
    const auto out = model_.forward(packed.modelInput(), nextToken ? trainingRequest() : ForwardRequest());
    if (nextToken) *nextToken = out.nextTokenLoss;
    const auto r = out.rewards().to(torch::kFloat);
    return {r.select(1, 0), r.select(1, 1)};
  }
  // Chosen and rejected go through one forward pass, as TRL concatenates them.
  auto seqs = chosen;
  seqs.insert(seqs.end(), rejected.begin(), rejected.end());
  const auto padded = padSequences(seqs, data_.padTokenId);
  tokens += padded.realTokens;
  const auto r =
      model_.forward(ModelInput::padded(padded.inputIds, padded.attentionMask), {}).rewards().to(torch::kFloat);
  const int64_t b = int64_t(batch.size());
  return {r.slice(0, 0, b), r.slice(0, b, 2 * b)};
}

double Trainer::shareOf(const std::vector<size_t>& shard) const {
  if (data_.pairwise || !classWeights_.defined()) return double(shard.size());
  // PyTorch's weighted mean divides by the summed weights of the targets.
  double sum = 0;
  for (size_t i : shard) sum += classWeightValues_[size_t(data_.train[i].label)];
  return sum;
}

Trainer::LossValues Trainer::backwardSharded(const std::vector<size_t>& batch, double scale, int64_t& tokens) {
  const auto parts = evenParts(batch.size(), dataParallelWidth_);
  const size_t width = parts.size();
  std::vector<std::vector<size_t>> shards;
  std::vector<double> shares, values(width, 0), nextTokenValues(width, 0);
  std::vector<char> finite(width, 1);
  std::vector<int64_t> shardTokens(width, 0);
  std::vector<std::vector<torch::Tensor>> helperGrads(width);
  double total = 0;
  for (const auto& [begin, end] : parts) {
    shards.emplace_back(batch.begin() + std::ptrdiff_t(begin), batch.begin() + std::ptrdiff_t(end));
    shares.push_back(shareOf(shards.back()));
    total += shares.back();
  }
  runShards(int(width), [&](int k) {
    const size_t s = size_t(k);
    const auto loss = lossFor(shards[s], shardTokens[s]);
    values[s] = loss.task.item<double>();
    if (loss.nextToken.defined()) nextTokenValues[s] = loss.nextToken.item<double>();
    finite[s] = std::isfinite(values[s]) && std::isfinite(nextTokenValues[s]);
    if (!finite[s]) return;  // the caller stops the run; no gradient needed
    const auto weighted = loss.objective * (shares[s] / total * scale);
    // Shard 0 accumulates into .grad itself; the others hand their gradients
    // back and are added below in shard order, so the sum is the same on every run.
    if (s == 0) weighted.backward();
    else helperGrads[s] = torch::autograd::grad({weighted}, trainable_, {}, false, false, /*allow_unused=*/true);
  });
  LossValues value;
  for (size_t s = 0; s < width; ++s) {
    value.task += values[s] * shares[s] / total;
    value.nextToken += nextTokenValues[s] * shares[s] / total;
    value.finite = value.finite && finite[s];
    tokens += shardTokens[s];
  }
  if (!value.finite) return value;
  // Each parameter's gradients summed in shard order (the same sum on every
  // run), the parameters dealt round-robin over the shard threads.
  runShards(int(width), [&](int k) {
    torch::NoGradGuard noGrad;
    for (size_t i = size_t(k); i < trainable_.size(); i += width) {
      auto& grad = trainable_[i].mutable_grad();
      for (size_t s = 1; s < width; ++s) {
        const auto& g = helperGrads[s][i];
        if (!g.defined()) continue;
        if (grad.defined()) grad.add_(g);
        else grad = g.clone(torch::MemoryFormat::Contiguous);  // the layout the fused step takes
      }
    }
  });
  return value;
}

EvalMetrics Trainer::evaluate(const std::vector<TrainExample>& examples, std::vector<std::vector<double>>* scores) {
  torch::NoGradGuard noGrad;
  const bool wasTraining = model_.module->is_training();
  model_.module->eval();
  // Each record's outputs, written by record index; scored afterwards by the
  // one rule every evaluation uses (Metrics.h), in record order, so the
  // metrics do not depend on the batches or the number of threads.
  std::vector<double> chosen(examples.size()), rejected(examples.size());
  std::vector<std::vector<double>> logits(data_.pairwise ? 0 : examples.size());
  const auto batches = lengthSortedBatches(recordLengths(examples), config_.perDeviceEvalBatchSize);
  const auto evaluateBatch = [&](const std::vector<size_t>& batch) {
    if (data_.pairwise) {
      int64_t unusedTokens = 0;
      const auto [rc, rr] = pairRewards(examples, batch, unusedTokens);
      const auto c = rc.contiguous(), r = rr.contiguous();
      for (size_t k = 0; k < batch.size(); ++k) {
        chosen[batch[k]] = double(c.data_ptr<float>()[k]);
        rejected[batch[k]] = double(r.data_ptr<float>()[k]);
      }
      return;
    }
    std::vector<const std::vector<int32_t>*> seqs;
    for (size_t i : batch) seqs.push_back(&examples[i].ids);
    const auto padded = padSequences(seqs, data_.padTokenId);
    const auto rows = model_.forward(ModelInput::padded(padded.inputIds, padded.attentionMask), {})
                          .logits.to(torch::kFloat)
                          .contiguous();
    const int64_t width = rows.size(1);
    for (size_t k = 0; k < batch.size(); ++k)
      logits[batch[k]].assign(rows.data_ptr<float>() + int64_t(k) * width,
                              rows.data_ptr<float>() + (int64_t(k) + 1) * width);
  };
  // Batches are dealt round-robin to the shards (sorted by length, so each
  // gets a fair mix).
  const size_t width = std::min(size_t(dataParallelWidth_), std::max<size_t>(1, batches.size()));
  runShards(int(width), [&](int shard) {
    torch::NoGradGuard shardNoGrad;  // grad mode is per thread
    for (size_t bi = size_t(shard); bi < batches.size(); bi += width) evaluateBatch(batches[bi]);
  });
  if (wasTraining) model_.module->train();

  if (!data_.pairwise) {
    std::vector<int64_t> truth;
    for (const auto& e : examples) truth.push_back(e.label);
    if (scores) *scores = logits;
    return scoreClassifier(data_.labels, truth, logits);
  }
  if (scores) {
    scores->assign(examples.size(), {});
    for (size_t i = 0; i < examples.size(); ++i) (*scores)[i] = {chosen[i], rejected[i]};
  }
  EvalMetrics metrics = scoreRewardPairs(chosen, rejected);
  // Correctness pairs also score as a 2-way classifier over the record's two
  // rewards, r(x 正确) and r(x 错误): right when its own verdict's is higher.
  if (data_.labels.size() == 2) {
    std::vector<int64_t> truth;
    std::vector<std::vector<double>> verdictRewards;
    for (size_t i = 0; i < examples.size(); ++i) {
      if (examples[i].label < 0) continue;
      truth.push_back(examples[i].label);
      verdictRewards.push_back(examples[i].label == 0 ? std::vector<double>{chosen[i], rejected[i]}
                                                      : std::vector<double>{rejected[i], chosen[i]});
    }
    if (!truth.empty()) metrics.classification = scoreClassifier(data_.labels, truth, verdictRewards).classification;
  }
  return metrics;
}

TrainResult Trainer::run() {
  TrainResult result;
  QElapsedTimer wall;
  wall.start();
  // Other ranks of a process group write nothing (DistributedContext.h).
  const bool writes = writesOutput();
  if (writes && !QDir().mkpath(config_.outputDir))
    throw std::runtime_error(config_.outputDir.toStdString() + ": cannot create the output directory");
  const QString metricsFile = QDir(config_.outputDir).filePath(QStringLiteral("metrics.jsonl"));
  if (!config_.resumeFromCheckpoint.isEmpty()) {
    loadCheckpoint(config_.resumeFromCheckpoint);
    if (writes) dropJsonLinesAfterStep(metricsFile, globalStep_);  // steps the stopped run took again from here
  } else if (writes) {
    QFile::remove(metricsFile);
  }
  // What a killed run was still writing (never a checkpoint to resume from).
  const int removed = writes ? removePartialDirectories(config_.outputDir, QStringLiteral("checkpoint-*")) : 0;
  if (removed > 0 && cb_.note)
    cb_.note(Msg::tr("🧹 Removed %1 unfinished checkpoints (*%2, left by an interrupted run)")
                 .arg(removed)
                 .arg(kPartialSuffix));

  const int64_t spe = stepsPerEpoch(), ceiling = totalSteps();
  int64_t total = plannedTotal_ > 0 ? std::min(plannedTotal_, ceiling) : ceiling;
  int64_t warmup = int64_t(std::ceil(config_.warmupRatio * double(total)));
  // --max_train_minutes: steps are timed after the first few (first uses of
  // shapes are slow), the plan is made once they give a steady rate and
  // revised after every evaluation, whose cost is then measured too.
  const bool budgeted = hasTimeBudget() && plannedTotal_ == 0;
  constexpr int64_t kUntimedSteps = 3, kCalibrationSteps = 20;
  constexpr qint64 kCalibrationMs = 15000;
  qint64 timedMs = 0;
  int64_t timedSteps = 0;
  double evalSeconds = -1;  // the latest evaluation with its checkpoint
  const auto replan = [&]() {
    BudgetRates r;
    r.budgetSeconds = *config_.maxTrainMinutes * 60.0;
    r.elapsedSeconds = double(wall.elapsed()) / 1000.0;
    r.stepsDone = globalStep_;
    r.secondsPerStep = double(timedMs) / 1000.0 / double(std::max<int64_t>(1, timedSteps));
    const double recordsPerStep = double(config_.perDeviceTrainBatchSize) * double(config_.gradientAccumulationSteps);
    // Before the first evaluation: forward passes only, about a third of a
    // training step's cost per record, counted at half to stay on the safe side.
    r.secondsPerEval =
        evalSeconds >= 0 ? evalSeconds : r.secondsPerStep * double(data_.eval.size()) / recordsPerStep * 0.5 + 0.2;
    r.stepsPerEpoch = spe;
    r.evalSteps = config_.evalSteps;
    const bool first = plannedTotal_ == 0;
    int64_t next = plannedTotalSteps(r, ceiling);
    if (distributed_) next = int64_t(distributed_->fromRankZero(double(next)));  // clocks differ by rank
    // Small revisions are applied quietly; the log reports the plan and real changes.
    const bool worthSaying = first || std::abs(next - total) * 20 > total;
    total = next;
    plannedTotal_ = total;
    if (first) warmup = int64_t(std::ceil(config_.warmupRatio * double(total)));
    if (cb_.note && worthSaying)
      cb_.note(
          Msg::tr(
              "⏱️ Time budget %1 minutes: %2 s per step, %3 s per evaluation → %4 steps planned (%5 epochs%6)")
              .arg(*config_.maxTrainMinutes)
              .arg(r.secondsPerStep, 0, 'f', 3)
              .arg(r.secondsPerEval, 0, 'f', 1)
              .arg(total)
              .arg(double(total) / double(spe), 0, 'f', 2)
              .arg(total == ceiling ? Msg::tr(", all of the auto epochs")
                                    : Msg::tr(", auto epochs are %1 steps").arg(ceiling)));
  };
  const int accum = config_.gradientAccumulationSteps;
  const auto lengths = recordLengths(data_.train);
  result.totalSteps = total;
  model_.module->train();
  for (auto& p : trainable_) p.mutable_grad().reset();  // each step releases them again (fusedClipAdamWStep)

  QElapsedTimer trainClock;  // excludes evaluation and checkpoint time
  int64_t tokensSinceEval = 0, allTokens = 0;
  qint64 trainMsSinceEval = 0, allTrainMs = 0;
  double logLossSum = 0;
  int64_t logLossCount = 0;
  const int64_t stepsAtStart = globalStep_;

  for (int64_t epoch = startEpoch_; globalStep_ < total; ++epoch) {
    epoch_ = epoch;
    const auto batches = bucketedBatches(lengths, config_.perDeviceTrainBatchSize, uint64_t(config_.seed), epoch);
    int64_t stepInEpoch = epoch == startEpoch_ ? startStepInEpoch_ : 0;
    size_t micro = size_t(stepInEpoch) * size_t(accum);
    while (micro < batches.size() && globalStep_ < total) {
      if (cb_.waitWhilePaused) cb_.waitWhilePaused();
      bool stop = cb_.shouldStop && cb_.shouldStop();
      if (distributed_) stop = distributed_->sum({stop ? 1.0 : 0.0})[0] > 0;  // all ranks stop together
      if (stop) {
        result.cancelled = true;
        break;
      }
      trainClock.start();
      const size_t group = std::min(size_t(accum), batches.size() - micro);
      double stepLoss = 0, stepNextTokenLoss = 0;
      for (size_t k = 0; k < group; ++k) {
        LossValues value;
        if (!distributed_) {
          value = backwardSharded(batches[micro + k], 1.0 / double(group), tokensSinceEval);
        } else {
          // This rank's slice, weighted by its share so that the ranks' summed
          // gradients are the whole batch's; the losses are summed likewise.
          double weight = 0;
          const auto slice = rankSlice(batches[micro + k], weight);
          int64_t sliceTokens = 0;
          if (!slice.empty()) value = backwardSharded(slice, weight / double(group), sliceTokens);
          const auto total = distributed_->sum(
              {value.task * weight, value.nextToken * weight, value.finite ? 0.0 : 1.0, double(sliceTokens)});
          value.task = total[0];
          value.nextToken = total[1];
          value.finite = total[2] == 0;
          tokensSinceEval += int64_t(total[3]);
          if (!value.finite && std::isfinite(value.task) && std::isfinite(value.nextToken))
            value.task = std::nan("");  // another rank's loss was not finite
        }
        if (!value.finite) {
          const double bad = std::isfinite(value.task) ? value.nextToken : value.task;
          throw std::runtime_error(
              std::string("training diverged: ") + (std::isfinite(value.task) ? "the next-token loss" : "loss") +
              " is " + (std::isnan(bad) ? "NaN" : "inf") + " at step " + std::to_string(globalStep_ + 1) + " (epoch " +
              std::to_string(epoch + 1) + "); lower --learning_rate or check the data");
        }
        stepLoss += value.task / double(group);
        stepNextTokenLoss += value.nextToken / double(group);
      }
      const double lr = linearWarmupDecay(config_.learningRate, globalStep_, warmup, total);
      setLearningRate(lr);
      if (distributed_) distributed_->sumGradients(trainable_);
      // Clips, updates, averages and releases the gradients for the next step.
      const double gradNorm = fusedClipAdamWStep(*optimizer_, config_.maxGradNorm, average_.get(), dataParallelWidth_);
      if (!std::isfinite(gradNorm))
        throw std::runtime_error("training diverged: gradient norm is not finite at step " +
                                 std::to_string(globalStep_ + 1) + "; lower --learning_rate");
      ++globalStep_;
      ++stepInEpoch;
      micro += group;
      const qint64 stepMs = trainClock.elapsed();
      trainMsSinceEval += stepMs;
      if (budgeted && globalStep_ - stepsAtStart > kUntimedSteps) {
        timedMs += stepMs;
        ++timedSteps;
        bool due = plannedTotal_ == 0 && (timedSteps >= kCalibrationSteps || timedMs >= kCalibrationMs);
        if (distributed_ && plannedTotal_ == 0) due = distributed_->fromRankZero(due ? 1.0 : 0.0) != 0;
        if (due) replan();
      }
      result.stepLosses.push_back(stepLoss);
      logLossSum += stepLoss;
      ++logLossCount;

      if (cb_.stepLogged && (config_.loggingSteps <= 1 || globalStep_ % config_.loggingSteps == 0)) {
        cb_.stepLogged(globalStep_, logLossSum / double(logLossCount), lr);
        logLossSum = 0;
        logLossCount = 0;
      }
      if (cb_.progress) {
        const double perStep = double(wall.elapsed()) / 1000.0 / double(globalStep_ - stepsAtStart);
        cb_.progress(globalStep_, total, perStep * double(total - globalStep_));
      }

      const bool epochEnd = micro >= batches.size() || globalStep_ == total;
      const bool evalNow = epochEnd || (config_.evalSteps > 0 && globalStep_ % config_.evalSteps == 0);
      const bool saveStep = config_.saveSteps > 0 && globalStep_ % config_.saveSteps == 0;
      const int64_t resumeEpoch = epochEnd ? epoch + 1 : epoch, resumeStep = epochEnd ? 0 : stepInEpoch;
      const double epochProgress = double(epoch) + double(stepInEpoch) / double(spe);
      bool saved = false;
      const QString dir = QDir(config_.outputDir).filePath(QStringLiteral("checkpoint-%1").arg(globalStep_));
      if (evalNow && !data_.eval.empty()) {
        QElapsedTimer evalClock;
        evalClock.start();
        EvalMetrics metrics;
        {
          WeightAverage::SwappedIn averaged(average_.get());
          metrics = evaluate(data_.eval);
        }
        const double seconds = std::max(1e-9, double(trainMsSinceEval) / 1000.0);
        nlohmann::json line = metrics.toJson();
        line["step"] = globalStep_;
        line["epoch"] = epochProgress;
        line["learning_rate"] = lr;
        line["train_loss"] = stepLoss;
        if (trainsNextToken()) line["train_lm_loss"] = stepNextTokenLoss;
        line["tokens_per_second"] = double(tokensSinceEval) / seconds;
        line["world_size"] = distributed_ ? distributed_->worldSize() : 1;
        if (writes) appendJsonLine(metricsFile, line);
        allTokens += tokensSinceEval;
        allTrainMs += trainMsSinceEval;
        tokensSinceEval = 0;
        trainMsSinceEval = 0;
        if (cb_.evaluated) cb_.evaluated(metrics, globalStep_, epochProgress);
        if (metrics.selectionMetric() > bestMetric_) {
          bestMetric_ = metrics.selectionMetric();
          bestCheckpoint_ = dir;
          result.finalMetrics = metrics;
          if (writes) saveCheckpoint(dir, globalStep_, resumeEpoch, resumeStep);  // the best must be on disk
          saved = true;
        } else if (config_.saveSteps == 0) {
          if (writes) saveCheckpoint(dir, globalStep_, resumeEpoch, resumeStep);
          saved = true;
        }
        evalSeconds = double(evalClock.elapsed()) / 1000.0;
        if (budgeted && timedSteps > 0 && globalStep_ < total) replan();
      }
      if (writes && saveStep && !saved) saveCheckpoint(dir, globalStep_, resumeEpoch, resumeStep);
    }
    if (result.cancelled) break;
  }
  allTokens += tokensSinceEval;
  allTrainMs += trainMsSinceEval;
  result.totalSteps = total;
  result.globalStep = globalStep_;
  result.epoch = double(globalStep_) / double(spe);
  result.trainTokensPerSecond = allTrainMs > 0 ? double(allTokens) / (double(allTrainMs) / 1000.0) : 0;
  result.bestMetric = bestMetric_;
  result.bestCheckpoint = bestCheckpoint_;
  if (!result.cancelled && writes) {
    // The output dir holds the best model (load_best_model_at_end), or the
    // last one when there was nothing to evaluate on.
    if (!bestCheckpoint_.isEmpty()) {
      loadWeights(bestCheckpoint_);
      if (average_) average_->load(averageFile(bestCheckpoint_));
    }
    // The model left in memory and in outputDir is the averaged one.
    if (average_) average_->swap();
    result.blend = chooseBaselineBlend();
    if (cb_.writeModelFiles) cb_.writeModelFiles(config_.outputDir);
    else saveWeights(config_.outputDir);
  }
  result.seconds = double(wall.elapsed()) / 1000.0;
  return result;
}

}  // namespace assay
