#include "data/RecordReader.h"

#include <sys/mman.h>
#include <unistd.h>

#include <QFileInfo>
#include <algorithm>
#include <cstring>

#include "data/FlatRecordScan.h"
#include "data/JsonText.h"
#include "data/RecordFields.h"

namespace assay::data::detail {

bool InputFile::open(const QString& path, ImportIssue* issue) {
  issue->file = path;
  issue->kind = IssueKind::Unreadable;
  const QFileInfo info(path);
  if (!info.exists()) {
    issue->message = QStringLiteral("no such file");
    return false;
  }
  if (info.isDir()) {
    issue->message = QStringLiteral("is a directory, not a data file");
    return false;
  }
  file_.setFileName(path);
  if (!file_.open(QIODevice::ReadOnly)) {
    issue->message = QStringLiteral("cannot open: ") + file_.errorString();
    return false;
  }
  size_ = file_.size();
  if (size_ == 0) {
    issue->message = QStringLiteral("file is empty (0 bytes)");
    return false;
  }
  if (uchar* mapped = file_.map(0, size_)) {
    data_ = reinterpret_cast<const char*>(mapped);
    mapped_ = true;
    releasedTo_ = data_;
    madvise(mapped, static_cast<size_t>(size_), MADV_SEQUENTIAL);  // read ahead; read once
  } else {                                                         // not mappable (a pipe, an odd file system): read it
    buffer_ = file_.readAll();
    if (buffer_.size() != size_) {
      issue->message = QStringLiteral("cannot read: ") + file_.errorString();
      return false;
    }
    data_ = buffer_.constData();
  }
  return true;
}

void InputFile::release(const char* upTo) {
  if (!mapped_ || upTo <= releasedTo_) return;
  static const qint64 page = sysconf(_SC_PAGESIZE);
  // The map starts on a page boundary: whole pages from its start.
  const qint64 end = (upTo - data_) / page * page;
  if (end <= releasedTo_ - data_) return;
  madvise(const_cast<char*>(releasedTo_), static_cast<size_t>(end - (releasedTo_ - data_)), MADV_DONTNEED);
  releasedTo_ = data_ + end;
}

// The boundary scanner: walks the bytes once, hands each record's bytes to
// nlohmann::json, counts lines incrementally for error locations.
struct RecordReader::Impl {
  RecordReader& owner;
  const ReadCallbacks& cb;
  const char* begin;
  const char* end;
  qint64 line = 1;
  const char* lineCountedTo;
  qint64 records = 0;
  qint64 lastProgress = 0;

  Impl(RecordReader& o, const ReadCallbacks& c, const char* b, const char* e)
      : owner(o), cb(c), begin(b), end(e), lineCountedTo(b) {}

  qint64 lineAt(const char* p) {  // p never moves backwards
    line += std::count(lineCountedTo, p, '\n');
    lineCountedTo = p;
    return line;
  }

  void report(qint64 atLine, qint64 record, IssueKind kind, QString message) {
    cb.issue(ImportIssue{owner.fileName_, atLine, record, kind, std::move(message)});
  }

  void progress(const char* p) {
    const qint64 done = p - begin;
    if (done - lastProgress >= (4 << 20)) {
      lastProgress = done;
      if (cb.progress) cb.progress(done, end - begin);
      // Nothing before the line counter (the current record's start) is
      // read again; atColumn0 may look one byte back.
      if (cb.consumed && lineCountedTo > begin) cb.consumed(std::min(p, lineCountedTo) - 1);
    }
  }

  static bool isWs(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
  const char* skipWs(const char* p) const {
    while (p < end && isWs(*p)) ++p;
    return p;
  }
  bool atColumn0(const char* p) const { return p == begin || p[-1] == '\n'; }
  // Spaces and tabs (not newlines) from p.
  const char* skipBlanks(const char* p) const {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r')) ++p;
    return p;
  }
  // Where text follows a closed top-level object on its own line, other than
  // another object or a comma ({"text":"a"} oops); null when none does.
  const char* textAfterRecord(const char* e) const {
    if (e == begin || e[-1] != '}') return nullptr;  // a broken record: reported by handleRecord
    const char* q = skipBlanks(e);
    if (q == end || *q == '\n' || *q == '{') return nullptr;
    if (*q == ',') {
      const char* r = skipBlanks(q + 1);
      if (r == end || *r == '\n' || *r == '{') return nullptr;
      return r;
    }
    return q;
  }

  // End of the JSON value starting at p. Brackets and strings are matched;
  // a raw newline inside a string (illegal in JSON) or a '{'/'[' at column 0
  // inside a record that itself began at column 0 ends a broken record
  // early, so the next record is still read.
  const char* scanValue(const char* p) const {
    const bool topLevelRecord = atColumn0(p);
    if (*p != '{' && *p != '[') {
      if (*p == '"') {
        for (++p; p < end && *p != '"' && *p != '\n'; ++p)
          if (*p == '\\' && p + 1 < end) ++p;
        return p < end && *p == '"' ? p + 1 : p;
      }
      while (p < end && !isWs(*p) && *p != ',' && *p != ']' && *p != '}') ++p;
      return p;
    }
    int depth = 0;
    for (; p < end; ++p) {
      const char c = *p;
      if (c == '"') {
        for (++p; p < end && *p != '"'; ++p) {
          if (*p == '\\' && p + 1 < end) ++p;
          else if (*p == '\n') return p;  // unterminated string
        }
        if (p == end) return end;
      } else if (c == '{' || c == '[') {
        if (depth > 0 && topLevelRecord && atColumn0(p)) return p;
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return p + 1;
      }
    }
    return end;
  }

  // Parses and interprets one record; false when it was reported as an issue.
  bool handleRecord(const char* s, const char* e) {
    ++records;
    const qint64 recLine = lineAt(s);
    const bool reachedEnd = e == end;
    while (e > s && isWs(e[-1])) --e;  // a broken record's error points at its last line
    {
      ParsedRecord rec;
      if (scanFlatKtoRecord(s, e, owner.format_, *owner.labels_, &rec)) {
        rec.line = recLine;
        rec.record = records;
        cb.record(rec);
        return true;
      }
    }
    Json value;
    try {
      value = Json::parse(s, e);
    } catch (const Json::parse_error& err) {
      QString what = QString::fromUtf8(err.what());
      // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 9: "
      // prefix: its position is relative to the record; ours is the file's.
      if (const int colon = what.indexOf(QStringLiteral(": "), what.indexOf(QStringLiteral("column"))); colon >= 0)
        what = what.mid(colon + 2);
      const size_t at = std::min(static_cast<size_t>(e - s), err.byte > 0 ? static_cast<size_t>(err.byte - 1) : 0);
      const qint64 errLine = recLine + std::count(s, s + at, '\n');
      IssueKind kind = IssueKind::InvalidJson;
      if (what.contains(QStringLiteral("UTF-8"))) {
        kind = IssueKind::InvalidUtf8;
        what = QStringLiteral("invalid UTF-8: ") + what;
      } else if (reachedEnd && (what.contains(QStringLiteral("end of input")) ||
                                what.contains(QStringLiteral("missing closing quote")))) {
        what = QStringLiteral("truncated file: ") + what;
      } else {
        what = QStringLiteral("invalid JSON: ") + what;
      }
      report(errLine, records, kind, what);
      return false;
    } catch (const Json::out_of_range&) {
      // A number beyond double's range ("1e309") is out_of_range, not a
      // parse_error, in nlohmann (found by fuzz_import_*).
      report(recLine, records, IssueKind::InvalidJson, QStringLiteral("invalid JSON: a number is out of range"));
      return false;
    }
    ParsedRecord rec;
    RecordProblem problem;
    if (!interpretRecord(value, owner.format_, *owner.labels_, &rec, &problem)) {
      report(recLine, records, problem.kind, problem.message);
      return false;
    }
    rec.line = recLine;
    rec.record = records;
    cb.record(rec);
    return true;
  }

  const char* parseArray(const char* p) {
    const qint64 openLine = lineAt(p);
    ++p;
    for (;;) {
      p = skipWs(p);
      if (p >= end) {
        report(lineAt(end), records + 1, IssueKind::InvalidJson,
               QStringLiteral("truncated file: the list opened at line %1 is not closed").arg(openLine));
        return end;
      }
      if (*p == ']') return p + 1;
      const char* e = scanValue(p);
      const bool ok = handleRecord(p, e);
      progress(e);
      p = skipWs(e);
      if (p >= end && !ok) return end;  // the truncated record was reported already
      if (p < end && *p == ',') {
        ++p;
      } else if (p < end && *p == ']') {
        return p + 1;
      } else if (p < end) {
        report(lineAt(p), records, IssueKind::InvalidJson,
               QStringLiteral("invalid JSON: expected ',' or ']' after record %1").arg(records));
        if (e == p) ++p;  // guarantee progress on a stray character
      }
    }
  }

  void parseJson() {
    const char* p = begin;
    while ((p = skipWs(p)) < end) {
      if (*p == '[') {
        p = parseArray(p);
      } else if (*p == '{') {
        const char* e = scanValue(p);
        if (const char* junk = textAfterRecord(e)) {
          // The line is one bad record, not a good record plus a bad line:
          // counted once, as skipped, and nothing of it is imported.
          ++records;
          report(lineAt(junk), records, IssueKind::InvalidJson,
                 QStringLiteral("invalid JSON: text after the record on the same line ('%1…')")
                     .arg(QString::fromUtf8(junk, static_cast<int>(std::min<qint64>(end - junk, 12)))
                              .section(QLatin1Char('\n'), 0, 0)));
          const char* nl = static_cast<const char*>(std::memchr(junk, '\n', static_cast<size_t>(end - junk)));
          p = nl ? nl + 1 : end;
          progress(p);
          continue;
        }
        handleRecord(p, e);
        progress(e);
        p = e;
        // A comma between top-level records (objects listed without the
        // brackets) separates them; it is not a record of its own.
        if (const char* q = skipBlanks(p); q < end && *q == ',') p = q + 1;
      } else {
        ++records;
        report(lineAt(p), records, IssueKind::InvalidJson,
               QStringLiteral("invalid JSON: unexpected '%1' outside a record").arg(QChar::fromLatin1(*p)));
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        p = nl ? nl + 1 : end;
      }
    }
  }

  void parsePlainLines() {
    const char* p = begin;
    while (p < end) {
      const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
      const char* lineEnd = nl ? nl : end;
      const char* textEnd = lineEnd > p && lineEnd[-1] == '\r' ? lineEnd - 1 : lineEnd;
      const std::string_view text(p, static_cast<size_t>(textEnd - p));
      if (!isBlank(text)) {
        ++records;
        const qint64 l = lineAt(p);
        size_t bad = 0;
        RecordProblem problem;
        if (!isValidUtf8(text.data(), text.size(), &bad)) {
          report(l, records, IssueKind::InvalidUtf8,
                 QStringLiteral("invalid UTF-8 at byte %1 of the line").arg(bad + 1));
        } else if (!checkText(text, "line", &problem)) {
          report(l, records, problem.kind, problem.message);
        } else {
          ParsedRecord rec;
          rec.format = Format::Text;
          rec.text.assign(text);
          rec.line = l;
          rec.record = records;
          cb.record(rec);
        }
      }
      progress(lineEnd);
      p = nl ? nl + 1 : end;
    }
  }
};

RecordReader::RecordReader(QString fileName, Format format, const LabelSchema* schema, LabelPolicy policy)
    : fileName_(std::move(fileName)), format_(format), labels_(std::make_unique<LabelResolver>(schema, policy)) {}

RecordReader::~RecordReader() = default;

const LabelSchema& RecordReader::schema() const { return labels_->schema(); }

bool RecordReader::parse(const char* data, qint64 size, const ReadCallbacks& cb) {
  const char* b = data;
  const char* e = data + size;
  if (size >= 3 && std::memcmp(b, "\xEF\xBB\xBF", 3) == 0) b += 3;  // UTF-8 byte-order mark
  Impl impl(*this, cb, b, e);
  const char* first = impl.skipWs(b);
  if (first == e) {
    cb.issue(
        ImportIssue{fileName_, 0, 0, IssueKind::Unreadable, QStringLiteral("file has no records (only white space)")});
    return false;
  }
  const bool looksJson = *first == '{' || *first == '[';
  const bool plainText = !looksJson || (format_ == Format::Text && fileName_.endsWith(QLatin1String(".txt")));
  if (plainText && format_ != Format::Auto && format_ != Format::Text) {
    cb.issue(ImportIssue{fileName_, impl.lineAt(first), 0, IssueKind::Unreadable,
                         QStringLiteral("not a %1 file: JSON must start with '[' or '{'").arg(formatName(format_))});
    return false;
  }
  if (plainText) impl.parsePlainLines();
  else impl.parseJson();
  if (cb.progress) cb.progress(size, size);
  return true;
}

}  // namespace assay::data::detail
