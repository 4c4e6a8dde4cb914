// model.safetensors.index.json: the shard map must never name a file
// outside the model directory.
#include <stdexcept>
#include <string>

#include "FuzzTarget.h"
#include "model/SafetensorsHeader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const auto map = assay::parseSafetensorsIndex(std::string(reinterpret_cast<const char*>(data), size));
    for (const auto& [tensor, shard] : map)
      FUZZ_CHECK(!shard.empty() && shard.find('/') == std::string::npos && shard != "..");
  } catch (const std::runtime_error&) {
  }
  return 0;
}
