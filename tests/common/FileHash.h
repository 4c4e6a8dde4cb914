#pragma once
// A file's SHA-256 (hex), or "missing" when it cannot be read: tests use it
// to prove a refused or failed operation left a file byte for byte as it was.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

inline QByteArray fileHash(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return "missing";
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
