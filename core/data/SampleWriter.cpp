#include "data/SampleWriter.h"

#include <QSaveFile>
#include <stdexcept>

#include "data/RecordWriter.h"
#include "data/WriteProblems.h"

namespace assay::data {

qint64 ExportResult::skipped() const {
  qint64 n = 0;
  for (const auto& [reason, count] : skippedByReason) n += count;
  return n;
}

QByteArray writeSamples(const std::vector<Sample>& samples, const LabelSchema& schema, Format format,
                        ExportResult* result) {
  detail::RecordWriter writer(schema, format);
  ExportResult local;
  std::string out;
  writer.begin(out);
  for (const Sample& s : samples) {
    const std::string text = s.text.toStdString(), chosen = s.chosen.toStdString(), rejected = s.rejected.toStdString();
    detail::RecordView v;
    v.kind = static_cast<int>(s.kind);
    v.text = text;
    v.chosen = chosen;
    v.rejected = rejected;
    v.extraJson = std::string_view(s.extraJson.constData(), static_cast<size_t>(s.extraJson.size()));
    v.label = s.label;
    if (const char* reason = writer.append(out, v)) ++local.skippedByReason[QString::fromUtf8(reason)];
    else ++local.written;
  }
  writer.end(out);
  local.bytes = static_cast<qint64>(out.size());
  if (result) *result = local;
  return QByteArray::fromStdString(out);
}

ExportResult writeSamplesFile(const std::vector<Sample>& samples, const LabelSchema& schema, Format format,
                              const QString& path) {
  ExportResult result;
  const QByteArray bytes = writeSamples(samples, schema, format, &result);
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly)) throw std::runtime_error(detail::fileWriteError(path, f, false).toStdString());
  if (f.write(bytes) != bytes.size() || !f.commit())
    throw std::runtime_error(detail::fileWriteError(path, f).toStdString());
  return result;
}

}  // namespace assay::data
