#include "model/SafetensorsReader.h"

#include <cstring>
#include <stdexcept>

namespace assay {
namespace {

struct DtypeInfo {
  const char* name;
  torch::ScalarType type;
};

// Element sizes live in SafetensorsHeader.cpp (the LibTorch-free parser).
constexpr DtypeInfo kDtypes[] = {
    {"F64", torch::kDouble}, {"F32", torch::kFloat}, {"F16", torch::kHalf},  {"BF16", torch::kBFloat16},
    {"I64", torch::kLong},   {"I32", torch::kInt},   {"I16", torch::kShort}, {"I8", torch::kChar},
    {"U8", torch::kByte},    {"BOOL", torch::kBool},
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

SafetensorsReader::SafetensorsReader(const QString& path) : path_(path), file_(std::make_unique<QFile>(path)) {
  const std::string where = path.toStdString();
  if (!file_->open(QIODevice::ReadOnly))
    throw std::runtime_error(where + ": cannot open: " + file_->errorString().toStdString());
  const auto size = static_cast<uint64_t>(file_->size());
  if (size >= 8) {
    map_ = file_->map(0, static_cast<qint64>(size));
    if (!map_) throw std::runtime_error(where + ": cannot memory-map: " + file_->errorString().toStdString());
  }
  try {
    header_ = parseSafetensorsHeader(map_, size);  // under 8 bytes it throws before reading
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(where + ": " + e.what());
  }
}

SafetensorsReader::~SafetensorsReader() {
  if (map_) file_->unmap(const_cast<uchar*>(map_));
}

std::vector<std::string> SafetensorsReader::names() const {
  std::vector<std::string> out;
  out.reserve(header_.entries.size());
  for (const auto& kv : header_.entries) out.push_back(kv.first);
  return out;
}

const SafetensorsEntry& SafetensorsReader::entry(const std::string& name) const {
  auto it = header_.entries.find(name);
  if (it == header_.entries.end()) throw std::runtime_error(path_.toStdString() + ": no tensor named \"" + name + "\"");
  return it->second;
}

torch::Tensor SafetensorsReader::tensor(const std::string& name) const {
  const auto& e = entry(name);
  auto out = torch::empty(e.shape, torch::TensorOptions().dtype(scalarTypeFromSafetensors(e.dtype)));
  // Offsets were checked against the mapped size when the header was parsed.
  if (e.end > e.begin) std::memcpy(out.data_ptr(), map_ + header_.dataStart + e.begin, e.end - e.begin);
  return out;
}

}  // namespace assay
