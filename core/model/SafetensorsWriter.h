#pragma once
// Writes a .safetensors file: 8-byte little-endian header length, the JSON
// header (padded with spaces to a multiple of 8 so tensor data is aligned),
// then the tensors' bytes back to back in header order. Written through
// QSaveFile, so an interrupted save never leaves a half-written file.
#include <torch/torch.h>

#include <QString>
#include <map>
#include <string>
#include <vector>

namespace assay {

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// Tensors are written contiguous, on CPU, in their own dtype (F32, F16, BF16,
// I64, I32). Throws std::runtime_error naming the file or tensor on failure.
void writeSafetensors(const QString& path, const NamedTensors& tensors,
                      const std::map<std::string, std::string>& metadata = {{"format", "pt"}});

}  // namespace assay
