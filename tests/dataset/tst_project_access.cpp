// ProjectStore on a project it may not write (read-only file, folder or
// request) and on a project another connection is writing: reads keep
// working, every write fails with one clear message, nothing is changed.
#include <sys/wait.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "data/ProjectStore.h"
#include "data/SampleQuery.h"
#include "FileHash.h"
#include "ForkedChild.h"
#include "TestRegistry.h"

using namespace assay::data;

namespace {

constexpr auto kReadOnlyBits = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto kOwnerBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// A project with three texts (one labelled, with a review) and a data file beside it.
QString makeProject(const QTemporaryDir& dir, const QString& name) {
  const QString path = dir.filePath(name);
  auto store = ProjectStore::create(path, SchemaKind::Style);
  std::vector<Sample> samples(3);
  for (int i = 0; i < 3; ++i) samples[size_t(i)].text = QStringLiteral("文本 %1").arg(i);
  const auto ids = store->addSamples(samples);
  store->annotate(ids[0], QStringLiteral("alice"), 2);
  store->addReview(ids[0], QStringLiteral("rita"), Verdict::Accepted, 2);
  QFile data(dir.filePath(QStringLiteral("more.jsonl")));
  if (data.open(QIODevice::WriteOnly)) data.write("{\"text\": \"新的\", \"label\": \"售前\"}\n");
  return path;
}

// Every public write, by name, on an open store.
std::vector<std::pair<const char*, std::function<void(ProjectStore&)>>> everyWrite(const QString& dataFile) {
  return {
      {"annotate", [](ProjectStore& s) { s.annotate(2, QStringLiteral("bob"), 1); }},
      {"retractAnnotation", [](ProjectStore& s) { s.retractAnnotation(1, -1, QStringLiteral("bob")); }},
      {"importFile", [dataFile](ProjectStore& s) { s.importFile(dataFile); }},
      {"addSamples", [](ProjectStore& s) { s.addSamples({Sample()}); }},
      {"addLabel", [](ProjectStore& s) { s.addLabel(QStringLiteral("新标签"), QStringLiteral("new")); }},
      {"renameLabel",
       [](ProjectStore& s) { s.renameLabel(0, QStringLiteral("甲"), QStringLiteral("a"), QStringLiteral("bob")); }},
      {"setLabelDetails", [](ProjectStore& s) { s.setLabelDetails(s.labelDetails()); }},
      {"addLabelsFoundIn", [dataFile](ProjectStore& s) { s.addLabelsFoundIn({dataFile}); }},
      {"assignSplits", [](ProjectStore& s) { s.assignSplits(0.5, 1); }},
      {"addReview", [](ProjectStore& s) { s.addReview(2, QStringLiteral("rita"), Verdict::Skipped); }},
      {"savePredictions",
       [](ProjectStore& s) {
         StoredPrediction p;
         p.sampleId = 1;
         p.model = QStringLiteral("m");
         p.label = 0;
         s.savePredictions({p});
       }},
  };
}

// A second connection (as another process would hold it) inside BEGIN IMMEDIATE.
class WriteLockHolder {
 public:
  explicit WriteLockHolder(const QString& path) : name_(QStringLiteral("holder-%1").arg(quintptr(this))) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    db.setDatabaseName(path);
    ok_ = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")) &&
          QSqlQuery(db).exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('holder', 'was here')"));
  }
  bool ok() const { return ok_; }
  bool commit() { return QSqlQuery(QSqlDatabase::database(name_)).exec(QStringLiteral("COMMIT")); }
  ~WriteLockHolder() {
    QSqlDatabase::database(name_).close();
    QSqlDatabase::removeDatabase(name_);
  }

 private:
  QString name_;
  bool ok_ = false;
};

// What a reader of a project in a folder it cannot write sees; empty when
// all is as expected, else what was not.
QString checkReadOnlyFolder(const QString& path) {
  try {
    const auto store = ProjectStore::open(path);
    if (store->readOnlyReason() != QLatin1String("no write permission in its folder"))
      return QStringLiteral("reason: ") + store->readOnlyReason();
    if (store->sampleCount() != 1 || store->integrityCheck() != QLatin1String("ok"))
      return QStringLiteral("cannot read");
    try {
      store->annotate(1, QStringLiteral("bob"), 0);
      return QStringLiteral("annotated in a read-only folder");
    } catch (const StoreError& e) {
      const QString expected =
          path + QStringLiteral(": opened read-only (no write permission in its folder); changes cannot be saved");
      if (!QString::fromUtf8(e.what()).startsWith(expected)) return QString::fromUtf8(e.what());
    }
  } catch (const std::exception& e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

// Runs `check` in a forked child with the given user and group id; returns
// its answer ("<crashed>" when it did not finish).
QString asUser(uid_t id, const std::function<QString()>& check) {
  return answerOfForkedChild(
      [&] { return setgid(id) == 0 && setuid(id) == 0 ? check() : QStringLiteral("cannot change user"); });
}

}  // namespace

class TestProjectAccess : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void init() { QVERIFY(dir_.isValid()); }

  // chmod 0444: no write bit for anyone, which is read-only for root as well.
  void fileWithoutWritePermissionOpensReadOnly() {
    const QString path = makeProject(dir_, QStringLiteral("locked.assay"));
    QVERIFY(QFile::setPermissions(path, kReadOnlyBits));
    const QByteArray before = fileHash(path);
    {
      const auto store = ProjectStore::open(path);
      QVERIFY(store->readOnly());
      QCOMPARE(store->readOnlyReason(), QStringLiteral("no write permission"));
      // Reads, statistics and exports work.
      QCOMPARE(store->sampleCount(), qint64(3));
      QCOMPARE(store->sample(1).label, 2);
      QCOMPARE(store->stats().all.unlabeled, qint64(2));
      QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
      QCOMPARE(store->exportTo(dir_.filePath(QStringLiteral("out.jsonl")), Format::Text).written, qint64(3));
      QCOMPARE(store->exportReviewed(dir_.filePath(QStringLiteral("reviewed.jsonl")), Format::Text).written, qint64(1));
      QVERIFY(!store->setBulkMode(true));
      // Every write: one message, naming the file and why.
      const QString expected =
          path + QStringLiteral(": opened read-only (no write permission); changes cannot be saved");
      for (const auto& [name, write] : everyWrite(dir_.filePath(QStringLiteral("more.jsonl")))) {
        try {
          write(*store);
          QFAIL(qPrintable(QStringLiteral("%1 wrote to a read-only project").arg(QLatin1String(name))));
        } catch (const StoreError& e) {
          QVERIFY2(QString::fromUtf8(e.what()).startsWith(expected), qPrintable(QLatin1String(name) + ": " + e.what()));
        }
      }
      QCOMPARE(store->labelSchema().size(), 5);
      QCOMPARE(store->sample(2).label, -1);
      QCOMPARE(store->annotations(1).size(), size_t(1));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(QFile::setPermissions(path, kReadOnlyBits | QFileDevice::WriteOwner));
    const auto writable = ProjectStore::open(path);
    QVERIFY(!writable->readOnly());
    writable->annotate(2, QStringLiteral("bob"), 1);
    QCOMPARE(writable->sample(2).label, 1);
  }

  // Access::ReadOnly on a writable project: the API root and viewers use.
  // It still sees what a writer commits meanwhile.
  void readOnlyOnRequest() {
    const QString path = makeProject(dir_, QStringLiteral("asked.assay"));
    const auto viewer = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    QVERIFY(viewer->readOnly());
    QCOMPARE(viewer->readOnlyReason(), QStringLiteral("read-only was asked for"));
    QVERIFY_THROWS_EXCEPTION(StoreError, viewer->annotate(2, QStringLiteral("bob"), 1));
    try {
      viewer->importFile(dir_.filePath(QStringLiteral("more.jsonl")));
      QFAIL("imported into a read-only store");
    } catch (const StoreError& e) {
      QCOMPARE(QString::fromUtf8(e.what()),
               path + QStringLiteral(": opened read-only (read-only was asked for); changes cannot be saved — copy the "
                                     "project to a folder you can write to, or ask for write permission"));
    }
    const auto writer = ProjectStore::open(path);
    QVERIFY(!writer->readOnly());
    writer->annotate(2, QStringLiteral("bob"), 4);
    QCOMPARE(viewer->sample(2).label, 4);
    QCOMPARE(writer->importFile(dir_.filePath(QStringLiteral("more.jsonl"))).imported, qint64(1));
    QCOMPARE(viewer->sampleCount(), qint64(4));
  }

  // A folder without write permission: SQLite could not create its journal
  // or WAL index there, so the project opens read-only (immutable). Root
  // ignores folder permissions, so as root the checks run in a child that
  // has become "nobody" (uid 65534).
  void folderWithoutWritePermissionOpensReadOnly() {
    QTemporaryDir outer;
    const QString folder = outer.filePath(QStringLiteral("shelf"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/p.assay");
    {
      auto store = ProjectStore::create(path, SchemaKind::Correctness);
      store->addSamples({Sample()});
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));  // the last close checkpointed it
    const bool root = geteuid() == 0;
    constexpr uid_t kNobody = 65534;
    if (root)
      for (const QString& p : {outer.path(), folder, path})
        QVERIFY(chown(QFile::encodeName(p).constData(), kNobody, kNobody) == 0);
    QVERIFY(QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString problem =
        root ? asUser(kNobody, [&path] { return checkReadOnlyFolder(path); }) : checkReadOnlyFolder(path);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("p.assay")});
    QVERIFY(QFile::setPermissions(folder, kOwnerBits));
  }

  // Another connection holds the write lock past the busy timeout: the
  // write fails with the "busy" message after a bounded wait, changes
  // nothing, and succeeds once the lock is gone; both writes survive.
  void busyProjectSaysSoAfterABoundedWait() {
    const QString path = makeProject(dir_, QStringLiteral("busy.assay"));
    const auto store = ProjectStore::open(path);
    {
      WriteLockHolder holder(path);
      QVERIFY(holder.ok());
      QElapsedTimer waited;
      waited.start();
      try {
        store->annotate(2, QStringLiteral("bob"), 3);
        QFAIL("annotated while another connection held the write lock");
      } catch (const StoreError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 path + QStringLiteral(": project is busy (another Assay process is writing to it); try again"));
      }
      QVERIFY2(waited.elapsed() >= 4000, "the busy timeout (5 s) was not waited for");
      QCOMPARE(store->sample(2).label, -1);  // reads still work meanwhile
      QVERIFY(holder.commit());
    }
    store->annotate(2, QStringLiteral("bob"), 3);
    const auto reopened = ProjectStore::open(path);
    QCOMPARE(reopened->sample(2).label, 3);
    QCOMPARE(reopened->setting(QStringLiteral("holder")), QStringLiteral("was here"));
    QCOMPARE(reopened->integrityCheck(), QStringLiteral("ok"));
  }

  // A bulk import (rollback journal) that has started writing pages holds
  // the file exclusively: readers (the store, the GUI's sample table) wait
  // out the busy timeout and then say the project is busy.
  void readersDuringABulkImportSayBusy() {
    const QString path = makeProject(dir_, QStringLiteral("bulk.assay"));
    const QString busy = path + QStringLiteral(": project is busy (another Assay process is writing to it); try again");
    const QString name = QStringLiteral("bulk-writer");
    {
      QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
      db.setDatabaseName(path);
      QVERIFY(db.open());
      QSqlQuery q(db);
      QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
      QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
      try {
        ProjectStore::open(path);
        QFAIL("opened a project another connection holds exclusively");
      } catch (const StoreError& e) {
        QCOMPARE(QString::fromUtf8(e.what()), busy);
      }
      try {
        SampleQuery query(path);
        QFAIL("queried a project another connection holds exclusively");
      } catch (const StoreError& e) {
        QCOMPARE(QString::fromUtf8(e.what()), busy);
      }
      QVERIFY(q.exec(QStringLiteral("COMMIT")));
      q = QSqlQuery();
      db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(SampleQuery(path).annotators(), QStringList{QStringLiteral("alice")});
    QCOMPARE(ProjectStore::open(path)->sampleCount(), qint64(3));
  }

 private:
  QTemporaryDir dir_;
};

ASSAY_TEST_APPLESS_MAIN(TestProjectAccess)
#include "tst_project_access.moc"
