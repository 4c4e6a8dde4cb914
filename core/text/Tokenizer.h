#pragma once
// One interface for every tokenizer Assay uses: the byte-level BPE read from
// a Hugging Face tokenizer.json (Qwen2/Qwen2.5) and the character tokenizer
// of the `tiny` preset. Ids must equal what Hugging Face tokenizers produce
// for the same tokenizer.json.
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

class Tokenizer {
 public:
  virtual ~Tokenizer() = default;

  // Ids for UTF-8 text, no special tokens added (special/added tokens that
  // appear literally in the text, e.g. "<|im_start|>", are matched).
  virtual std::vector<int32_t> encode(std::string_view utf8) const = 0;
  std::vector<int32_t> encode(const QString& text) const { return encode(text.toStdString()); }

  virtual std::string decode(const std::vector<int32_t>& ids) const = 0;
  virtual int32_t vocabSize() const = 0;
  virtual std::optional<int32_t> tokenToId(std::string_view token) const = 0;

  // Id used to pad batches (the model never attends to it).
  virtual int32_t padTokenId() const = 0;

  // The Hugging Face tokenizer.json text that reproduces this tokenizer.
  virtual std::string toTokenizerJson() const = 0;
};

// Reads a tokenizer.json file, or the tokenizer.json inside a model directory.
// Chooses the implementation from the file's "model" section. Throws
// std::runtime_error naming the file and the problem.
std::unique_ptr<Tokenizer> loadTokenizer(const QString& fileOrDirectory);

}  // namespace assay
