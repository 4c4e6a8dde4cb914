// The safetensors header of a model file from anywhere: the whole input is
// the file. A header that parses must describe tensors that lie inside the
// file and tile its data section.
#include <stdexcept>
#include <string>

#include "FuzzTarget.h"
#include "model/SafetensorsHeader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const assay::SafetensorsHeader header = assay::parseSafetensorsHeader(data, size);
    FUZZ_CHECK(header.dataStart >= 8 && header.dataStart <= size);
    uint64_t covered = 0;
    for (const auto& [name, entry] : header.entries) {
      FUZZ_CHECK(entry.begin <= entry.end && entry.end <= size - header.dataStart);
      covered += entry.end - entry.begin;
    }
    FUZZ_CHECK(covered == size - header.dataStart);
  } catch (const std::runtime_error&) {
  }
  return 0;
}
