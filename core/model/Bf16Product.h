#pragma once
// x W^T with W the row blocks of up to three float32 weights, multiplied in
// bfloat16 (MatmulPrecision.h) as one custom autograd function.
//
// Why: the same product through tensor operations is a cat of the weights,
// their conversion, the input's conversion, matmul's reshapes, transposes and
// views, and in backward each of those nodes again (MmBackward, TBackward,
// two ToCopyBackward, CatBackward, the view backwards): about forty
// dispatcher calls per projection, seventeen projections per tiny-preset
// step, where the two products themselves are the work. Here forward is one
// conversion into a stacked bfloat16 weight and one product; backward two
// products and one conversion per weight. The values are the same: the
// operands are rounded to bfloat16 as before, oneDNN multiplies them, and the
// weights' gradients come back in float32, each contiguous [out, in].
#include <torch/torch.h>

#include <vector>

namespace assay {

// x: [..., in] float32 or bfloat16 (bfloat16 is multiplied as it is);
// weights: 1 to 3 tensors [out_i, in]. Returns [..., sum of out_i] in
// bfloat16. The input's gradient comes back in its own dtype.
torch::Tensor bf16Product(const torch::Tensor& x, const std::vector<torch::Tensor>& weights);

}  // namespace assay
