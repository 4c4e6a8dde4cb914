// Encodes a JSONL corpus with Assay's tokenizer: batch encode on all cores
// (what `assay-cli tokenize` and training use) and one thread. Prints one
// JSON line per mode: {"engine","mb","seconds","tokens","checksum"}; the
// checksum equals hf_encode_bench.js's when the ids are identical.
//   bench_tokenizer TOKENIZER_JSON CORPUS.jsonl
#include <QFile>

#include <chrono>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "text/Tokenizer.h"

namespace {

void report(const char* engine, double mb, double seconds, const std::vector<std::vector<int32_t>>& ids) {
  int64_t tokens = 0, checksum = 0;
  for (const auto& row : ids)
    for (const int32_t id : row) {
      ++tokens;
      checksum = (checksum * 31 + id) % 1000000007;
    }
  std::printf("{\"engine\":\"%s\",\"mb\":%.3f,\"seconds\":%.4f,\"tokens\":%lld,\"checksum\":%lld}\n", engine, mb,
              seconds, static_cast<long long>(tokens), static_cast<long long>(checksum));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench_tokenizer TOKENIZER_JSON CORPUS.jsonl\n");
    return 2;
  }
  const auto tokenizer = assay::loadTokenizer(QString::fromLocal8Bit(argv[1]));
  QFile file(QString::fromLocal8Bit(argv[2]));
  if (!file.open(QIODevice::ReadOnly)) {
    std::fprintf(stderr, "%s: cannot read\n", argv[2]);
    return 1;
  }
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const QByteArray& line : file.readAll().split('\n')) {
    if (line.isEmpty()) continue;
    texts.push_back(
        nlohmann::json::parse(line.constData(), line.constData() + line.size()).at("text").get<std::string>());
    bytes += texts.back().size();
  }
  const double mb = static_cast<double>(bytes) / 1048576.0;
  constexpr std::size_t kBatch = 8192;  // same batches as the node side

  const auto timed = [&](int threads) {
    // A fresh tokenizer per mode, so no mode inherits another's warm cache.
    const auto tok = assay::loadTokenizer(QString::fromLocal8Bit(argv[1]));
    std::vector<std::vector<int32_t>> ids;
    ids.reserve(texts.size());
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < texts.size(); i += kBatch) {
      const std::vector<std::string> chunk(
          texts.begin() + static_cast<std::ptrdiff_t>(i),
          texts.begin() + static_cast<std::ptrdiff_t>(std::min(texts.size(), i + kBatch)));
      for (auto& row : tok->encodeBatch(chunk, threads)) ids.push_back(std::move(row));
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return std::make_pair(seconds, std::move(ids));
  };
  const auto [allSeconds, allIds] = timed(0);
  report("assay-batch", mb, allSeconds, allIds);
  const auto [oneSeconds, oneIds] = timed(1);
  report("assay-1-thread", mb, oneSeconds, oneIds);
  return 0;
}
