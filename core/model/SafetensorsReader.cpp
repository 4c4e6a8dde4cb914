#include "model/SafetensorsReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace assay {
namespace {

struct DtypeInfo {
  const char* name;
  torch::ScalarType type;
  int64_t bytes;
};

constexpr DtypeInfo kDtypes[] = {
    {"F64", torch::kDouble, 8}, {"F32", torch::kFloat, 4},  {"F16", torch::kHalf, 2},
    {"BF16", torch::kBFloat16, 2}, {"I64", torch::kLong, 8}, {"I32", torch::kInt, 4},
    {"I16", torch::kShort, 2},  {"I8", torch::kChar, 1},    {"U8", torch::kByte, 1},
    {"BOOL", torch::kBool, 1},
};

const DtypeInfo* findDtype(const std::string& name) {
  for (const auto& d : kDtypes)
    if (name == d.name) return &d;
  return nullptr;
}

}  // namespace

torch::ScalarType scalarTypeFromSafetensors(const std::string& dtype) {
  const auto* d = findDtype(dtype);
  if (!d) throw std::runtime_error("unsupported safetensors dtype \"" + dtype + "\"");
  return d->type;
}

std::string safetensorsDtypeName(torch::ScalarType type) {
  for (const auto& d : kDtypes)
    if (d.type == type) return d.name;
  throw std::runtime_error(std::string("tensor dtype ") + c10::toString(type) + " cannot be stored in safetensors");
}

int64_t safetensorsDtypeBytes(const std::string& dtype) {
  const auto* d = findDtype(dtype);
  return d ? d->bytes : 0;
}

SafetensorsReader::SafetensorsReader(const QString& path) : path_(path), file_(std::make_unique<QFile>(path)) {
  const std::string where = path.toStdString();
  if (!file_->open(QIODevice::ReadOnly))
    throw std::runtime_error(where + ": cannot open: " + file_->errorString().toStdString());
  fileSize_ = static_cast<uint64_t>(file_->size());
  if (fileSize_ < 8)
    throw std::runtime_error(where + ": file is " + std::to_string(fileSize_) +
                             " bytes, too short for the 8-byte header length (truncated?)");
  map_ = file_->map(0, static_cast<qint64>(fileSize_));
  if (!map_) throw std::runtime_error(where + ": cannot memory-map: " + file_->errorString().toStdString());

  uint64_t headerLength = 0;
  for (int i = 7; i >= 0; --i) headerLength = (headerLength << 8) | map_[i];  // little-endian
  if (headerLength > kMaxHeaderBytes)
    throw std::runtime_error(where + ": header length " + std::to_string(headerLength) +
                             " exceeds the 100 MB limit (corrupt file?)");
  if (headerLength > fileSize_ - 8)
    throw std::runtime_error(where + ": header length " + std::to_string(headerLength) + " runs past the end of the " +
                             std::to_string(fileSize_) + "-byte file (truncated?)");
  dataStart_ = 8 + headerLength;
  try {
    parseHeader(reinterpret_cast<const char*>(map_ + 8), headerLength, fileSize_ - dataStart_);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(where + ": " + e.what());
  }
}

SafetensorsReader::~SafetensorsReader() {
  if (map_) file_->unmap(const_cast<uchar*>(map_));
}

void SafetensorsReader::parseHeader(const char* header, uint64_t length, uint64_t dataBytes) {
  const auto json = nlohmann::json::parse(header, header + length, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) throw std::runtime_error("header is not valid JSON");
  if (!json.is_object()) throw std::runtime_error("header is not a JSON object");

  std::vector<std::pair<std::string, SafetensorsEntry>> ordered;
  for (auto it = json.begin(); it != json.end(); ++it) {
    const std::string& name = it.key();
    const auto& v = it.value();
    if (name == "__metadata__") {
      if (!v.is_object()) throw std::runtime_error("__metadata__ is not an object");
      for (auto m = v.begin(); m != v.end(); ++m) {
        if (!m.value().is_string()) throw std::runtime_error("__metadata__ value \"" + m.key() + "\" is not a string");
        metadata_[m.key()] = m.value().get<std::string>();
      }
      continue;
    }
    const std::string where = "tensor \"" + name + "\": ";
    if (!v.is_object()) throw std::runtime_error(where + "entry is not an object");
    if (!v.contains("dtype") || !v["dtype"].is_string()) throw std::runtime_error(where + "missing string \"dtype\"");
    if (!v.contains("shape") || !v["shape"].is_array()) throw std::runtime_error(where + "missing array \"shape\"");
    if (!v.contains("data_offsets") || !v["data_offsets"].is_array() || v["data_offsets"].size() != 2)
      throw std::runtime_error(where + "\"data_offsets\" must be an array of two integers");

    SafetensorsEntry e;
    e.dtype = v["dtype"].get<std::string>();
    const int64_t elementBytes = safetensorsDtypeBytes(e.dtype);
    if (elementBytes == 0) throw std::runtime_error(where + "unsupported dtype \"" + e.dtype + "\"");

    // Size in bytes with overflow checks: a lying shape must not wrap around.
    uint64_t bytes = static_cast<uint64_t>(elementBytes);
    for (const auto& dim : v["shape"]) {
      if (!dim.is_number_unsigned()) throw std::runtime_error(where + "shape entries must be non-negative integers");
      const uint64_t d = dim.get<uint64_t>();
      if (d != 0 && bytes > std::numeric_limits<uint64_t>::max() / d)
        throw std::runtime_error(where + "shape is too large");
      bytes *= d;
      if (d > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        throw std::runtime_error(where + "shape is too large");
      e.shape.push_back(static_cast<int64_t>(d));
    }
    for (const auto& o : v["data_offsets"])
      if (!o.is_number_unsigned()) throw std::runtime_error(where + "data_offsets must be non-negative integers");
    e.begin = v["data_offsets"][0].get<uint64_t>();
    e.end = v["data_offsets"][1].get<uint64_t>();
    if (e.end < e.begin) throw std::runtime_error(where + "data_offsets end before they begin");
    if (e.end > dataBytes)
      throw std::runtime_error(where + "data_offsets [" + std::to_string(e.begin) + ", " + std::to_string(e.end) +
                               "] run past the " + std::to_string(dataBytes) + "-byte data section (truncated?)");
    if (e.end - e.begin != bytes)
      throw std::runtime_error(where + "data_offsets span " + std::to_string(e.end - e.begin) + " bytes but " +
                               e.dtype + " shape needs " + std::to_string(bytes));
    ordered.emplace_back(name, std::move(e));
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
  for (auto& [name, e] : ordered) entries_.emplace(name, std::move(e));
}

std::vector<std::string> SafetensorsReader::names() const {
  std::vector<std::string> out;
  out.reserve(entries_.size());
  for (const auto& kv : entries_) out.push_back(kv.first);
  return out;
}

const SafetensorsEntry& SafetensorsReader::entry(const std::string& name) const {
  auto it = entries_.find(name);
  if (it == entries_.end()) throw std::runtime_error(path_.toStdString() + ": no tensor named \"" + name + "\"");
  return it->second;
}

torch::Tensor SafetensorsReader::tensor(const std::string& name) const {
  const auto& e = entry(name);
  auto out = torch::empty(e.shape, torch::TensorOptions().dtype(scalarTypeFromSafetensors(e.dtype)));
  // Offsets were checked against the mapped size when the header was parsed.
  if (e.end > e.begin) std::memcpy(out.data_ptr(), map_ + dataStart_ + e.begin, e.end - e.begin);
  return out;
}

}  // namespace assay
