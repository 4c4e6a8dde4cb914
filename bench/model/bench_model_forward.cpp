// Forward tokens/s of a random Qwen2 classifier at a fixed sequence length.
// usage: bench_model_forward --shape tiny|qwen2-0.5b [--batch B] [--seq S]
//        [--iters N] [--threads T]
// Prints one line: "assay <shape> threads=T batch=B seq=S tokens/s=X ms/forward=Y".
#include <torch/torch.h>

#include <chrono>
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
  int64_t batch = 8, seq = 128, iters = 5, threads = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const char* value = argv[i + 1];
    if (flag == "--shape") shape = value;
    else if (flag == "--batch") batch = std::atoll(value);
    else if (flag == "--seq") seq = std::atoll(value);
    else if (flag == "--iters") iters = std::atoll(value);
    else if (flag == "--threads") threads = std::atoll(value);
    else {
      std::fprintf(stderr, "unknown flag %s\n", flag.c_str());
      return 2;
    }
  }
  if (threads > 0) torch::set_num_threads(static_cast<int>(threads));
  torch::manual_seed(0);
  const auto config = shapeConfig(shape);
  Qwen2ForSequenceClassification model(config);
  model->eval();
  // Ids avoid the pad id, so every row uses the full sequence.
  const auto ids = torch::randint(1, std::min<int64_t>(config.vocabSize, 150000), {batch, seq}, torch::kLong);
  const auto mask = torch::ones_like(ids);

  torch::InferenceMode inference;
  model->forward(ids, mask);  // warm-up: allocator, BLAS thread pool
  const auto start = std::chrono::steady_clock::now();
  float sink = 0;
  for (int64_t i = 0; i < iters; ++i) sink += model->forward(ids, mask)[0][0].item<float>();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("assay  %-10s threads=%d batch=%lld seq=%lld tokens/s=%.0f ms/forward=%.1f (checksum %.3f)\n",
              shape.c_str(), torch::get_num_threads(), static_cast<long long>(batch), static_cast<long long>(seq),
              double(batch * seq * iters) / seconds, 1000.0 * seconds / double(iters), double(sink));
  return 0;
}
