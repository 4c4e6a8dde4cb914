// Measures, in one process: the matrix-multiply peak of this machine
// (LibTorch/OpenBLAS sgemm), training tokens/s of the tiny preset on a data
// file for a fixed number of steps, and the model FLOP utilisation that
// implies. Prints one JSON object (read by run_bench.sh).
//   bench_train TRAIN_FILE [--steps N] [--batch B] [--threads T] [--blas_threads T] [--task classify|reward]
//   [--precision P] [--lm C] [--profile FILE]
// --threads: data-parallel shards (0: one per core), each with one LibTorch thread.
// --precision auto|fp32|bf16: the decoder's matrix products (TrainConfig::precision).
// --profile FILE: a Chrome trace (chrome://tracing) of every LibTorch operator
// of the run; with --threads 1 everything is on one thread. The profiler adds
// a few microseconds per operator, so it overstates what fewer operators save.
#include <torch/torch.h>
#include <torch/csrc/autograd/profiler_legacy.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <dlfcn.h>

#include <algorithm>

#include "train/TrainThreads.h"
#include "train/TrainingRun.h"

using namespace assay;

namespace {

// The best of five timings of `repeats` products: a peak is what the core can
// reach, and one timing moved by ±5 % between runs on this virtual machine
// (another tenant, a timer tick), which moved the MFU with it.
double matmulPeakGflops(int n, int repeats, torch::ScalarType dtype) {
  auto a = torch::randn({n, n}).to(dtype), b = torch::randn({n, n}).to(dtype);
  torch::mm(a, b);  // warm-up: thread pools, page faults
  double best = 0;
  for (int trial = 0; trial < 5; ++trial) {
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < repeats; ++i) torch::mm(a, b);
    best = std::max(best, 2.0 * n * double(n) * n * repeats / (double(t.nsecsElapsed()) * 1e-9) / 1e9);
  }
  return best;
}

// Matmul FLOPs per token of a training step (forward + backward = 3x
// forward), counting what runs: the decoder's projections, attention scores
// and values over the padded sequence (computed in full, causal mask or not)
// and, with the next-token loss, its output product (hidden x vocabulary).
// Without that loss the last layer runs only its key/value projections at
// every token, and its query, output and MLP at the pooled token alone.
double trainFlopsPerToken(Qwen2ForSequenceClassification& model, double meanLength, double meanPaddedLength,
                          bool nextTokenLoss) {
  const auto& c = model->config();
  const std::string last = "layers." + std::to_string(c.numHiddenLayers - 1) + ".";
  double projection = 0;
  for (const auto& p : model->named_parameters()) {
    const std::string& name = p.key();
    if (name.find("layers.") == std::string::npos || p.value().dim() != 2) continue;
    const double weights = double(p.value().numel());
    const bool everyToken = nextTokenLoss || name.find(last) == std::string::npos ||
                            name.find("k_proj") != std::string::npos || name.find("v_proj") != std::string::npos;
    projection += everyToken ? weights : weights / meanLength;
  }
  const double attentionLayers = nextTokenLoss ? double(c.numHiddenLayers) : double(c.numHiddenLayers - 1);
  const double attention = 2.0 * 2.0 * meanPaddedLength * double(c.hiddenSize) * attentionLayers;
  const double output = nextTokenLoss ? double(c.vocabSize) * double(c.hiddenSize) : 0.0;
  return 3.0 * (2.0 * (projection + output) + attention);
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: bench_train TRAIN_FILE [--steps N] [--batch B] [--threads T] [--blas_threads T]\n");
    return 2;
  }
  auto option = [&](const char* name, int fallback) {
    const int i = args.indexOf(QString::fromUtf8(name));
    return i > 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
  };
  const int steps = option("--steps", 60), batch = option("--batch", 16);
  QTemporaryDir out;
  TrainConfig config;
  config.trainFile = args[1];
  config.outputDir = out.path();
  config.perDeviceTrainBatchSize = batch;
  config.numThreads = option("--threads", 0);
  if (const int i = args.indexOf(QStringLiteral("--precision")); i > 0 && i + 1 < args.size())
    config.precision = args[i + 1];
  // --lm C: the next-token loss weight (default: the product's, resolved by prepareTraining).
  if (const int i = args.indexOf(QStringLiteral("--lm")); i > 0 && i + 1 < args.size())
    config.lmLossCoefficient = args[i + 1].toDouble();
  config.task = args.contains("reward") ? TrainTask::Reward : TrainTask::Classify;
  config.evalSteps = 0;
  config.saveTotalLimit = 1;
  auto prepared = prepareTraining(config);
  if (const int blas = option("--blas_threads", 0); blas > 0)
    if (auto* set = reinterpret_cast<void (*)(int)>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) set(blas);
  // A fixed number of steps, no evaluation: pure training throughput.
  const double stepsPerEpoch = double((prepared.data.train.size() + size_t(batch) - 1) / size_t(batch));
  prepared.config.numTrainEpochs = double(steps) / stepsPerEpoch;
  prepared.data.eval.clear();

  // The matrix-product peak of one core in the precision the decoder's
  // products run in (fp32 sgemm, or oneDNN's bf16 gemm), times the cores
  // the shards run on. Both peaks are printed.
  const int width = dataParallelWidth(config.numThreads, batch);
  const bool bf16 = prepared.config.precision == QLatin1String("bf16");
  const double fp32Peak = matmulPeakGflops(1024, 5, torch::kFloat);
  const double bf16Peak = matmulPeakGflops(1024, 10, torch::kBFloat16);
  const double peak = (bf16 ? bf16Peak : fp32Peak) * width;
  int64_t tokens = 0;
  for (const auto& e : prepared.data.train) tokens += int64_t(e.ids.size() + e.rejectedIds.size());
  TrainCallbacks cb;
  std::unique_ptr<torch::autograd::profiler::RecordProfile> profile;
  if (const int i = args.indexOf(QStringLiteral("--profile")); i > 0 && i + 1 < args.size())
    profile = std::make_unique<torch::autograd::profiler::RecordProfile>(args[i + 1].toStdString());
  const auto result = runTraining(prepared, cb);
  profile.reset();
  const double seconds = result.seconds;
  const double meanLength = double(tokens) / double(prepared.data.train.size() * (prepared.data.pairwise ? 2 : 1));
  const bool nextTokenLoss = prepared.config.lmLossCoefficient.value_or(0) > 0;
  const double flopsPerToken = trainFlopsPerToken(prepared.model, meanLength, meanLength, nextTokenLoss);
  const double achieved = result.trainTokensPerSecond * flopsPerToken / 1e9;
  std::printf(
      "{\"impl\":\"assay-libtorch\",\"precision\":\"%s\",\"lm_loss_coefficient\":%g,\"threads\":%d,\"steps\":%lld,"
      "\"batch\":%d,"
      "\"seconds\":%.2f,\"tokens_per_second\":%.1f,\"flops_per_token\":%.0f,\"achieved_gflops\":%.2f,"
      "\"fp32_peak_gflops_per_core\":%.2f,\"bf16_peak_gflops_per_core\":%.2f,"
      "\"matmul_peak_gflops\":%.2f,\"mfu\":%.3f,\"final_loss\":%.4f}\n",
      qPrintable(prepared.config.precision), prepared.config.lmLossCoefficient.value_or(0), width,
      (long long)result.globalStep, batch, seconds, result.trainTokensPerSecond, flopsPerToken, achieved, fp32Peak,
      bf16Peak, peak, achieved / peak, result.stepLosses.empty() ? 0.0 : result.stepLosses.back());
  return 0;
}
