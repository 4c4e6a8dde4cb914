// Writes that run out of room: a forked child lowers RLIMIT_FSIZE (with
// SIGXFSZ ignored, a write past the limit fails with EFBIG as on a full
// disk) and exports or imports. The export target is never left half
// written, the project keeps its content and integrity, and the message
// names the file and says the disk may be full.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <functional>

#include "data/ProjectStore.h"
#include "data/SampleWriter.h"
#include "FileHash.h"
#include "ForkedChild.h"
#include "RawSql.h"
#include "TestRegistry.h"

using namespace assay::data;

namespace {

// Runs `work` in a child whose files may not grow past `limit` bytes.
// Returns what it threw ("" when it did not throw), or "<crashed>".
QString inChildWithFileLimit(rlim_t limit, const std::function<void()>& work) {
  return answerOfForkedChild([&] {
    signal(SIGXFSZ, SIG_IGN);
    const rlimit r{limit, limit};
    setrlimit(RLIMIT_FSIZE, &r);
    try {
      work();
    } catch (const std::exception& e) {
      return QString::fromUtf8(e.what());
    }
    return QString();
  });
}

// `n` distinct ~1 KB texts, labelled, as text JSONL.
QByteArray records(int n, int salt) {
  QByteArray out;
  const QByteArray filler(900, 'x');
  for (int i = 0; i < n; ++i)
    out += "{\"text\": \"记录 " + QByteArray::number(salt) + "-" + QByteArray::number(i) + " " + filler +
           "\", \"label\": \"售前\"}\n";
  return out;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

constexpr rlim_t kLimit = 256 * 1024;

}  // namespace

class TestFullDisk : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    project_ = dir_.filePath(QStringLiteral("big.assay"));
    auto store = ProjectStore::create(project_, SchemaKind::Style);
    QVERIFY(writeFile(dir_.filePath(QStringLiteral("seed.jsonl")), records(1000, 0)));  // ~1 MB, 4x the limit
    QCOMPARE(store->importFile(dir_.filePath(QStringLiteral("seed.jsonl"))).imported, qint64(1000));
    // Every sample reviewed, in one statement (a thousand addReview calls
    // would be a thousand fsyncs).
    QString error;
    assay::testing::sql(project_,
                        {QStringLiteral("INSERT INTO reviews(sample_id, reviewer, verdict, label, created_at) "
                                        "SELECT id, 'rita', 'accepted', 0, '2026-01-01T00:00:00.000Z' FROM samples")},
                        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(store->reviews().size(), size_t(1000));
  }

  void exportBeyondTheLimitLeavesNoFile_data() {
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("oldFileThere");
    for (const char* how : {"exportTo", "exportReviewed", "writeSamplesFile"}) {
      QTest::newRow(how) << QString::fromLatin1(how) << false;
      QTest::newRow(qPrintable(QStringLiteral("%1 over an old file").arg(QLatin1String(how))))
          << QString::fromLatin1(how) << true;
    }
  }

  void exportBeyondTheLimitLeavesNoFile() {
    QFETCH(QString, how);
    QFETCH(bool, oldFileThere);
    QTemporaryDir outDir;
    const QString out = outDir.filePath(QStringLiteral("export.jsonl"));
    if (oldFileThere) QVERIFY(writeFile(out, "old contents\n"));
    const QByteArray before = fileHash(out);
    const QString project = project_;
    const QString error = inChildWithFileLimit(kLimit, [&] {
      const auto store = ProjectStore::open(project);
      if (how == QLatin1String("exportTo")) store->exportTo(out, Format::Text);
      else if (how == QLatin1String("exportReviewed")) store->exportReviewed(out, Format::Text);
      else writeSamplesFile(store->samples(), store->labelSchema(), Format::Text, out);
    });
    QVERIFY2(error.startsWith(out + QStringLiteral(": cannot write: File too large (the disk may be full or the file "
                                                   "too large); nothing was written to export.jsonl")),
             qPrintable(error));
    QCOMPARE(fileHash(out), before);  // missing, or the old contents
    // No temporary file is left beside it either.
    QCOMPARE(QDir(outDir.path()).entryList(QDir::Files).size(), oldFileThere ? 1 : 0);
    // Without the limit the same export works.
    const auto store = ProjectStore::open(project_);
    QCOMPARE(store->exportTo(out, Format::Text).written, qint64(1000));
  }

  // The project is bigger than the limit already; an import must grow it
  // past the limit (WAL, or the rollback journal of bulk mode) and fails.
  void importBeyondTheLimitKeepsTheProject_data() {
    QTest::addColumn<bool>("bulk");
    QTest::newRow("wal") << false;
    QTest::newRow("bulk (rollback journal)") << true;
  }

  void importBeyondTheLimitKeepsTheProject() {
    QFETCH(bool, bulk);
    const QString data = dir_.filePath(QStringLiteral("more.jsonl"));
    QVERIFY(writeFile(data, records(2000, 1)));
    const QString project = project_;
    const rlim_t limit = rlim_t(QFileInfo(project_).size()) + 64 * 1024;
    const QString error = inChildWithFileLimit(limit, [&] {
      const auto store = ProjectStore::open(project);
      if (bulk && !store->setBulkMode(true)) throw std::runtime_error("bulk mode refused");
      store->importFile(data);
    });
    QVERIFY2(error.startsWith(project_ + QStringLiteral(": cannot write: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("the disk may be full or the file too large")) ||
                 error.contains(QStringLiteral("the disk is full or the file too large")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("the project keeps its previous content")), qPrintable(error));
    const auto store = ProjectStore::open(project_);
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(store->sampleCount(), qint64(1000));
    QCOMPARE(store->reviews().size(), size_t(1000));
    QVERIFY(store->sample(1000).text.startsWith(QStringLiteral("记录 0-999 x")));
  }

 private:
  QTemporaryDir dir_;
  QString project_;
};

ASSAY_TEST_APPLESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
