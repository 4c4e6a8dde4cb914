// tokenizer.json from a model directory. One that loads must encode and
// decode text without leaving its vocabulary.
#include <string>

#include "FuzzTarget.h"
#include "text/Tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::unique_ptr<assay::Tokenizer> tokenizer;
  try {
    tokenizer = assay::parseTokenizerJson(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
  } catch (const std::exception&) {
    return 0;
  }
  for (const char* text : {"Hello, world! 123", "用户问题：能便宜点吗？\n回答：可以。", "  \t<|endoftext|> é"}) {
    const std::vector<int32_t> ids = tokenizer->encode(std::string_view(text));
    for (int32_t id : ids) FUZZ_CHECK(id >= 0 && id < tokenizer->vocabSize());
    tokenizer->decode(ids);
  }
  return 0;
}
