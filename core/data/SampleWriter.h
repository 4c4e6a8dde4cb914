#pragma once
// Writing samples in the exchange formats. Output is deterministic, UTF-8
// without \u escapes, so export → import → export is byte-identical:
//  - style-json: a JSON array, 2-space indent, objects
//    {"input","label","label_english", then the record's other keys};
//  - trl: one compact object per line; a correctness record becomes the TRL
//    correctness layout (correct → chosen ends with assistant 正确, rejected 错误; incorrect
//    → the reverse; score_chosen 1, score_rejected 0); pairs are re-emitted;
//  - kto: one compact object per line {"prompt","completion":"正确","label":bool}
//    for correctness records; KTO completions are re-emitted;
//  - text: one compact object per line {"text", "label"?, other keys}.
// Samples a format cannot hold (a pair in style JSON, a style label in TRL,
// an unlabeled text in TRL/KTO) are skipped and counted.
#include <QByteArray>
#include <QString>
#include <map>
#include <vector>

#include "data/DataFormat.h"
#include "data/LabelSchema.h"
#include "data/Sample.h"

namespace assay::data {

struct ExportResult {
  qint64 written = 0;
  std::map<QString, qint64> skippedByReason;  // reason → count
  qint64 bytes = 0;
  qint64 skipped() const;
};

// Serialises samples to bytes. `format` must not be Auto.
QByteArray writeSamples(const std::vector<Sample>& samples, const LabelSchema& schema, Format format,
                        ExportResult* result = nullptr);
// Writes to a file (atomically: a temporary file renamed into place).
// Throws std::runtime_error naming the file on I/O failure.
ExportResult writeSamplesFile(const std::vector<Sample>& samples, const LabelSchema& schema, Format format,
                              const QString& path);

}  // namespace assay::data
