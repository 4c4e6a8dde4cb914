// Any bytes as text (invalid UTF-8 included) through the two tokenizers
// Assay ships tests for: the byte-level BPE and the character tokenizer.
// Byte-level BPE is lossless after its NFC normalizer, so valid UTF-8 must
// decode to its own NFC form.
#include <QFile>
#include <string>

#include "FuzzTarget.h"
#include "text/Tokenizer.h"
#include "text/NfcNormalizer.h"
#include "text/Utf8.h"

namespace {

std::unique_ptr<assay::Tokenizer> load(const char* file) {
  return assay::loadTokenizer(QStringLiteral(ASSAY_FUZZ_TEXT_DATA "/") + QString::fromUtf8(file));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto bpe = load("bpe_small/tokenizer.json");
  static const auto chars = load("char/tokenizer.json");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto* tokenizer : {bpe.get(), chars.get()}) {
    const std::vector<int32_t> ids = tokenizer->encode(text);
    for (int32_t id : ids) FUZZ_CHECK(id >= 0 && id < tokenizer->vocabSize());
    const std::string back = tokenizer->decode(ids);
    if (tokenizer == bpe.get() && assay::utf8::isValid(text)) FUZZ_CHECK(back == assay::toNfc(text));
  }
  return 0;
}
