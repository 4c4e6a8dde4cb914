#include "model/SafetensorsWriter.h"

#include <nlohmann/json.hpp>

#include <QSaveFile>
#include <stdexcept>

#include "model/SafetensorsReader.h"

namespace assay {

void writeSafetensors(const QString& path, const NamedTensors& tensors,
                      const std::map<std::string, std::string>& metadata) {
  const std::string where = path.toStdString();
  nlohmann::json header = nlohmann::json::object();
  if (!metadata.empty()) header["__metadata__"] = metadata;

  std::vector<torch::Tensor> payload;
  payload.reserve(tensors.size());
  uint64_t offset = 0;
  for (const auto& [name, tensor] : tensors) {
    if (header.contains(name)) throw std::runtime_error(where + ": tensor \"" + name + "\" given twice");
    if (!tensor.defined()) throw std::runtime_error(where + ": tensor \"" + name + "\" is undefined");
    const auto t = tensor.detach().to(torch::kCPU).contiguous();
    std::string dtype;
    try {
      dtype = safetensorsDtypeName(t.scalar_type());
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(where + ": tensor \"" + name + "\": " + e.what());
    }
    const uint64_t bytes = static_cast<uint64_t>(t.numel()) * static_cast<uint64_t>(t.element_size());
    header[name] = {{"dtype", dtype}, {"shape", t.sizes().vec()}, {"data_offsets", {offset, offset + bytes}}};
    offset += bytes;
    payload.push_back(t);
  }
  // nlohmann orders keys alphabetically; offsets follow `tensors` order, which
  // the format allows (readers sort by offset).
  std::string text = header.dump();
  text.append((8 - text.size() % 8) % 8, ' ');

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    throw std::runtime_error(where + ": cannot write: " + file.errorString().toStdString());
  char lengthBytes[8];
  uint64_t length = text.size();
  for (int i = 0; i < 8; ++i) lengthBytes[i] = static_cast<char>((length >> (8 * i)) & 0xff);
  file.write(lengthBytes, 8);
  file.write(text.data(), static_cast<qint64>(text.size()));
  for (const auto& t : payload)
    file.write(static_cast<const char*>(t.data_ptr()), static_cast<qint64>(t.numel() * t.element_size()));
  if (!file.commit()) throw std::runtime_error(where + ": write failed: " + file.errorString().toStdString());
}

}  // namespace assay
