#pragma once
// Raw SQL on a project file through a separate Qt Sql connection, as another
// program would touch it: for tests that check what the store refuses or wrote.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace assay::testing {

// Runs statements on a project through a separate Qt Sql connection (as
// another program would); returns the first column of the last row.
inline QVariant sql(const QString& path, const QStringList& statements, QString* error = nullptr) {
  static int n = 0;
  const QString name = QString("tst-raw-%1").arg(n++);
  QVariant last;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
    db.setDatabaseName(path);
    if (!db.open()) qFatal("cannot open %s", qPrintable(path));
    for (const QString& s : statements) {
      QSqlQuery q(db);
      if (!q.exec(s)) {
        if (error) *error = q.lastError().text();
        break;
      }
      if (q.next()) last = q.value(0);
    }
    db.close();
  }
  QSqlDatabase::removeDatabase(name);
  return last;
}

}  // namespace assay::testing
