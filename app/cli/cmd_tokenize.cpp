// assay-cli tokenize TOKENIZER_JSON|MODEL_DIR FILE|-
// One output line {"ids":[...]} per input line, in order, no special tokens
// added. An input line that is a JSON object is read through its "text"
// field; any other line is the text itself.
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "text/Tokenizer.h"

namespace assay::cli {
namespace {

constexpr const char* kSynopsis =
    "assay-cli tokenize TOKENIZER_JSON|MODEL_DIR FILE|-   one JSON line {\"ids\":[...]} per input line";
constexpr std::size_t kLinesPerBatch = 8192;  // encoded together on all cores

struct InputLine {
  std::string text;
  std::string error;  // set when the line is a JSON object without a string "text"
};

InputLine readLine(std::string line, const QString& source, int64_t number) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  const auto first = line.find_first_not_of(" \t");
  if (first == std::string::npos || line[first] != '{') return {std::move(line), {}};
  const auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return {std::move(line), {}};  // e.g. "{not json}": plain text
  const auto it = json.find("text");
  if (it == json.end() || !it->is_string())
    return {{}, QString("%1:%2: JSON object has no string \"text\" field").arg(source).arg(number).toStdString()};
  return {it->get<std::string>(), {}};
}

void writeIds(std::string& out, const std::vector<int32_t>& ids) {
  out += "{\"ids\":[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(ids[i]);
  }
  out += "]}\n";
}

int runTokenize(const QStringList& args) {
  const CliArgs parsed(args, {}, {});
  if (parsed.positional().size() != 2)
    throw UsageError("tokenize takes a tokenizer (file or model directory) and an input file or -");
  const QString tokenizerPath = parsed.positional().at(0);
  const QString inputPath = parsed.positional().at(1);
  const auto tokenizer = loadTokenizer(tokenizerPath);

  const bool fromStdin = inputPath == "-";
  FILE* in = fromStdin ? stdin : std::fopen(QFile::encodeName(inputPath).constData(), "rb");
  if (!in) return reportFailure(QString("%1: cannot open input file").arg(inputPath));
  const QString source = fromStdin ? QStringLiteral("<stdin>") : inputPath;
  const int64_t totalBytes = fromStdin ? 0 : QFileInfo(inputPath).size();
  std::unique_ptr<TerminalProgress> progress;
  if (totalBytes > (4 << 20)) progress = std::make_unique<TerminalProgress>("tokenize", totalBytes);

  int64_t lineNumber = 0, bytesRead = 0, failures = 0;
  std::vector<InputLine> batch;
  std::vector<std::string> texts;
  std::string out;
  const auto flush = [&] {
    texts.clear();
    for (auto& l : batch) texts.push_back(std::move(l.text));
    const auto ids = tokenizer->encodeBatch(texts);
    out.clear();
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (!batch[i].error.empty()) {
        std::fprintf(stderr, "assay-cli: %s\n", batch[i].error.c_str());
        out += nlohmann::json{{"error", batch[i].error}}.dump() + "\n";
        ++failures;
      } else {
        writeIds(out, ids[i]);
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    batch.clear();
    if (progress) progress->update(bytesRead);
  };

  std::string line;
  int c;
  bool pending = false;
  while ((c = std::getc(in)) != EOF) {
    ++bytesRead;
    if (c != '\n') {
      line.push_back(static_cast<char>(c));
      pending = true;
      continue;
    }
    batch.push_back(readLine(std::move(line), source, ++lineNumber));
    line.clear();
    pending = false;
    if (batch.size() == kLinesPerBatch) flush();
  }
  if (pending) batch.push_back(readLine(std::move(line), source, ++lineNumber));  // last line without '\n'
  flush();
  if (!fromStdin) std::fclose(in);
  if (progress) progress->finish(QString("%1 lines").arg(lineNumber));
  std::fflush(stdout);
  if (failures)
    return reportFailure(QString("%1: %2 of %3 lines had no text").arg(source).arg(failures).arg(lineNumber));
  return kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("tokenize", kSynopsis, runTokenize);

}  // namespace assay::cli
