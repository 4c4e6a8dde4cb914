// ProjectStore: writing samples out in an exchange format (a split, the
// reviewed samples, or a chosen list such as the dataset pane's filter),
// through one loop, each text sample with its annotator's note.
#include <QSaveFile>
#include <algorithm>
#include <unordered_map>

#include "data/ProjectDb.h"
#include "data/RecordWriter.h"
#include "data/WriteProblems.h"

namespace assay::data {

using detail::Statement;

namespace {

// assay_export_chosen(id): 1 when the id is in the sorted list of a chosen export.
void chosenFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* ids = static_cast<const std::vector<qint64>*>(sqlite3_user_data(ctx));
  sqlite3_result_int(ctx, std::binary_search(ids->begin(), ids->end(), sqlite3_value_int64(argv[0])) ? 1 : 0);
}

// Registers assay_export_chosen for the lifetime of an export (its user
// data is a local vector: unregistered before that dies).
class ChosenIdsFunction {
 public:
  ChosenIdsFunction(sqlite3* h, const QString& path, const std::vector<qint64>* ids) : h_(h) {
    if (sqlite3_create_function(h, "assay_export_chosen", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                const_cast<std::vector<qint64>*>(ids), chosenFunction, nullptr, nullptr) != SQLITE_OK)
      detail::throwSqlError(h, path, QStringLiteral("registering the export's id list"));
  }
  ~ChosenIdsFunction() {
    sqlite3_create_function(h_, "assay_export_chosen", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
  }
  ChosenIdsFunction(const ChosenIdsFunction&) = delete;
  ChosenIdsFunction& operator=(const ChosenIdsFunction&) = delete;

 private:
  sqlite3* h_;
};

}  // namespace

ExportResult ProjectStore::exportWhere(const QString& outPath, Format format, const char* where,
                                       const std::function<void(Statement&)>& bind, qint64 total,
                                       const ProgressFn& progress) const {
  if (format == Format::Auto) throw StoreError("export needs a format: style-json, trl, kto or text");
  detail::RecordWriter writer(schema_, format);
  sqlite3* h = db_->handle;
  // Notes are few (a remark here and there): read them all once rather than
  // asking for each exported row. The latest note that is not empty wins,
  // as the dataset table shows it.
  std::unordered_map<qint64, std::string> notes;
  {
    Statement st(h, path_, "SELECT sample_id, note FROM annotations WHERE note IS NOT NULL AND note != '' ORDER BY id");
    while (st.step()) notes[st.int64(0)] = std::string(st.text(1));
  }
  QSaveFile out(outPath);
  if (!out.open(QIODevice::WriteOnly)) throw StoreError(detail::fileWriteError(outPath, out, false).toStdString());
  auto flush = [&](std::string& buf) {
    if (out.write(buf.data(), static_cast<qint64>(buf.size())) != static_cast<qint64>(buf.size()))
      throw StoreError(detail::fileWriteError(outPath, out).toStdString());
    buf.clear();
  };
  ExportResult result;
  std::string buf;
  buf.reserve(2 << 20);
  writer.begin(buf);
  const std::string sql = std::string("SELECT kind, text, chosen, rejected, extra, label, id FROM samples s WHERE (") +
                          where + ") AND s.deleted_at IS NULL ORDER BY s.id";
  Statement st(h, path_, sql.c_str());
  if (bind) bind(st);
  qint64 rows = 0;
  while (st.step()) {
    detail::RecordView v = detail::exportRowView(st);
    if (!notes.empty()) {
      const auto note = notes.find(st.int64(6));
      if (note != notes.end()) v.note = note->second;
    }
    if (const char* reason = writer.append(buf, v)) ++result.skippedByReason[QString::fromUtf8(reason)];
    else ++result.written;
    if (buf.size() >= (1u << 20)) {
      result.bytes += static_cast<qint64>(buf.size());
      flush(buf);
    }
    if (progress && (++rows & 0xFFF) == 0) progress(rows, total);
  }
  writer.end(buf);
  result.bytes += static_cast<qint64>(buf.size());
  flush(buf);
  if (!out.commit()) throw StoreError(detail::fileWriteError(outPath, out).toStdString());
  if (progress) progress(total, total);
  return result;
}

Format ProjectStore::defaultExportFormat() const {
  if (schema_.kind() == SchemaKind::Correctness) return Format::Trl;
  // A text sample anywhere: style JSON holds every label. Else the kind of
  // the first record (a reward project of pairs, a KTO one of completions).
  Statement text(db_->handle, path_, "SELECT 1 FROM samples WHERE kind = 0 AND deleted_at IS NULL LIMIT 1");
  if (text.step()) return Format::StyleJson;
  Statement first(db_->handle, path_, "SELECT kind FROM samples WHERE deleted_at IS NULL LIMIT 1");
  if (first.step()) {
    if (first.int64(0) == static_cast<qint64>(SampleKind::Pair)) return Format::Trl;
    if (first.int64(0) == static_cast<qint64>(SampleKind::Completion)) return Format::Kto;
  }
  return Format::StyleJson;
}

ExportResult ProjectStore::exportTo(const QString& outPath, Format format, Split split,
                                    const ProgressFn& progress) const {
  const qint64 total = progress ? sampleCount(split) : 0;
  return exportWhere(
      outPath, format, "?1 = 3 OR s.split = ?1", [split](Statement& st) { st.bind(1, static_cast<qint64>(split)); },
      total, progress);
}

ExportResult ProjectStore::exportReviewed(const QString& outPath, Format format, const ProgressFn& progress) const {
  qint64 total = 0;
  if (progress) {
    Statement count(db_->handle, path_, "SELECT count(DISTINCT sample_id) FROM reviews WHERE verdict != 'skipped'");
    if (count.step()) total = count.int64(0);
  }
  return exportWhere(outPath, format, "s.id IN (SELECT sample_id FROM reviews WHERE verdict != 'skipped')", {}, total,
                     progress);
}

ExportResult ProjectStore::exportSamples(const QString& outPath, Format format, std::vector<qint64> ids,
                                         const ProgressFn& progress) const {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  const ChosenIdsFunction chosen(db_->handle, path_, &ids);
  return exportWhere(outPath, format, "assay_export_chosen(s.id)", {}, static_cast<qint64>(ids.size()), progress);
}

}  // namespace assay::data
