#pragma once
// Rotary position embedding as HF Qwen2 computes it: inv_freq =
// 1 / theta^(2i/d), angles = position * inv_freq duplicated to the full head
// dimension (cat(freqs, freqs)), and q' = q*cos + rotate_half(q)*sin with
// rotate_half(x) = cat(-x2, x1) over the two halves of the last dimension.
#include <torch/torch.h>

namespace assay {

struct RotaryCosSin {
  torch::Tensor cos;  // [batch, 1, seq, head_dim]
  torch::Tensor sin;
};

class RotaryEmbeddingImpl : public torch::nn::Module {
 public:
  RotaryEmbeddingImpl(int64_t headDim, double theta);

  // positionIds [batch, seq] int64 -> cos/sin in `dtype`, broadcastable over heads.
  RotaryCosSin forward(const torch::Tensor& positionIds, torch::ScalarType dtype);

 private:
  torch::Tensor invFreq_;  // a non-persistent buffer in HF: never saved or loaded
};
TORCH_MODULE(RotaryEmbedding);

torch::Tensor rotateHalf(const torch::Tensor& x);
// x [batch, heads, seq, head_dim]
torch::Tensor applyRotary(const torch::Tensor& x, const RotaryCosSin& cs);

}  // namespace assay
