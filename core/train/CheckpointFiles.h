#pragma once
// Writing a checkpoint so that neither a kill nor a full disk can leave a
// directory that looks complete and is not. Every file goes into
// <dir>.partial, every write is checked, the files are flushed to disk, and
// only then is the directory renamed to <dir>. A run removes the .partial
// directories a killed run left behind, and never resumes from one.
#include <QString>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace assay {

// The suffix of a checkpoint directory that is still being written.
inline constexpr const char* kPartialSuffix = ".partial";

// Writes `text` to `path`; throws std::runtime_error naming the file when
// any step fails (open, write, flush, close).
void writeCheckedFile(const QString& path, const std::string& text);

// Where LibTorch's archive writers can put their bytes
// (torch::serialize::OutputArchive::save_to, torch::save).
using ArchiveSink = std::function<size_t(const void* data, size_t size)>;

// Writes `path` through `write(sink)`, checking every write and the final
// flush; throws std::runtime_error naming the file when one fails. Why not
// LibTorch's own file writer: after a failed write it throws again from a
// destructor, which ends the process (LibTorch 1.13), and it never checks
// its final flush. The sink takes (and drops) every byte after a failure,
// so LibTorch finishes quietly and the failure is reported here.
void writeCheckedArchive(const QString& path, const std::function<void(const ArchiveSink& sink)>& write);

// Runs `write(partial)` with `partial` = `<dir>.partial` (emptied first),
// makes every file in it durable, then renames it to `dir`, replacing an
// older `dir` of the same name. When anything fails the partial directory
// is removed, `dir` is not created, and std::runtime_error says which
// directory could not be written, that the disk may be full, and why.
void writeDirectoryAtomically(const QString& dir, const std::function<void(const QString& partial)>& write);

// Removes a checkpoint directory so that a kill halfway leaves no
// checkpoint-N with some of its files gone: it is renamed to
// `<dir>.old.partial` first, then deleted. Returns false when `dir` is still there.
bool removeDirectoryAtomically(const QString& dir);

// Whether `dir` is a checkpoint that was still being written.
bool isPartialDirectory(const QString& dir);

// Removes the directories `<namePattern>.partial` in `parent` (left by a
// killed run; namePattern a wildcard such as "checkpoint-*"); returns how
// many were removed.
int removePartialDirectories(const QString& parent, const QString& namePattern);

// Appends `line` to a JSON-lines log (metrics.jsonl); throws
// std::runtime_error naming the file when the write fails.
void appendJsonLine(const QString& file, const nlohmann::json& line);

// A resumed run's log continues from its checkpoint: removes the lines of
// `file` whose "step" is above `step` (logged by the stopped run after the
// checkpoint it resumes from) and any line that is not JSON (a write cut
// short by a full disk). A missing file is left missing.
void dropJsonLinesAfterStep(const QString& file, int64_t step);

}  // namespace assay
