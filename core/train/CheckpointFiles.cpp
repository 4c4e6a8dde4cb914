#include "train/CheckpointFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace assay {

namespace {

[[noreturn]] void fail(const QString& path, const QString& problem) {
  throw std::runtime_error(QString(path + QStringLiteral(": ") + problem).toStdString());
}

// The first line of an exception's text: LibTorch appends a backtrace.
std::string firstLine(const char* what) {
  const std::string text(what);
  return text.substr(0, text.find('\n'));
}

#ifdef Q_OS_UNIX
// fsync(2) of a file or a directory. A full disk can surface here first
// (delayed allocation), so the result is checked like a write's.
void syncToDisk(const QString& path) {
  const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, QStringLiteral("cannot open to flush: ") + QString::fromLocal8Bit(strerror(errno)));
  const bool ok = ::fsync(fd) == 0;
  const int error = errno;
  ::close(fd);
  if (!ok) fail(path, QStringLiteral("cannot flush to disk: ") + QString::fromLocal8Bit(strerror(error)));
}
#else
void syncToDisk(const QString&) {}
#endif

// Files first, then the directories that name them, deepest first.
void syncTree(const QString& root) {
  QStringList dirs{root};
  QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    if (it.fileInfo().isDir()) dirs << path;
    else syncToDisk(path);
  }
  for (auto d = dirs.rbegin(); d != dirs.rend(); ++d) syncToDisk(*d);
}

}  // namespace

void writeCheckedFile(const QString& path, const std::string& text) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) fail(path, QStringLiteral("cannot write: ") + file.errorString());
  if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
    fail(path, QStringLiteral("write failed: ") + file.errorString());
}

void writeCheckedArchive(const QString& path, const std::function<void(const ArchiveSink& sink)>& write) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
    fail(path, QStringLiteral("cannot write: ") + file.errorString());
  QString error;
  const ArchiveSink sink = [&](const void* data, size_t size) -> size_t {
    // A short write says nothing; writing the rest gets the reason (ENOSPC, EFBIG).
    for (qint64 done = 0, n = 0; error.isEmpty() && done < qint64(size); done += n)
      if ((n = file.write(static_cast<const char*>(data) + done, qint64(size) - done)) <= 0) error = file.errorString();
    return size;
  };
  try {
    write(sink);
  } catch (const std::exception& e) {
    fail(path, QString::fromStdString(firstLine(e.what())));
  }
  if (error.isEmpty() && !file.flush()) error = file.errorString();
  file.close();
  if (error.isEmpty() && file.error() != QFileDevice::NoError) error = file.errorString();
  if (!error.isEmpty()) fail(path, QStringLiteral("write failed: ") + error);
}

void writeDirectoryAtomically(const QString& dir, const std::function<void(const QString& partial)>& write) {
  const QString partial = QDir::cleanPath(dir) + QString::fromLatin1(kPartialSuffix);
  try {
    if (QFileInfo::exists(partial) && !QDir(partial).removeRecursively())
      fail(partial, QStringLiteral("cannot remove an unfinished checkpoint"));
    if (!QDir().mkpath(partial)) fail(partial, QStringLiteral("cannot create the directory"));
    write(partial);
    syncTree(partial);
    // rename(2) does not replace a directory that has files in it. A kill
    // between the two steps leaves the new checkpoint as .partial: it is
    // discarded, and the run resumes from an earlier one.
    if (!removeDirectoryAtomically(dir)) fail(dir, QStringLiteral("cannot replace it"));
    if (!QDir().rename(partial, dir)) fail(partial, QStringLiteral("cannot rename it to ") + dir);
    syncToDisk(QFileInfo(dir).absolutePath());
  } catch (const std::exception& e) {
    QDir(partial).removeRecursively();
    throw std::runtime_error(dir.toStdString() + ": cannot write the checkpoint; the disk may be full (" +
                             firstLine(e.what()) + ")");
  }
}

void appendJsonLine(const QString& file, const nlohmann::json& line) {
  QFile f(file);
  const QByteArray text = QByteArray::fromStdString(line.dump()) + '\n';
  if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(text) != text.size() || !f.flush())
    fail(file, QStringLiteral("cannot append metrics: ") + f.errorString());
}

void dropJsonLinesAfterStep(const QString& file, int64_t step) {
  QFile in(file);
  if (!in.exists()) return;
  if (!in.open(QIODevice::ReadOnly)) fail(file, QStringLiteral("cannot read: ") + in.errorString());
  std::string kept;
  bool dropped = false;
  for (const QByteArray& line : in.readAll().split('\n')) {
    if (line.isEmpty()) continue;
    const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
    const bool keep = !j.is_discarded() && !(j.is_object() && j.contains("step") && j["step"].is_number() &&
                                             j["step"].get<int64_t>() > step);
    if (keep) kept.append(line.constData(), size_t(line.size())).push_back('\n');
    else dropped = true;
  }
  in.close();
  if (dropped) writeCheckedFile(file, kept);
}

bool removeDirectoryAtomically(const QString& dir) {
  if (!QFileInfo::exists(dir)) return true;
  const QString doomed = QDir::cleanPath(dir) + QStringLiteral(".old") + QString::fromLatin1(kPartialSuffix);
  if (QFileInfo::exists(doomed)) QDir(doomed).removeRecursively();
  if (!QDir().rename(dir, doomed)) return QDir(dir).removeRecursively();
  QDir(doomed).removeRecursively();  // a leftover is removed with the other .partial directories
  return true;
}

bool isPartialDirectory(const QString& dir) {
  return QDir::cleanPath(dir).endsWith(QString::fromLatin1(kPartialSuffix));
}

int removePartialDirectories(const QString& parent, const QString& namePattern) {
  int removed = 0;
  const QDir d(parent);
  for (const QString& name : d.entryList({namePattern + QString::fromLatin1(kPartialSuffix)},
                                         QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
    if (QDir(d.filePath(name)).removeRecursively()) ++removed;
  return removed;
}

}  // namespace assay
