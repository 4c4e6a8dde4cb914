#include "data/DataFormat.h"

#include "data/JsonText.h"
#include "data/RecordReader.h"

namespace assay::data {

QString formatName(Format format) {
  switch (format) {
    case Format::Auto: return QStringLiteral("auto");
    case Format::StyleJson: return QStringLiteral("style-json");
    case Format::Trl: return QStringLiteral("trl");
    case Format::Kto: return QStringLiteral("kto");
    case Format::Text: return QStringLiteral("text");
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
    case IssueKind::Unreadable: return QStringLiteral("unreadable file");
    case IssueKind::InvalidJson: return QStringLiteral("invalid JSON");
    case IssueKind::InvalidUtf8: return QStringLiteral("invalid UTF-8");
    case IssueKind::WrongType: return QStringLiteral("wrong type");
    case IssueKind::MissingField: return QStringLiteral("missing field");
    case IssueKind::UnknownLabel: return QStringLiteral("unknown label");
    case IssueKind::EmptyText: return QStringLiteral("empty text");
    case IssueKind::TextTooLong: return QStringLiteral("text too long");
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

namespace {

Sample toSample(const detail::ParsedRecord& r, const QString& file) {
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

ImportResult readBytes(const char* data, qint64 size, const QString& fileName, Format format,
                       const LabelSchema* schema) {
  ImportResult result;
  detail::RecordReader reader(fileName, format, schema);
  detail::ReadCallbacks cb;
  cb.record = [&](detail::ParsedRecord& r) { result.samples.push_back(toSample(r, fileName)); };
  cb.issue = [&](ImportIssue&& issue) { result.issues.push_back(std::move(issue)); };
  result.fileUnreadable = !reader.parse(data, size, cb);
  result.schema = reader.schema();
  return result;
}

}  // namespace

ImportResult readSamplesFile(const QString& path, Format format, const LabelSchema* schema) {
  detail::InputFile input;
  ImportIssue issue;
  if (!input.open(path, &issue)) {
    ImportResult result;
    result.issues.push_back(issue);
    result.fileUnreadable = true;
    result.schema = schema ? *schema : LabelSchema::style();
    return result;
  }
  return readBytes(input.data(), input.size(), path, format, schema);
}

ImportResult readSamplesData(const QByteArray& data, const QString& fileName, Format format,
                             const LabelSchema* schema) {
  if (data.isEmpty()) {
    ImportResult result;
    result.issues.push_back({fileName, 0, 0, IssueKind::Unreadable, QStringLiteral("file is empty (0 bytes)")});
    result.fileUnreadable = true;
    result.schema = schema ? *schema : LabelSchema::style();
    return result;
  }
  return readBytes(data.constData(), data.size(), fileName, format, schema);
}

}  // namespace assay::data
