#pragma once
// Streaming record reader behind readSamplesFile and ProjectStore::importFile.
// Finds record boundaries itself (JSON arrays, JSONL, concatenated pretty
// objects, bracketed lines, plain text lines) so one broken record never
// hides the good ones, then turns each record into a ParsedRecord holding
// UTF-8 bytes (no QString round trip on the import hot path).
#include <QFile>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "data/DataFormat.h"
#include "data/LabelSchema.h"
#include "data/Sample.h"

namespace assay::data::detail {

struct ParsedRecord {
  SampleKind kind = SampleKind::Text;
  std::string text;  // Text: the input; Pair/Completion: the prompt (joined)
  std::string chosen, rejected;
  int label = -1;
  std::optional<double> margin;
  bool desirable = false;
  std::string extraJson;
  qint64 line = 0;
  qint64 record = 0;
  Format format = Format::Auto;  // the format the record was read as (never Auto once read)
  uint64_t contentHash = 0;      // filled by the importer (contentHash of kind and texts)
  // Filled by the importer: 0 for new content, else the project's sample
  // with the same content, or ContentIndex::kEarlierInFile (ImportDedup.h).
  qint64 duplicateOf = 0;
};

// The sample a record becomes (readSamplesFile, previews).
Sample toSample(const ParsedRecord& r, const QString& file);

struct ReadCallbacks {
  std::function<void(ParsedRecord&)> record;
  std::function<void(ImportIssue&&)> issue;
  std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;  // optional
  // Optional: the reader will not look at the bytes before `upTo` again
  // (called every few MB), so their memory may be given back.
  std::function<void(const char* upTo)> consumed;
};

// The bytes of an input file: memory-mapped when possible.
class InputFile {
 public:
  // False (with an Unreadable issue) for a missing file, a directory, no
  // permission or a 0-byte file.
  bool open(const QString& path, ImportIssue* issue);
  const char* data() const { return data_; }
  qint64 size() const { return size_; }
  // Drops the mapped pages before `upTo` from this process's memory: a
  // file's pages stay resident once read, so without this a 1 GB import
  // holds 1 GB. The bytes stay readable (they fault in again from the
  // page cache or the file). Nothing happens for a file read into memory.
  void release(const char* upTo);

 private:
  QFile file_;
  QByteArray buffer_;
  const char* data_ = nullptr;
  qint64 size_ = 0;
  bool mapped_ = false;
  const char* releasedTo_ = nullptr;
};

class LabelResolver;

class RecordReader {
 public:
  // `schema`: labels to resolve against; null = infer a built-in schema
  // from the first labelled record (then stick to it). LabelPolicy::Grow
  // adds unknown labels to a copy of it (see LabelResolver).
  RecordReader(QString fileName, Format format, const LabelSchema* schema, LabelPolicy policy = LabelPolicy::Known);
  ~RecordReader();
  // Returns false when the content is not in any layout this format allows
  // (reported as one Unreadable issue).
  bool parse(const char* data, qint64 size, const ReadCallbacks& cb);
  // The schema labels were resolved against (valid after parse).
  const LabelSchema& schema() const;

 private:
  struct Impl;
  QString fileName_;
  Format format_;
  std::unique_ptr<LabelResolver> labels_;
};

}  // namespace assay::data::detail
