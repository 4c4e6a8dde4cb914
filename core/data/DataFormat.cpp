#include "data/DataFormat.h"

#include "data/JsonText.h"
#include "data/RecordReader.h"

namespace assay::data {

QString formatName(Format format) {
  switch (format) {
    case Format::Auto:
      return QStringLiteral("auto");
    case Format::StyleJson:
      return QStringLiteral("style-json");
    case Format::Trl:
      return QStringLiteral("trl");
    case Format::Kto:
      return QStringLiteral("kto");
    case Format::Text:
      return QStringLiteral("text");
  }
  return {};
}

bool parseFormat(const QString& text, Format* format) {
  for (Format f : {Format::Auto, Format::StyleJson, Format::Trl, Format::Kto, Format::Text}) {
    if (text == formatName(f)) {
      *format = f;
      return true;
    }
  }
  return false;
}

QString issueKindName(IssueKind kind) {
  switch (kind) {
    case IssueKind::Unreadable:
      return QStringLiteral("unreadable file");
    case IssueKind::InvalidJson:
      return QStringLiteral("invalid JSON");
    case IssueKind::InvalidUtf8:
      return QStringLiteral("invalid UTF-8");
    case IssueKind::WrongType:
      return QStringLiteral("wrong type");
    case IssueKind::MissingField:
      return QStringLiteral("missing field");
    case IssueKind::UnknownLabel:
      return QStringLiteral("unknown label");
    case IssueKind::EmptyText:
      return QStringLiteral("empty text");
    case IssueKind::TextTooLong:
      return QStringLiteral("text too long");
  }
  return {};
}

QString ImportIssue::toString() const {
  QString out = file;
  if (line > 0) out += QStringLiteral(":%1").arg(line);
  out += QStringLiteral(": ");
  if (record > 0) out += QStringLiteral("record %1: ").arg(record);
  return out + message;
}

Sample detail::toSample(const detail::ParsedRecord& r, const QString& file) {
  Sample s;
  s.kind = r.kind;
  s.text = QString::fromStdString(r.text);
  s.label = r.label;
  s.chosen = QString::fromStdString(r.chosen);
  s.rejected = QString::fromStdString(r.rejected);
  s.margin = r.margin;
  s.desirable = r.desirable;
  s.extraJson = QByteArray::fromStdString(r.extraJson);
  s.sourceFile = file;
  s.sourceLine = r.line;
  return s;
}

namespace {

// A grown label set that a preset covers takes the preset's ids, so that a
// file of style names trains the same classes as rm_train.py's fixed mapping
// (售前 0, 售后 1, 诚实 2, 有帮助 3, 无伤害 4).
void preferPreset(ImportResult* result) {
  std::vector<int> remap;
  const LabelSchema* preset = LabelSchema::presetCovering(result->schema, &remap);
  if (!preset) return;
  for (Sample& s : result->samples)
    if (s.label >= 0) s.label = remap[static_cast<size_t>(s.label)];
  result->schema = *preset;
}

ImportResult readBytes(const char* data, qint64 size, const QString& fileName, Format format, const LabelSchema* schema,
                       LabelPolicy policy) {
  ImportResult result;
  detail::RecordReader reader(fileName, format, schema, policy);
  detail::ReadCallbacks cb;
  cb.record = [&](detail::ParsedRecord& r) { result.samples.push_back(detail::toSample(r, fileName)); };
  cb.issue = [&](ImportIssue&& issue) { result.issues.push_back(std::move(issue)); };
  result.fileUnreadable = !reader.parse(data, size, cb);
  result.schema = reader.schema();
  if (policy == LabelPolicy::Grow && !schema) preferPreset(&result);
  return result;
}

ImportResult unreadable(ImportIssue issue, const LabelSchema* schema, LabelPolicy policy) {
  ImportResult result;
  result.issues.push_back(std::move(issue));
  result.fileUnreadable = true;
  result.schema = schema                        ? *schema
                  : policy == LabelPolicy::Grow ? LabelSchema(SchemaKind::Custom, {})
                                                : LabelSchema::style();
  return result;
}

}  // namespace

ImportResult readSamplesFile(const QString& path, Format format, const LabelSchema* schema, LabelPolicy policy) {
  detail::InputFile input;
  ImportIssue issue;
  if (!input.open(path, &issue)) return unreadable(std::move(issue), schema, policy);
  return readBytes(input.data(), input.size(), path, format, schema, policy);
}

ImportResult readSamplesData(const QByteArray& data, const QString& fileName, Format format, const LabelSchema* schema,
                             LabelPolicy policy) {
  if (data.isEmpty())
    return unreadable({fileName, 0, 0, IssueKind::Unreadable, QStringLiteral("file is empty (0 bytes)")}, schema,
                      policy);
  return readBytes(data.constData(), data.size(), fileName, format, schema, policy);
}

LabelSchema scanLabels(const QStringList& paths, Format format, const LabelSchema* schema) {
  LabelSchema labels = schema ? *schema : LabelSchema(SchemaKind::Custom, {});
  for (const QString& path : paths) {
    detail::InputFile input;
    ImportIssue issue;
    if (!input.open(path, &issue)) continue;
    detail::RecordReader reader(path, format, &labels, LabelPolicy::Grow);
    detail::ReadCallbacks cb;
    cb.record = [](detail::ParsedRecord&) {};
    cb.issue = [](ImportIssue&&) {};
    cb.consumed = [&input](const char* upTo) { input.release(upTo); };  // a 1 GB file is not held whole
    reader.parse(input.data(), input.size(), cb);
    labels = reader.schema();
  }
  if (!schema) {
    if (const LabelSchema* preset = LabelSchema::presetCovering(labels, nullptr)) return *preset;
  }
  return labels;
}

}  // namespace assay::data
