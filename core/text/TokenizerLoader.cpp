#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

#include "text/ByteLevelBpeTokenizer.h"
#include "text/CharTokenizer.h"
#include "text/Tokenizer.h"

namespace assay {

namespace {

// tokenizers serialises the model with a "type"; very old files omit it,
// and then the fields tell which model it is.
std::string modelType(const nlohmann::json& model) {
  if (model.contains("type")) return model["type"].get<std::string>();
  if (model.contains("merges")) return "BPE";
  if (model.contains("max_input_chars_per_word")) return "WordPiece";
  if (model.contains("vocab") && model["vocab"].is_array()) return "Unigram";
  return "WordLevel";
}

std::string lineColumnOf(const std::string& text, std::size_t byte) {
  const std::size_t end = std::min(byte, text.size());
  const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n');
  const auto lastBreak = text.rfind('\n', end == 0 ? 0 : end - 1);
  const std::size_t column = lastBreak == std::string::npos ? end + 1 : end - lastBreak;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

std::vector<std::vector<int32_t>> Tokenizer::encodeBatch(const std::vector<std::string>& texts, int threads) const {
  std::vector<std::vector<int32_t>> out(texts.size());
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (std::size_t i = static_cast<std::size_t>(t); i < texts.size(); i += static_cast<std::size_t>(threads))
        out[i] = encode(std::string_view(texts[i]));
    });
  for (auto& th : pool) th.join();
  return out;
}

std::unique_ptr<Tokenizer> parseTokenizerJson(const std::string& text, const std::string& source,
                                              const std::string& padToken) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw std::runtime_error(source + ": invalid JSON at " + lineColumnOf(text, e.byte == 0 ? 0 : e.byte - 1) + ": " +
                             e.what());
  } catch (const nlohmann::json::out_of_range& e) {  // a number beyond double's range ("1e309")
    throw std::runtime_error(source + ": invalid JSON: " + e.what());
  }
  try {
    if (!json.is_object() || !json.contains("model") || !json["model"].is_object())
      throw std::runtime_error("no \"model\" object: not a Hugging Face tokenizer.json");
    const std::string type = modelType(json["model"]);
    if (type == "BPE") return std::make_unique<ByteLevelBpeTokenizer>(json, text, padToken);
    if (type == "WordLevel") return CharTokenizer::fromJson(json, padToken);
    throw std::runtime_error("tokenizer model type '" + type +
                             "' is not supported (Assay reads byte-level BPE and the WordLevel char tokenizer)");
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(source + ": malformed tokenizer.json: " + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(source + ": " + e.what());
  }
}

std::unique_ptr<Tokenizer> loadTokenizer(const QString& fileOrDirectory) {
  const QFileInfo info(fileOrDirectory);
  const QString path = info.isDir() ? QDir(fileOrDirectory).filePath("tokenizer.json") : fileOrDirectory;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw std::runtime_error(path.toStdString() + ": cannot read tokenizer: " + file.errorString().toStdString());
  const QByteArray bytes = file.readAll();

  // A model directory's tokenizer_config.json names the pad token.
  std::string padToken;
  QFile config(QFileInfo(path).dir().filePath("tokenizer_config.json"));
  if (config.open(QIODevice::ReadOnly)) {
    const auto cfg = nlohmann::json::parse(config.readAll().toStdString(), nullptr, false);
    if (cfg.is_object() && cfg.contains("pad_token")) {
      const auto& pad = cfg["pad_token"];
      if (pad.is_string()) padToken = pad.get<std::string>();
      else if (pad.is_object() && pad.contains("content") && pad["content"].is_string())
        padToken = pad["content"].get<std::string>();
    }
  }
  return parseTokenizerJson(bytes.toStdString(), path.toStdString(), padToken);
}

}  // namespace assay
