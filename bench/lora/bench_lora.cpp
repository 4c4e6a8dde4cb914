// One LoRA training step of a random Qwen2-0.5B-shaped reward model on the
// CPU: tokens/s of forward + backward + AdamW over the adapters and score
// head. Run under /usr/bin/time -v for the peak RSS (README.md).
//   bench_lora [--steps N] [--batch B] [--seq S] [--r R] [--vocab V] [--threads T] [--precision fp32|bf16]
#include <torch/torch.h>

#include <QCoreApplication>
#include <QStringList>
#include <chrono>
#include <cstdio>

#include "model/ComputePolicy.h"
#include "model/Lora.h"
#include "model/Qwen2ForSequenceClassification.h"

using namespace assay;

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  auto option = [&](const char* name, int fallback) {
    const int i = args.indexOf(QString::fromLatin1(name));
    return i > 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
  };
  const int steps = option("--steps", 3), batch = option("--batch", 4), seq = option("--seq", 128);
  const int r = option("--r", 32), vocab = option("--vocab", 151936);
  torch::set_num_threads(option("--threads", 2));  // LibTorch starts with one thread here
  const int p = args.indexOf(QStringLiteral("--precision"));
  const bool bf16 = p > 0 && p + 1 < args.size() && args[p + 1] == QStringLiteral("bf16");

  Qwen2Config c;  // Qwen2-0.5B's shape
  c.vocabSize = vocab;
  c.hiddenSize = 896;
  c.intermediateSize = 4864;
  c.numHiddenLayers = 24;
  c.numAttentionHeads = 14;
  c.numKeyValueHeads = 2;
  c.rmsNormEps = 1e-6;
  c.ropeTheta = 1000000.0;
  c.tieWordEmbeddings = true;
  c.padTokenId = 0;
  c.labels = QStringList{"LABEL_0"};
  torch::manual_seed(1);
  Qwen2ForSequenceClassification model(c);
  ComputePolicy policy;
  policy.precision = bf16 ? MatmulPrecision::BFloat16 : MatmulPrecision::Float32;
  model->setComputePolicy(policy);
  LoraSettings lora;
  lora.r = r;
  lora.alpha = 16;
  applyLora(model, lora);
  std::vector<torch::Tensor> trainable;
  int64_t total = 0, trained = 0;
  for (auto& t : model->parameters()) {
    total += t.numel();
    if (t.requires_grad()) trainable.push_back(t), trained += t.numel();
  }
  torch::optim::AdamW optimizer(trainable, torch::optim::AdamWOptions(1e-4));
  model->train();
  const auto ids = torch::randint(1, vocab, {batch, seq}, torch::kLong);
  const auto mask = torch::ones({batch, seq}, torch::kLong);
  const auto target = torch::zeros({batch, 1});
  std::printf("params %.1fM, trainable %.2fM, batch %d x seq %d, r %d, vocab %d, %s, threads %d\n", total / 1e6,
              trained / 1e6, batch, seq, r, vocab, bf16 ? "bf16 products" : "fp32", torch::get_num_threads());
  double seconds = 0;
  for (int step = 0; step <= steps; ++step) {  // step 0 warms up
    const auto start = std::chrono::steady_clock::now();
    optimizer.zero_grad();
    const auto loss = torch::mse_loss(model->forward(ids, mask), target);
    loss.backward();
    optimizer.step();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("step %d: %.2f s, %.1f tokens/s\n", step, s, batch * seq / s);
    std::fflush(stdout);
    if (step > 0) seconds += s;
  }
  std::printf("mean: %.2f s/step, %.1f tokens/s\n", seconds / steps, steps * batch * seq / seconds);
  return 0;
}
