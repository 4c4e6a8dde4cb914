#pragma once
// Pieces of the attention block as single-pass custom autograd functions
// (FusedKernels.h), replacing chains of LibTorch operations that each made a
// pass over the scores plus dtype conversions around them.
#include <torch/torch.h>

#include "model/RotaryEmbedding.h"

namespace assay {

struct AttentionHeads {
  torch::Tensor q;  // [batch, heads, seq, headDim]
  torch::Tensor k;  // [batch, kvHeads, seq, headDim]
  torch::Tensor v;  // [batch, kvHeads, seq, headDim]
};

// The heads of one stacked q/k/v product (rawStackedProduct, [batch, seq,
// (heads + 2 kvHeads) headDim], float32 or bfloat16, biases not yet added):
// the bias added, q and k turned by the rotary angles (applyRotary's
// layout), each head laid out contiguous for the score and value products,
// in outputType. One pass forward and one back, where the tensor form is a
// conversion, a bias add, a split, per tensor a rotation (a copy to pairs, a
// complex product, a conversion) and the transposed copies before the
// products. Equal to that form up to rounding. bias may be undefined.
AttentionHeads splitHeadsRotary(const torch::Tensor& qkvProduct, const torch::Tensor& bias, const RotaryAngles& angles,
                                int64_t heads, int64_t kvHeads, torch::ScalarType outputType);

// softmax(scores * scale + mask) over the last dimension.
// scores: [batch, kvHeads, groups * queries, keys] (float32 or bfloat16, as
// the scores product made them); mask: additive float32 [batch or 1, 1,
// queries, keys], shared by every head. The result is in outputType; the
// gradient reaches scores in their own dtype. Equal to
//   torch::softmax(scores.to(float) * scale + mask, -1).to(outputType)
// up to rounding.
torch::Tensor scaledMaskedSoftmax(const torch::Tensor& scores, double scale, const torch::Tensor& mask,
                                  torch::ScalarType outputType);

}  // namespace assay
