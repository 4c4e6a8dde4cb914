#pragma once
// silu(gate) * up for the stacked gate/up product of an MLP, as one custom
// autograd function: one pass forward and one backward (FusedKernels.h)
// where tensor operations take split, silu, mul, and in backward silu's
// gradient, two muls and a cat, plus the dtype conversions around them.
#include <torch/torch.h>

namespace assay {

// gateUp: [..., 2 * width], gate in the first half of the last dimension and
// up in the second (the output of one product against [W_gate; W_up]),
// float32 or bfloat16. Returns [..., width] in outputType (float32 or
// bfloat16): what torch::silu(gate) * up gives, up to rounding. The gradient
// reaches gateUp in its own dtype, ready for the product's backward.
torch::Tensor swiGlu(const torch::Tensor& gateUp, torch::ScalarType outputType);

}  // namespace assay
