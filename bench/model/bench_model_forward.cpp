// Forward tokens/s of a random Qwen2 classifier at a fixed sequence length.
// usage: bench_model_forward --shape tiny|qwen2-0.5b [--batch B] [--seq S]
//        [--iters N] [--threads T] [--train 1] [--hidden H --layers L
//        --inter I --heads A --kv K]   (size overrides, to choose the tiny preset)
// Prints one line: "assay <shape> threads=T batch=B seq=S tokens/s=X ms/forward=Y".
// With --train 1 it times forward + backward + Adam step instead (the cost
// of one training step of the classifier) and also prints parameters.
#include <torch/torch.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "model/Qwen2ForSequenceClassification.h"

using namespace assay;

namespace {

Qwen2Config shapeConfig(const std::string& shape) {
  if (shape == "tiny") return tinyPresetConfig(4000, defaultLabels(5), 0);
  if (shape == "qwen2-0.5b") {
    Qwen2Config c;  // Qwen2-0.5B's dimensions
    c.vocabSize = 151936;
    c.hiddenSize = 896;
    c.intermediateSize = 4864;
    c.numHiddenLayers = 24;
    c.numAttentionHeads = 14;
    c.numKeyValueHeads = 2;
    c.ropeTheta = 1000000.0;
    c.padTokenId = 151643;
    c.labels = defaultLabels(2);
    return c;
  }
  std::fprintf(stderr, "unknown --shape %s (tiny or qwen2-0.5b)\n", shape.c_str());
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  std::string shape = "tiny";
  int64_t batch = 8, seq = 128, iters = 5, threads = 0, train = 0;
  int64_t hidden = 0, layers = 0, inter = 0, heads = 0, kv = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const char* value = argv[i + 1];
    if (flag == "--shape") shape = value;
    else if (flag == "--batch") batch = std::atoll(value);
    else if (flag == "--seq") seq = std::atoll(value);
    else if (flag == "--iters") iters = std::atoll(value);
    else if (flag == "--threads") threads = std::atoll(value);
    else if (flag == "--train") train = std::atoll(value);
    else if (flag == "--hidden") hidden = std::atoll(value);
    else if (flag == "--layers") layers = std::atoll(value);
    else if (flag == "--inter") inter = std::atoll(value);
    else if (flag == "--heads") heads = std::atoll(value);
    else if (flag == "--kv") kv = std::atoll(value);
    else {
      std::fprintf(stderr, "unknown flag %s\n", flag.c_str());
      return 2;
    }
  }
  if (threads > 0) torch::set_num_threads(static_cast<int>(threads));
  torch::manual_seed(0);
  auto config = shapeConfig(shape);
  if (hidden) config.hiddenSize = hidden;
  if (layers) config.numHiddenLayers = layers;
  if (inter) config.intermediateSize = inter;
  if (heads) config.numAttentionHeads = heads;
  if (kv) config.numKeyValueHeads = kv;
  Qwen2ForSequenceClassification model(config);
  int64_t parameters = 0;
  for (const auto& p : model->parameters()) parameters += p.numel();
  model->eval();
  // Ids avoid the pad id, so every row uses the full sequence.
  const auto ids = torch::randint(1, std::min<int64_t>(config.vocabSize, 150000), {batch, seq}, torch::kLong);
  const auto mask = torch::ones_like(ids);

  if (train) {
    model->train();
    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(1e-4));
    const auto labels = torch::randint(0, config.numLabels(), {batch}, torch::kLong);
    auto step = [&] {
      optimizer.zero_grad();
      auto loss = torch::nn::functional::cross_entropy(model->forward(ids, mask), labels);
      loss.backward();
      optimizer.step();
      return loss.item<float>();
    };
    step();
    const auto start = std::chrono::steady_clock::now();
    float sink = 0;
    for (int64_t i = 0; i < iters; ++i) sink += step();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "assay  %-10s TRAIN params=%.2fM hidden=%lld layers=%lld inter=%lld threads=%d batch=%lld seq=%lld "
        "records/s=%.1f tokens/s=%.0f ms/step=%.1f (loss %.3f)\n",
        shape.c_str(), double(parameters) / 1e6, static_cast<long long>(config.hiddenSize),
        static_cast<long long>(config.numHiddenLayers), static_cast<long long>(config.intermediateSize),
        torch::get_num_threads(), static_cast<long long>(batch), static_cast<long long>(seq),
        double(batch * iters) / seconds, double(batch * seq * iters) / seconds, 1000.0 * seconds / double(iters),
        double(sink / float(iters)));
    return 0;
  }

  torch::InferenceMode inference;
  model->forward(ids, mask);  // warm-up: allocator, BLAS thread pool
  // CPU time beside wall time: on a shared machine CPU time per forward is
  // the figure that load from other processes disturbs least.
  const std::clock_t cpuStart = std::clock();
  const auto start = std::chrono::steady_clock::now();
  float sink = 0;
  for (int64_t i = 0; i < iters; ++i) sink += model->forward(ids, mask)[0][0].item<float>();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
  std::printf(
      "assay  %-10s params=%.2fM threads=%d batch=%lld seq=%lld tokens/s=%.0f ms/forward=%.1f cpu-ms/forward=%.1f "
      "(checksum %.3f)\n",
      shape.c_str(), double(parameters) / 1e6, torch::get_num_threads(), static_cast<long long>(batch),
      static_cast<long long>(seq), double(batch * seq * iters) / seconds, 1000.0 * seconds / double(iters),
      1000.0 * cpuSeconds / double(iters), double(sink));
  return 0;
}
