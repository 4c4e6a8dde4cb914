// Any bytes as text (invalid UTF-8 included) through the tokenizers Assay
// ships tests for: the byte-level BPE (with and without its added tokens)
// and the character tokenizer. Without added tokens (whose lstrip/rstrip
// swallow whitespace, as in Hugging Face) byte-level BPE is lossless after
// its NFC normalizer, so valid UTF-8 must decode to its own NFC form.
#include <nlohmann/json.hpp>

#include <QFile>
#include <string>

#include "FuzzTarget.h"
#include "text/NfcNormalizer.h"
#include "text/Tokenizer.h"
#include "text/Utf8.h"

namespace {

std::string readTokenizerJson(const char* file) {
  QFile f(QStringLiteral(ASSAY_FUZZ_TEXT_DATA "/") + QString::fromUtf8(file));
  FUZZ_CHECK(f.open(QIODevice::ReadOnly));
  return f.readAll().toStdString();
}

std::unique_ptr<assay::Tokenizer> withoutAddedTokens(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json);
  j["added_tokens"] = nlohmann::json::array();
  return assay::parseTokenizerJson(j.dump(), "bpe_small without added tokens");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string bpeJson = readTokenizerJson("bpe_small/tokenizer.json");
  static const auto bpe = assay::parseTokenizerJson(bpeJson, "bpe_small");
  static const auto plainBpe = withoutAddedTokens(bpeJson);
  static const auto chars = assay::parseTokenizerJson(readTokenizerJson("char/tokenizer.json"), "char");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto* tokenizer : {bpe.get(), plainBpe.get(), chars.get()}) {
    const std::vector<int32_t> ids = tokenizer->encode(text);
    for (int32_t id : ids) FUZZ_CHECK(id >= 0 && id < tokenizer->vocabSize());
    const std::string back = tokenizer->decode(ids);
    if (tokenizer == plainBpe.get() && assay::utf8::isValid(text)) FUZZ_CHECK(back == assay::toNfc(text));
  }
  return 0;
}
