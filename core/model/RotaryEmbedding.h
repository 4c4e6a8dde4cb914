#pragma once
// Rotary position embedding with HF Qwen2's values: inv_freq =
// 1 / theta^(2i/d), angle_i = position * inv_freq_i, and each pair
// (x_i, x_{i+d/2}) of a head turned by angle_i:
//   x_i' = x_i cos - x_{i+d/2} sin,  x_{i+d/2}' = x_{i+d/2} cos + x_i sin
// (HF's q*cos + rotate_half(q)*sin with cos/sin duplicated over both halves).
//
// The pairs are turned as one complex multiply, x_i + i x_{i+d/2} times
// e^{i angle}: one vectorised operation forward and one backward, where
// HF's form (a concatenation, a negation, two broadcast products and a sum
// over strided views) took about 1 ms per tensor on a tiny-preset batch,
// ~8 % of a training step. The result holds the pairs side by side
// (x_0', x_{d/2}', x_1', x_{d/2+1}', ...): a fixed permutation of HF's
// layout. Queries and keys get the same one, so every score q.k, and so the
// attention output, is unchanged; nothing else reads rotated vectors.
#include <torch/torch.h>

namespace assay {

struct RotaryAngles {
  torch::Tensor cosSin;  // [batch, seq, 1, head_dim / 2, 2] float32: (cos, sin) of each angle
};

class RotaryEmbeddingImpl : public torch::nn::Module {
 public:
  RotaryEmbeddingImpl(int64_t headDim, double theta);

  // positionIds [batch, seq] int64 -> the angles' cos/sin, broadcastable over heads.
  RotaryAngles forward(const torch::Tensor& positionIds);

 private:
  torch::Tensor invFreq_;  // a non-persistent buffer in HF: never saved or loaded
};
TORCH_MODULE(RotaryEmbedding);

// x [batch, seq, heads, head_dim] in HF's layout -> rotated, same shape and
// dtype, pairs side by side (see above). The rotation runs in float32.
torch::Tensor applyRotary(const torch::Tensor& x, const RotaryAngles& angles);

// The angles at positions index [batch, K] along the sequence.
RotaryAngles pickAngles(const RotaryAngles& angles, const torch::Tensor& index);

}  // namespace assay
