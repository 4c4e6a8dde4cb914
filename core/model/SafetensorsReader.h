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

namespace assay {

struct SafetensorsEntry {
  std::string dtype;             // "F32", "F16", "BF16", "I64", "I32"
  std::vector<int64_t> shape;
  uint64_t begin = 0;            // byte offsets into the data section
  uint64_t end = 0;
};

class SafetensorsReader {
 public:
  // Throws std::runtime_error "<path>: <problem>" on any invalid header.
  explicit SafetensorsReader(const QString& path);
  ~SafetensorsReader();
  SafetensorsReader(const SafetensorsReader&) = delete;
  SafetensorsReader& operator=(const SafetensorsReader&) = delete;

  const QString& path() const { return path_; }
  std::vector<std::string> names() const;  // sorted
  bool contains(const std::string& name) const { return entries_.count(name) != 0; }
  const SafetensorsEntry& entry(const std::string& name) const;  // throws naming the tensor
  const std::map<std::string, std::string>& metadata() const { return metadata_; }

  // A CPU tensor owning a copy of the bytes, in the file's dtype.
  torch::Tensor tensor(const std::string& name) const;

  // Largest header accepted (safetensors' own limit is 100 MB).
  static constexpr uint64_t kMaxHeaderBytes = 100u * 1024u * 1024u;

 private:
  void parseHeader(const char* header, uint64_t length, uint64_t dataBytes);

  QString path_;
  std::unique_ptr<QFile> file_;
  const uchar* map_ = nullptr;
  uint64_t fileSize_ = 0;
  uint64_t dataStart_ = 0;
  std::map<std::string, SafetensorsEntry> entries_;
  std::map<std::string, std::string> metadata_;
};

// "F32" -> kFloat, ... ; throws for an unknown dtype name.
torch::ScalarType scalarTypeFromSafetensors(const std::string& dtype);
std::string safetensorsDtypeName(torch::ScalarType type);  // throws for unsupported types
int64_t safetensorsDtypeBytes(const std::string& dtype);   // 0 for an unknown dtype

}  // namespace assay
