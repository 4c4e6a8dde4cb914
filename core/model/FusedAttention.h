#pragma once
// Pieces of the attention block as single-pass custom autograd functions
// (FusedKernels.h), replacing chains of LibTorch operations that each made a
// pass over the scores plus dtype conversions around them.
#include <torch/torch.h>

namespace assay {

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
