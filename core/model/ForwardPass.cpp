#include "model/ForwardPass.h"

namespace assay {

ModelInput ModelInput::padded(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                              const torch::Tensor& positionIds) {
  ModelInput in;
  in.inputIds = inputIds;
  in.attentionMask = attentionMask.defined() ? attentionMask : torch::ones_like(inputIds);
  in.positionIds = positionIds;
  return in;
}

ModelInput ModelInput::sharedPrefixPairs(const torch::Tensor& inputIds, const torch::Tensor& positionIds,
                                         const torch::Tensor& visibility, const torch::Tensor& pooled) {
  ModelInput in;
  in.inputIds = inputIds;
  in.positionIds = positionIds;
  in.visibility = visibility;
  in.pooled = pooled;
  return in;
}

}  // namespace assay
