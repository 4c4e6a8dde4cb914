// config.json of a model directory. A config that is accepted must survive
// its own round trip: what Assay writes, Assay reads back the same.
#include <nlohmann/json.hpp>

#include "FuzzTarget.h"
#include "model/Qwen2Config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto json = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return 0;
  assay::Qwen2Config config;
  try {
    config = assay::Qwen2Config::fromJson(json);
  } catch (const std::exception&) {
    return 0;
  }
  const nlohmann::json written = config.toJson();
  FUZZ_CHECK(assay::Qwen2Config::fromJson(written).toJson() == written);
  FUZZ_CHECK(config.headDim() > 0);
  return 0;
}
