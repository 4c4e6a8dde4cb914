#include "model/SafetensorsHeader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace assay {
namespace {

struct DtypeSize {
  const char* name;
  int64_t bytes;
};

constexpr DtypeSize kDtypeSizes[] = {
    {"F64", 8}, {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"I64", 8},
    {"I32", 4}, {"I16", 2}, {"I8", 1},  {"U8", 1},   {"BOOL", 1},
};

using Json = nlohmann::json;

SafetensorsEntry parseEntry(const std::string& name, const Json& v, uint64_t dataBytes) {
  const std::string where = "tensor \"" + name + "\": ";
  if (!v.is_object()) throw std::runtime_error(where + "entry is not an object");
  const auto dtype = v.find("dtype");
  const auto shape = v.find("shape");
  const auto offsets = v.find("data_offsets");
  if (dtype == v.end() || !dtype->is_string()) throw std::runtime_error(where + "missing string \"dtype\"");
  if (shape == v.end() || !shape->is_array()) throw std::runtime_error(where + "missing array \"shape\"");
  if (offsets == v.end() || !offsets->is_array() || offsets->size() != 2)
    throw std::runtime_error(where + "\"data_offsets\" must be an array of two integers");

  SafetensorsEntry e;
  e.dtype = dtype->get<std::string>();
  const int64_t elementBytes = safetensorsDtypeBytes(e.dtype);
  if (elementBytes == 0) throw std::runtime_error(where + "unsupported dtype \"" + e.dtype + "\"");

  // Size in bytes with overflow checks: a lying shape must not wrap around.
  uint64_t bytes = static_cast<uint64_t>(elementBytes);
  for (const auto& dim : *shape) {
    if (!dim.is_number_unsigned()) throw std::runtime_error(where + "shape entries must be non-negative integers");
    const uint64_t d = dim.get<uint64_t>();
    if (d > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) ||
        (d != 0 && bytes > std::numeric_limits<uint64_t>::max() / d))
      throw std::runtime_error(where + "shape is too large");
    bytes *= d;
    e.shape.push_back(static_cast<int64_t>(d));
  }
  for (const auto& o : *offsets)
    if (!o.is_number_unsigned()) throw std::runtime_error(where + "data_offsets must be non-negative integers");
  e.begin = (*offsets)[0].get<uint64_t>();
  e.end = (*offsets)[1].get<uint64_t>();
  if (e.end < e.begin) throw std::runtime_error(where + "data_offsets end before they begin");
  if (e.end > dataBytes)
    throw std::runtime_error(where + "data_offsets [" + std::to_string(e.begin) + ", " + std::to_string(e.end) +
                             "] run past the " + std::to_string(dataBytes) + "-byte data section (truncated?)");
  if (e.end - e.begin != bytes)
    throw std::runtime_error(where + "data_offsets span " + std::to_string(e.end - e.begin) + " bytes but " + e.dtype +
                             " shape needs " + std::to_string(bytes));
  return e;
}

}  // namespace

int64_t safetensorsDtypeBytes(const std::string& dtype) {
  for (const auto& d : kDtypeSizes)
    if (dtype == d.name) return d.bytes;
  return 0;
}

SafetensorsHeader parseSafetensorsHeader(const unsigned char* file, uint64_t size) {
  if (size < 8)
    throw std::runtime_error("file is " + std::to_string(size) +
                             " bytes, too short for the 8-byte header length (truncated?)");
  uint64_t headerLength = 0;
  for (int i = 7; i >= 0; --i) headerLength = (headerLength << 8) | file[i];  // little-endian
  if (headerLength > kSafetensorsMaxHeaderBytes)
    throw std::runtime_error("header length " + std::to_string(headerLength) +
                             " exceeds the 100 MB limit (corrupt file?)");
  if (headerLength > size - 8)
    throw std::runtime_error("header length " + std::to_string(headerLength) + " runs past the end of the " +
                             std::to_string(size) + "-byte file (truncated?)");
  SafetensorsHeader out;
  out.dataStart = 8 + headerLength;
  const uint64_t dataBytes = size - out.dataStart;
  const char* text = reinterpret_cast<const char*>(file + 8);
  const Json json = Json::parse(text, text + headerLength, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) throw std::runtime_error("header is not valid JSON");
  if (!json.is_object()) throw std::runtime_error("header is not a JSON object");

  std::vector<std::pair<std::string, SafetensorsEntry>> ordered;
  for (auto it = json.begin(); it != json.end(); ++it) {
    if (it.key() != "__metadata__") {
      ordered.emplace_back(it.key(), parseEntry(it.key(), it.value(), dataBytes));
      continue;
    }
    if (!it.value().is_object()) throw std::runtime_error("__metadata__ is not an object");
    for (auto m = it.value().begin(); m != it.value().end(); ++m) {
      if (!m.value().is_string()) throw std::runtime_error("__metadata__ value \"" + m.key() + "\" is not a string");
      out.metadata[m.key()] = m.value().get<std::string>();
    }
  }

  // As the reference implementation demands: tensors tile the data section
  // exactly, in offset order, with no gaps or overlaps.
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.second.begin < b.second.begin; });
  uint64_t expected = 0;
  for (const auto& [name, e] : ordered) {
    if (e.begin != expected)
      throw std::runtime_error("tensor \"" + name + "\": data_offsets start at " + std::to_string(e.begin) +
                               ", expected " + std::to_string(expected) + " (overlap or gap)");
    expected = e.end;
  }
  if (expected != dataBytes)
    throw std::runtime_error("tensors cover " + std::to_string(expected) + " bytes but the data section has " +
                             std::to_string(dataBytes));
  for (auto& [name, e] : ordered) out.entries.emplace(name, std::move(e));
  return out;
}

std::map<std::string, std::string> parseSafetensorsIndex(const std::string& text) {
  const Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) throw std::runtime_error("not valid JSON");
  if (!json.is_object()) throw std::runtime_error("not a JSON object");
  const auto map = json.find("weight_map");
  if (map == json.end() || !map->is_object()) throw std::runtime_error("missing object \"weight_map\"");
  std::map<std::string, std::string> out;
  for (auto it = map->begin(); it != map->end(); ++it) {
    if (!it.value().is_string()) throw std::runtime_error("weight_map entry \"" + it.key() + "\" is not a file name");
    const std::string shard = it.value().get<std::string>();
    // Shards live beside the index: a path could read any file on the machine.
    if (shard.empty() || shard.find('/') != std::string::npos || shard.find('\\') != std::string::npos ||
        shard == "." || shard == "..")
      throw std::runtime_error("weight_map entry \"" + it.key() + "\": shard \"" + shard +
                               "\" is not a file name in the model directory");
    out.emplace(it.key(), shard);
  }
  return out;
}

}  // namespace assay
