// assay-cli on projects it may not write, that another process is using, or
// whose disk is full: stats/export of a read-only project work, import says
// why it cannot; an import beside a labelling process loses nothing; a busy
// or full project gives a clear message and keeps its content.
#include <sys/resource.h>

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

#include "CliRun.h"
#include "data/ProjectStore.h"
#include "FileHash.h"
#include "TestRegistry.h"

using namespace assay::data;

namespace {

// `n` distinct labelled ~`pad`-byte texts as JSONL.
bool writeRecords(const QString& path, int n, int salt, int pad = 40) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return false;
  static const char* const labels[] = {"售前", "售后", "诚实", "有帮助", "无伤害"};
  const QByteArray filler(pad, 'x');
  for (int i = 0; i < n; ++i)
    f.write("{\"text\": \"问题 " + QByteArray::number(salt) + "-" + QByteArray::number(i) + " " + filler +
            "\", \"label\": \"" + labels[i % 5] + "\"}\n");
  return true;
}

}  // namespace

class TestCliHardening : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void readOnlyProjectReadsButDoesNotImport() {
    const QString project = path("ro.assay"), data = path("ro.jsonl");
    QVERIFY(writeRecords(data, 10, 0));
    QCOMPARE(runCli({"import", project, data}).code, 0);
    QVERIFY(QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(project);
    const CliRun stats = runCli({"stats", project, "--json"});
    QCOMPARE(stats.code, 0);
    QVERIFY2(stats.out.contains("\"samples\": 10") || stats.out.contains("\"samples\":10"), qPrintable(stats.out));
    const CliRun exported = runCli({"export", project, path("ro-out.jsonl"), "--format", "text"});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains("wrote 10 records"), qPrintable(exported.out));
    const CliRun imported = runCli({"import", project, data});
    QCOMPARE(imported.code, 1);
    QVERIFY2(imported.err.contains(project + ": opened read-only (no write permission); changes cannot be saved"),
             qPrintable(imported.err));
    QCOMPARE(fileHash(project), before);
  }

  // Another process holds the write lock longer than the busy timeout: the
  // import gives up with the "busy" message and changes nothing; once the
  // lock is gone the same import works.
  void importIntoABusyProjectSaysSo() {
    const QString project = path("busy.assay"), data = path("busy.jsonl");
    QVERIFY(writeRecords(data, 20, 1));
    QCOMPARE(runCli({"init", project}).code, 0);
    {
      const QString name = QStringLiteral("lock-holder");
      {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
        const CliRun r = runCli({"import", project, data});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(project + ": project is busy (another Assay process is writing to it); try again"),
                 qPrintable(r.err));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
        db.close();
      }
      QSqlDatabase::removeDatabase(name);
    }
    QCOMPARE(ProjectStore::open(project)->sampleCount(), qint64(0));
    const CliRun again = runCli({"import", project, data});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(ProjectStore::open(project)->sampleCount(), qint64(20));
  }

  // The GUI labelling (this process) while `assay-cli import` runs, with
  // the project opened before the import (the import keeps WAL) or after it
  // started (it switched to its bulk rollback journal): every label that
  // was saved and every imported record are there afterwards; a write that
  // waited past the busy timeout said so.
  void importWhileAnotherProcessLabels_data() {
    QTest::addColumn<bool>("importFirst");
    QTest::newRow("project open first") << false;
    QTest::newRow("import first") << true;
  }

  void importWhileAnotherProcessLabels() {
    QFETCH(bool, importFirst);
    const QString tag = importFirst ? QStringLiteral("late") : QStringLiteral("early");
    const QString project = path("shared-" + tag + ".assay"), seed = path("seed.jsonl"), data = path("bulk.jsonl");
    if (!QFileInfo::exists(data)) {
      QVERIFY(writeRecords(seed, 100, 2));
      QVERIFY(writeRecords(data, 200000, 3));
    }
    QCOMPARE(runCli({"import", project, seed}).code, 0);
    const QString busyTail = QStringLiteral(": project is busy (another Assay process is writing to it); try again");
    std::unique_ptr<ProjectStore> store;
    if (!importFirst) store = ProjectStore::open(project);
    QProcess import;
    import.start(QStringLiteral(ASSAY_CLI_PATH), {"import", project, data});
    QVERIFY(import.waitForStarted());
    std::map<qint64, int> saved;  // sample id → the label last saved by this process
    int busy = 0, savedCount = 0, savedDuringImport = 0;
    // Label for as long as the import runs, and at least 20 times.
    for (qint64 i = 0; import.state() != QProcess::NotRunning || savedCount < 20; ++i) {
      try {
        if (!store) store = ProjectStore::open(project);
        const qint64 id = 1 + i % 100;
        const int label = int((i * 7) % 5);
        store->annotate(id, QStringLiteral("gui"), label);
        saved[id] = label;
        ++savedCount;
        savedDuringImport += import.state() != QProcess::NotRunning ? 1 : 0;
      } catch (const StoreError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).endsWith(busyTail), e.what());
        ++busy;
      }
      import.waitForFinished(5);
    }
    if (import.state() != QProcess::NotRunning) QVERIFY(import.waitForFinished(120000));
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    const QString importErr = QString::fromUtf8(import.readAllStandardError());
    store.reset();
    const auto reopened = ProjectStore::open(project);
    QCOMPARE(reopened->integrityCheck(), QStringLiteral("ok"));
    if (import.exitCode() == 0) {
      QCOMPARE(reopened->sampleCount(), qint64(100 + 200000));
    } else {  // the import gave up after the bounded wait, and said why
      QVERIFY2(importErr.contains(project + busyTail), qPrintable(importErr));
      QCOMPARE(reopened->sampleCount(), qint64(100));
    }
    for (const auto& [id, label] : saved) QCOMPARE(reopened->sample(id).label, label);
    qint64 byGui = 0;
    for (qint64 id = 1; id <= 100; ++id)
      for (const Annotation& a : reopened->annotations(id)) byGui += a.annotator == QLatin1String("gui") ? 1 : 0;
    QCOMPARE(byGui, qint64(savedCount));
    qInfo("labels saved %d (%d while the import ran), busy %d, import exit %d", savedCount, savedDuringImport, busy,
          import.exitCode());
  }

  void fullDiskImportKeepsTheProject() {
    const QString project = path("full.assay"), seed = path("full-seed.jsonl"), data = path("full-more.jsonl");
    QVERIFY(writeRecords(seed, 2000, 4, 400));
    QVERIFY(writeRecords(data, 4000, 5, 400));
    QCOMPARE(runCli({"import", project, seed}).code, 0);
    const CliRun r = runCli({"import", project, data}, rlim_t(QFileInfo(project).size()) + 64 * 1024);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(project + ": cannot write: "), qPrintable(r.err));
    QVERIFY2(r.err.contains("the disk may be full or the file too large") ||
                 r.err.contains("the disk is full or the file too large"),
             qPrintable(r.err));
    const auto store = ProjectStore::open(project);
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(store->sampleCount(), qint64(2000));
  }

  void fullDiskExportLeavesNoFile() {
    const QString project = path("full.assay"), out = path("export-dir/out.jsonl");
    QVERIFY(QDir().mkpath(path("export-dir")));
    const CliRun r = runCli({"export", project, out, "--format", "text"}, 128 * 1024);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(out + ": cannot write: File too large (the disk may be full or the file too large); "
                                  "nothing was written to out.jsonl"),
             qPrintable(r.err));
    QVERIFY(QDir(path("export-dir")).entryList(QDir::Files).isEmpty());  // no half file, no temporary
  }

 private:
  QString path(const QString& name) const { return dir_.filePath(name); }
  QTemporaryDir dir_;
};

ASSAY_TEST_APPLESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
