// Every user action is durable when the call returns: a child process
// annotates (or imports), says "done", and is killed with SIGKILL at once;
// the parent reopens the project and finds the work there, integrity intact.
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "data/ProjectStore.h"
#include "TestRegistry.h"

using namespace assay::data;

class TestStoreDurability : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void annotationSurvivesSigkill();
  void importSurvivesSigkill();

 private:
  // Runs `action` in a forked child that writes "done" when it returns and
  // then waits to be killed. Returns what the child wrote.
  static QByteArray runChildAndKill(const std::function<void()>& action);
};

QByteArray TestStoreDurability::runChildAndKill(const std::function<void()>& action) {
  int fds[2];
  if (pipe(fds) != 0) qFatal("pipe failed");
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const char* reply = "done\n";
    try {
      action();
    } catch (const std::exception&) {
      reply = "fail\n";
    }
    if (write(fds[1], reply, 5) != 5) _exit(3);
    for (;;) pause();  // killed by the parent; never exits cleanly
  }
  close(fds[1]);
  QByteArray got;
  pollfd p{fds[0], POLLIN, 0};
  while (!got.contains('\n') && poll(&p, 1, 60000) > 0) {
    char buf[16];
    const ssize_t n = read(fds[0], buf, sizeof buf);
    if (n <= 0) break;
    got.append(buf, n);
  }
  kill(pid, SIGKILL);  // at once: no destructor, no checkpoint, no close
  int status = 0;
  waitpid(pid, &status, 0);
  close(fds[0]);
  if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL) return "child was not killed: " + got;
  return got.trimmed();
}

void TestStoreDurability::annotationSurvivesSigkill() {
  QTemporaryDir dir;
  const QString path = dir.filePath("durable.assay");
  qint64 id = 0;
  {
    const auto store = ProjectStore::create(path, SchemaKind::Style);
    Sample s;
    s.text = "用户问题：能便宜点吗？\n回答：今天下单可以领20元优惠券。";
    id = store->addSamples({s}).at(0);
  }
  const QByteArray reply = runChildAndKill([&] {
    // Released on purpose: the connection must still be open when the
    // child is killed, as in a crash (a destructor would checkpoint).
    ProjectStore* store = ProjectStore::open(path).release();
    store->annotate(id, "child", 0);
    store->annotate(id, "child2", 3);
  });
  QCOMPARE(reply, QByteArray("done"));
  QVERIFY(QFile::exists(path + "-wal"));  // the child never closed its connection
  const auto store = ProjectStore::open(path);
  QCOMPARE(store->integrityCheck(), QString("ok"));
  const std::vector<Annotation> a = store->annotations(id);
  QCOMPARE(a.size(), size_t(2));
  QCOMPARE(a[0].annotator, QString("child"));
  QCOMPARE(a[1].label, 3);
  QCOMPARE(store->sample(id).label, 3);
  QCOMPARE(store->labelHistory(id).size(), size_t(2));
}

void TestStoreDurability::importSurvivesSigkill() {
  QTemporaryDir dir;
  const QString path = dir.filePath("import.assay");
  ProjectStore::create(path, SchemaKind::Correctness);
  const QString file = QStringLiteral(ASSAY_TEST_DATA "/dataset/trl_seed.json");
  const QByteArray reply = runChildAndKill([&] {
    ProjectStore* store = ProjectStore::open(path).release();  // open when killed
    if (store->importFile(file).imported != 2) throw std::runtime_error("import failed");
    store->assignSplits(0.5, 42);
  });
  QCOMPARE(reply, QByteArray("done"));
  const auto store = ProjectStore::open(path);
  QCOMPARE(store->integrityCheck(), QString("ok"));
  QCOMPARE(store->sampleCount(), 2);
  // Split done: both records assigned, each to train (a label's only record
  // stays in train).
  QCOMPARE(store->sampleCount(Split::Train), 2);
  QCOMPARE(store->sampleCount(Split::Unassigned), 0);
  QCOMPARE(store->samples().at(1).label, 1);
}

ASSAY_TEST_APPLESS_MAIN(TestStoreDurability)
#include "tst_store_durability.moc"
