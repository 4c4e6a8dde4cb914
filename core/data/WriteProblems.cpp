#include "data/WriteProblems.h"

#include <sys/statvfs.h>

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <cerrno>
#include <cstring>

namespace assay::data::detail {

QString whyNotWritable(const QString& path) {
  const QFileInfo info(path);
  struct statvfs fs {};
  if (statvfs(QFile::encodeName(info.absoluteFilePath()).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
    return QStringLiteral("on a read-only file system");
  constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
  if (!info.isWritable() || !(info.permissions() & anyWrite)) return QStringLiteral("no write permission");
  if (!QFileInfo(info.absolutePath()).isWritable()) return QStringLiteral("no write permission in its folder");
  return {};
}

QString readOnlyMessage(const QString& path, const QString& why) {
  return path + QStringLiteral(": opened read-only (") + why +
         QStringLiteral(
             "); changes cannot be saved — copy the project to a folder you can write to, or ask for "
             "write permission");
}

QString busyMessage(const QString& path) {
  return path + QStringLiteral(": project is busy (another Assay process is writing to it); try again");
}

bool isNoSpaceErrno(int error) {
  return error == ENOSPC || error == EFBIG
#ifdef EDQUOT
         || error == EDQUOT
#endif
      ;
}

QString fileWriteError(const QString& file, const QFileDevice& device, bool writing) {
  const int error = errno;
  // Qt reports a write that stopped part-way (the disk filled up during
  // it) as a short count without an error of its own.
  QString reason = device.errorString();
  if (device.error() == QFileDevice::NoError)
    reason = isNoSpaceErrno(error) ? QString::fromLocal8Bit(std::strerror(error))
                                   : QStringLiteral("only part of the data could be written");
  QString message = file + QStringLiteral(": cannot write: ") + reason;
  if (writing)
    message += QStringLiteral(" (the disk may be full or the file too large); nothing was written to ") +
               QFileInfo(file).fileName() + QStringLiteral(" (a file already there keeps its old contents)");
  return message;
}

}  // namespace assay::data::detail
