#pragma once
// The messages for writes that cannot happen: a project without write
// permission, a project another process is writing, a full disk or a file
// size limit. Each names the file and says what the user can do, instead of
// passing on SQLite's or the C library's wording ("attempt to write a
// readonly database", "database is locked", "File too large").
#include <QString>

class QFileDevice;

namespace assay::data::detail {

// Why `path` cannot be written by this process: "no write permission" (the
// file is not writable, or has no write bit for anyone, which counts even
// for root: the owner made it read-only on purpose), "no write permission
// in its folder" (SQLite needs the folder for its journal), "on a read-only
// file system"; empty when it can be written.
QString whyNotWritable(const QString& path);

// "PATH: opened read-only (WHY); changes cannot be saved …".
QString readOnlyMessage(const QString& path, const QString& why);

// "PATH: project is busy (another Assay process is writing to it); try again".
QString busyMessage(const QString& path);

// True for an errno that means the disk is full or a file hit a size limit
// (ENOSPC, EFBIG, EDQUOT).
bool isNoSpaceErrno(int error);

// A failed write through a QFile/QSaveFile: "FILE: cannot write: REASON",
// and when the writing itself failed (`writing`: a short write or a failed
// commit, not the opening), that the disk may be full or the file too large
// and that FILE was left as it was (a QSaveFile renames into place only
// after every byte was written). Call it right after the failure: a short
// write sets no device error, its cause is still in errno.
QString fileWriteError(const QString& file, const QFileDevice& device, bool writing = true);

}  // namespace assay::data::detail
