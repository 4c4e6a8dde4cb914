#pragma once
// Gradient clipping, the AdamW update and the weight average in one pass over
// each parameter, with the state kept in torch::optim::AdamW (so checkpoints,
// resume and the learning-rate schedule are unchanged).
//
// Why: LibTorch runs clip_grad_norm_, AdamW::step and the average as about
// eighteen tensor operations per parameter, ~900 per step for the tiny
// preset; each is a pass over memory plus dispatch overhead, ~6 ms of a
// ~66 ms step on one core (bench/train/README.md). It ran on one thread
// while the other shard's core idled. Here each parameter is two loops (its
// squared norm, then the update) split over the data-parallel threads.
//
// The formulas are torch's (LibTorch 1.13):
//   norm  = sqrt(sum over all gradients of g^2);  c = min(1, maxNorm / (norm + 1e-6))
//   g    *= c
//   p    *= 1 - lr * weight_decay
//   m     = beta1 m + (1 - beta1) g;   v = beta2 v + (1 - beta2) g^2
//   p    -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
//   a     = d a + (1 - d) p              (WeightAverage, when given)
// and then the gradients are released (left undefined): the next backward
// then hands its fresh gradient tensors to the parameters instead of adding
// them into zeros, one pass per parameter fewer than zero_grad's way.
#include <torch/torch.h>

namespace assay {

class WeightAverage;

// The gradients' global L2 norm, as clip_grad_norm_ returns it. When it is
// finite, applies the step above to every parameter with a gradient (float32,
// contiguous CPU tensors in one pass; anything else through tensor
// operations) and advances the average. When it is not, changes nothing.
// threads: how many threads share the work (results do not depend on it).
double fusedClipAdamWStep(torch::optim::AdamW& optimizer, double maxGradNorm, WeightAverage* average, int threads);

}  // namespace assay
