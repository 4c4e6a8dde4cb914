#pragma once
// Reads a .safetensors file through a read-only memory map. The header is
// untrusted: its length, JSON, dtypes, shapes and offsets are all validated
// when the file is opened, before any tensor byte is touched, so a corrupt
// file fails with a message naming the file (and tensor) instead of reading
// out of bounds.
#include <torch/torch.h>

#include <QFile>
#include <QString>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/SafetensorsHeader.h"

namespace assay {

class SafetensorsReader {
 public:
  // Throws std::runtime_error "<path>: <problem>" on any invalid header.
  explicit SafetensorsReader(const QString& path);
  ~SafetensorsReader();
  SafetensorsReader(const SafetensorsReader&) = delete;
  SafetensorsReader& operator=(const SafetensorsReader&) = delete;

  const QString& path() const { return path_; }
  std::vector<std::string> names() const;  // sorted
  bool contains(const std::string& name) const { return header_.entries.count(name) != 0; }
  const SafetensorsEntry& entry(const std::string& name) const;  // throws naming the tensor
  const std::map<std::string, std::string>& metadata() const { return header_.metadata; }

  // A CPU tensor owning a copy of the bytes, in the file's dtype.
  torch::Tensor tensor(const std::string& name) const;

 private:
  QString path_;
  std::unique_ptr<QFile> file_;
  const uchar* map_ = nullptr;
  SafetensorsHeader header_;
};

// "F32" -> kFloat, ... ; throws for an unknown dtype name.
torch::ScalarType scalarTypeFromSafetensors(const std::string& dtype);
std::string safetensorsDtypeName(torch::ScalarType type);  // throws for unsupported types

}  // namespace assay
