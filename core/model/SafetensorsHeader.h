#pragma once
// The untrusted part of a .safetensors file, read without LibTorch: the
// 8-byte header length, the JSON header (dtypes, shapes, offsets,
// __metadata__) and the shard map of model.safetensors.index.json. Kept
// free of LibTorch so the fuzzers (fuzz/) can build it in seconds.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace assay {

struct SafetensorsEntry {
  std::string dtype;  // "F32", "F16", "BF16", "I64", "I32", ...
  std::vector<int64_t> shape;
  uint64_t begin = 0;  // byte offsets into the data section
  uint64_t end = 0;
};

struct SafetensorsHeader {
  uint64_t dataStart = 0;  // file offset of the data section (8 + header length)
  std::map<std::string, SafetensorsEntry> entries;
  std::map<std::string, std::string> metadata;
};

// Largest header accepted (safetensors' own limit is 100 MB).
constexpr uint64_t kSafetensorsMaxHeaderBytes = 100u * 1024u * 1024u;

// Validates the whole layout of a file of `size` bytes: header length,
// JSON, dtypes, shapes that cannot overflow, offsets that tile the data
// section exactly. Throws std::runtime_error describing the problem (the
// caller adds the file name).
SafetensorsHeader parseSafetensorsHeader(const unsigned char* file, uint64_t size);

// Bytes per element of a safetensors dtype name; 0 for an unknown name.
int64_t safetensorsDtypeBytes(const std::string& dtype);

// model.safetensors.index.json: tensor name -> shard file name. Throws
// std::runtime_error for bad JSON, a missing "weight_map" object, a shard
// name that is not a plain file name in the same directory, or a
// non-string entry.
std::map<std::string, std::string> parseSafetensorsIndex(const std::string& json);

}  // namespace assay
