#pragma once
// Shared helpers of the model tests: small configs, a minimal Tokenizer for
// checkpoint files, and padded random batches.
#include <torch/torch.h>

#include <QString>
#include <QStringList>

#include "model/Qwen2Config.h"
#include "text/Tokenizer.h"

namespace assay::test {

inline Qwen2Config smallConfig(int64_t heads = 4, int64_t kvHeads = 2, bool tied = false, int64_t labels = 3) {
  Qwen2Config c;
  c.vocabSize = 50;
  c.hiddenSize = 32;
  c.intermediateSize = 48;
  c.numHiddenLayers = 2;
  c.numAttentionHeads = heads;
  c.numKeyValueHeads = kvHeads;
  c.rmsNormEps = 1e-6;
  c.ropeTheta = 10000.0;
  c.tieWordEmbeddings = tied;
  c.padTokenId = 0;
  c.labels = defaultLabels(labels);
  return c;
}

// Random ids in [1, vocab) for rows of the given lengths, padded with id 0
// on the right or on the left; returns {input_ids, attention_mask}.
inline std::pair<torch::Tensor, torch::Tensor> paddedBatch(const std::vector<int64_t>& lengths, int64_t vocab,
                                                           bool leftPadding, uint64_t seed = 7) {
  torch::manual_seed(seed);
  int64_t width = 0;
  for (auto l : lengths) width = std::max(width, l);
  auto ids = torch::zeros({static_cast<int64_t>(lengths.size()), width}, torch::kLong);
  auto mask = torch::zeros_like(ids);
  for (size_t r = 0; r < lengths.size(); ++r) {
    const int64_t len = lengths[r];
    const int64_t start = leftPadding ? width - len : 0;
    ids[r].narrow(0, start, len).copy_(torch::randint(1, vocab, {len}, torch::kLong));
    mask[r].narrow(0, start, len).fill_(1);
  }
  return {ids, mask};
}

// Only what checkpoint saving needs: a fixed tokenizer.json text.
class FixedTokenizer : public Tokenizer {
 public:
  std::vector<int32_t> encode(std::string_view) const override { return {}; }
  std::string decode(const std::vector<int32_t>& ids) const override {
    return ids.size() == 1 && ids[0] == 0 ? "<pad>" : "?";
  }
  int32_t vocabSize() const override { return 50; }
  std::optional<int32_t> tokenToId(std::string_view) const override { return std::nullopt; }
  int32_t padTokenId() const override { return 0; }
  std::string toTokenizerJson() const override { return R"({"version":"1.0","model":{"type":"WordLevel"}})"; }
};

}  // namespace assay::test
