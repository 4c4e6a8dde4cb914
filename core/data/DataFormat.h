#pragma once
// Reading dataset files into samples, without a project. Every supported
// layout: the style JSON array that rm_train.py trains on, TRL chosen/rejected
// JSONL (and its variant of pretty-printed objects back to back with no commas
// between them), KTO JSONL (and the {"address":…,"chosen":true} lines written
// for address data-quality checks), and unlabeled pools (JSONL with a
// "text"/"input"/"content" field, or plain text one sample per line).
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

#include "data/LabelSchema.h"
#include "data/Sample.h"

namespace assay::data {

enum class Format { Auto, StyleJson, Trl, Kto, Text };

QString formatName(Format format);  // "auto" | "style-json" | "trl" | "kto" | "text"
// Parses a --format value; false when unknown.
bool parseFormat(const QString& text, Format* format);

// Why a record (or a whole file) was skipped; used for the import summary.
enum class IssueKind {
  Unreadable,   // file missing, a directory, no permission, empty: nothing read
  InvalidJson,  // syntax error, including a truncated file
  InvalidUtf8,
  WrongType,  // a field has the wrong JSON type
  MissingField,
  UnknownLabel,
  EmptyText,
  TextTooLong,  // longer than kMaxTextBytes
};
QString issueKindName(IssueKind kind);  // "invalid JSON", "unknown label", ...

// Texts above this size are rejected (a model never sees more than a few
// thousand tokens; a 10 MB "text" is a broken file, not a sample).
constexpr qint64 kMaxTextBytes = 1 << 20;

struct ImportIssue {
  QString file;
  qint64 line = 0;    // 1-based line of the problem (0: whole file)
  qint64 record = 0;  // 1-based record index in the file (0: whole file)
  IssueKind kind = IssueKind::InvalidJson;
  QString message;  // the problem, without the location
  // "FILE:LINE: record N: MESSAGE" (location parts omitted when 0).
  QString toString() const;
};

// What a reader does with a label the schema lacks: refuse the record
// (Known), or add the label after the schema's own, in order of first
// appearance (Grow; the user's original rm_train.py likewise takes its label
// set from the data).
enum class LabelPolicy { Known, Grow };

struct ImportResult {
  std::vector<Sample> samples;
  // The labels the samples' ids refer to: the schema passed in, or the
  // built-in one the file's first labelled record implied.
  LabelSchema schema;
  std::vector<ImportIssue> issues;
  bool fileUnreadable = false;  // true: nothing could be read at all
  qint64 skipped() const { return static_cast<qint64>(issues.size()) - (fileUnreadable ? 1 : 0); }
};

// Reads a whole file. Labels are resolved against `schema` when given, else
// against the built-in schema the records imply (style labels for style JSON
// and text pools, 正确/错误 for TRL/KTO correctness records). With
// LabelPolicy::Grow unknown labels are added instead; with no `schema`, a
// file whose labels all belong to one preset gets that preset (and its ids),
// any other file its labels in order of first appearance. Never throws for
// bad input: problems become issues, good records are still returned.
ImportResult readSamplesFile(const QString& path, Format format = Format::Auto, const LabelSchema* schema = nullptr,
                             LabelPolicy policy = LabelPolicy::Known);

// Same, from bytes already in memory; `fileName` is used in issues.
ImportResult readSamplesData(const QByteArray& data, const QString& fileName, Format format = Format::Auto,
                             const LabelSchema* schema = nullptr, LabelPolicy policy = LabelPolicy::Known);

// The labels of `schema` (empty when null) followed by those the files add,
// read as readSamplesFile(LabelPolicy::Grow) reads them, without keeping any
// record. Unreadable files add nothing (importing them reports why).
LabelSchema scanLabels(const QStringList& paths, Format format, const LabelSchema* schema);

}  // namespace assay::data
