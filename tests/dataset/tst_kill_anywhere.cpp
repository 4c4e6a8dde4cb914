// Kill anywhere, lose nothing: a forked child labels (or imports) through
// the core API and acknowledges each call on a pipe once it has returned;
// the parent kills it with SIGKILL at a random moment -- while it opens the
// project, inside a commit, between two calls -- then reopens the project
// and checks that every acknowledged write is there, that nothing half
// written is, and that SQLite's integrity check passes.
//
// Trials: ASSAY_KILL_TRIALS (labelling) and ASSAY_KILL_IMPORT_TRIALS
// (imports); ASSAY_KILL_SEED picks the kill times (printed on failure).
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <map>
#include <random>

#include "data/ProjectStore.h"
#include "data/StratifiedSplit.h"
#include "TestRegistry.h"

using namespace assay::data;

namespace {

int envInt(const char* name, int fallback) {
  bool ok = false;
  const int v = qEnvironmentVariableIntValue(name, &ok);
  return ok && v >= 0 ? v : fallback;
}

// A forked child and what it has written to its pipe so far.
class Child {
 public:
  // Runs `body(fd)` in a child process; `body` writes its lines to fd. A
  // child that returns from `body` waits to be killed (it never exits on its
  // own: an exit would run destructors, a crash does not).
  explicit Child(const std::function<void(int fd)>& body) {
    int fds[2];
    if (pipe(fds) != 0) qFatal("pipe failed");
    pid_ = fork();
    if (pid_ < 0) qFatal("fork failed");
    if (pid_ == 0) {
      close(fds[0]);
      try {
        body(fds[1]);
      } catch (const std::exception& e) {
        say(fds[1], QByteArray("fail ") + QByteArray(e.what()).replace('\n', ' ').left(400));
      }
      for (;;) pause();
    }
    close(fds[1]);
    fd_ = fds[0];
  }
  ~Child() {
    if (pid_ > 0) killNow();
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  static void say(int fd, const QByteArray& line) {
    const QByteArray l = line + '\n';
    if (write(fd, l.constData(), size_t(l.size())) != l.size()) _exit(3);  // < PIPE_BUF: one atomic write
  }

  // Reads until `enough(lines)` holds or `ms` milliseconds have passed.
  void readFor(int ms, const std::function<bool(const QList<QByteArray>&)>& enough = {}) {
    QElapsedTimer clock;
    clock.start();
    while (!(enough && enough(lines_))) {
      const qint64 left = ms - clock.elapsed();
      if (left <= 0) return;
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, int(left)) <= 0) return;
      if (!readSome()) return;
    }
  }

  // SIGKILL, then everything the child wrote before it died. Returns false
  // when the child had already died some other way.
  bool killNow() {
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = 0;
    while (readSome()) {
    }
    close(fd_);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  }

  const QList<QByteArray>& lines() const { return lines_; }

 private:
  bool readSome() {
    char buf[4096];
    const ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) return false;
    partial_.append(buf, n);
    for (qsizetype nl; (nl = partial_.indexOf('\n')) >= 0; partial_.remove(0, nl + 1)) lines_ << partial_.left(nl);
    return true;
  }
  pid_t pid_ = 0;
  int fd_ = -1;
  QByteArray partial_;
  QList<QByteArray> lines_;
};

// When the parent kills a trial's child.
enum class KillAt { Opening, Running, AfterAcks };

const char* killAtName(KillAt k) {
  return k == KillAt::Opening ? "while opening" : k == KillAt::Running ? "after a random delay" : "after k acks";
}

QString addedText(int trial, int n, int k) { return QStringLiteral("追加样本 t%1 n%2 k%3").arg(trial).arg(n).arg(k); }
QString renamedName(int trial, int n) { return QStringLiteral("改名%1_%2").arg(trial).arg(n); }
QString noteOf(int trial, int n) { return QStringLiteral("t%1 n%2").arg(trial).arg(n); }

// What a labelling child acknowledged in one trial.
struct Acks {
  struct Label {
    qint64 sample;
    int label, n;
  };
  std::vector<Label> labels;
  std::map<int, qint64> added;                 // n -> first new id (kAddedPerCall samples)
  std::map<int, std::pair<int, int>> renamed;  // n -> (label id, n)
  int lastN = 0;                               // the last acknowledged call
  QString failure;                             // the child's "fail" line
};

constexpr int kAddedPerCall = 3;

Acks parseAcks(const QList<QByteArray>& lines) {
  Acks a;
  for (const QByteArray& line : lines) {
    const QList<QByteArray> f = line.split(' ');
    if (f.first() == "ready") continue;
    if (f.first() == "fail") {
      a.failure = QString::fromUtf8(line);
      continue;
    }
    if (f.first() == "add" && f.size() == 3) {
      a.added[f[2].toInt()] = f[1].toLongLong();
      a.lastN = f[2].toInt();
    } else if (f.first() == "rename" && f.size() == 3) {
      a.renamed[f[2].toInt()] = {f[1].toInt(), f[2].toInt()};
      a.lastN = f[2].toInt();
    } else if (f.size() == 3) {
      a.labels.push_back({f[0].toLongLong(), f[1].toInt(), f[2].toInt()});
      a.lastN = f[2].toInt();
    } else {
      a.failure = "unreadable line: " + QString::fromUtf8(line);
    }
  }
  return a;
}

// The project as the next process finds it after a kill; null (and why)
// when it does not open.
std::unique_ptr<ProjectStore> reopenAfterKill(const QString& path, QString* error) {
  try {
    return ProjectStore::open(path);
  } catch (const StoreError& e) {
    *error = QString::fromUtf8(e.what());
    return nullptr;
  }
}

}  // namespace

class TestKillAnywhere : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void labellingSurvivesKills();
  void importIsAllOrNothing();
  void relabellingReimportIsAllOrNothing();
};

// The child's loop: mostly annotate (a random sample, a random label), every
// 10th call addSamples, every 17th a label rename, each acknowledged as
// "<sampleId> <label> <n>", "add <firstId> <n>" or "rename <labelId> <n>".
static void labelUntilKilled(const QString& path, const std::vector<qint64>& ids, int trial, int fd) {
  ProjectStore* store = ProjectStore::open(path).release();  // never closed: killed with it open
  Child::say(fd, "ready");
  std::mt19937 rng(uint32_t(trial) * 7919u + 1);
  const int labels = store->labelSchema().size();
  for (int n = 1; n < 1000000; ++n) {
    if (n % 10 == 0) {
      std::vector<Sample> add(kAddedPerCall);
      for (int k = 0; k < kAddedPerCall; ++k) {
        add[size_t(k)].text = addedText(trial, n, k);
        add[size_t(k)].label = k == 0 ? int(rng() % uint32_t(labels)) : -1;
      }
      const qint64 first = store->addSamples(add, QStringLiteral("killer")).front();
      Child::say(fd, QByteArray("add ") + QByteArray::number(first) + ' ' + QByteArray::number(n));
    } else if (n % 17 == 0) {
      const int label = int(rng() % uint32_t(labels));
      const QString name = renamedName(trial, n);
      store->renameLabel(label, name, name + QStringLiteral("_en"), QStringLiteral("killer"));
      Child::say(fd, QByteArray("rename ") + QByteArray::number(label) + ' ' + QByteArray::number(n));
    } else {
      const qint64 id = ids[rng() % ids.size()];
      const int label = int(rng() % uint32_t(labels));
      store->annotate(id, QStringLiteral("killer"), label, noteOf(trial, n));
      Child::say(fd, QByteArray::number(id) + ' ' + QByteArray::number(label) + ' ' + QByteArray::number(n));
    }
  }
}

void TestKillAnywhere::labellingSurvivesKills() {
  const int trials = envInt("ASSAY_KILL_TRIALS", 300);
  const uint32_t seed = uint32_t(envInt("ASSAY_KILL_SEED", 20240917));
  QTemporaryDir dir;
  const QString path = dir.filePath("kill.assay");
  std::vector<qint64> ids;
  {
    const auto store = ProjectStore::create(path, SchemaKind::Style);
    std::vector<Sample> samples(40);
    for (size_t i = 0; i < samples.size(); ++i)
      samples[i].text = QStringLiteral("用户问题：第%1个问题？\n回答：第%1个回答。").arg(i);
    ids = store->addSamples(samples);
  }
  std::mt19937 rng(seed);
  qint64 acked = 0, lost = 0, integrityFailures = 0, unackedButKept = 0;
  std::map<KillAt, int> kills;
  QElapsedTimer wall;
  wall.start();
  for (int trial = 1; trial <= trials; ++trial) {
    const auto killAt = KillAt(rng() % 4 == 0 ? 0 : rng() % 3 == 0 ? 2 : 1);
    const int delayMs = int(rng() % 31), wantedAcks = 1 + int(rng() % 40);
    ++kills[killAt];
    const QString where = QStringLiteral("trial %1 (seed %2, killed %3, %4 ms, %5 acks)")
                              .arg(trial)
                              .arg(seed)
                              .arg(killAtName(killAt))
                              .arg(delayMs)
                              .arg(wantedAcks);
    Acks acks;
    {
      Child child([&](int fd) { labelUntilKilled(path, ids, trial, fd); });
      if (killAt == KillAt::Opening) {
        child.readFor(delayMs / 3);
      } else {
        child.readFor(60000, [](const QList<QByteArray>& l) { return !l.isEmpty(); });
        if (killAt == KillAt::Running) child.readFor(delayMs);
        else child.readFor(60000, [&](const QList<QByteArray>& l) { return l.size() > wantedAcks; });
      }
      QVERIFY2(child.killNow(), qPrintable(where + ": the child died before it was killed"));
      acks = parseAcks(child.lines());
    }
    QVERIFY2(acks.failure.isEmpty(), qPrintable(where + ": " + acks.failure));

    QString openError;
    const std::unique_ptr<ProjectStore> store = reopenAfterKill(path, &openError);
    QVERIFY2(store, qPrintable(where + ": the project does not open: " + openError));
    const QString integrity = store->integrityCheck();
    if (integrity != QStringLiteral("ok") && ++integrityFailures <= 10)
      qWarning("%s: integrity check: %s", qPrintable(where), qPrintable(integrity));

    // Every acknowledged write is there. Counted rather than stopping at the
    // first loss, so that a failing run says how much went missing.
    const auto lose = [&](const QString& what) {
      if (++lost <= 10) qWarning("%s: %s", qPrintable(where), qPrintable(what));
    };
    std::map<qint64, std::vector<Annotation>> byId;
    for (const Acks::Label& a : acks.labels) {
      ++acked;
      auto it = byId.find(a.sample);
      if (it == byId.end()) it = byId.emplace(a.sample, store->annotations(a.sample)).first;
      const auto found = std::find_if(it->second.begin(), it->second.end(),
                                      [&](const Annotation& x) { return x.note == noteOf(trial, a.n); });
      if (found == it->second.end()) lose(QStringLiteral("annotation %1 of sample %2 lost").arg(a.n).arg(a.sample));
      else if (found->label != a.label)
        lose(QStringLiteral("annotation %1 has label %2, not %3").arg(a.n).arg(found->label).arg(a.label));
    }
    // A sample's current label is its latest annotation's: the last
    // acknowledged one, or the call in flight when the kill came after its commit.
    for (const auto& [id, list] : byId) {
      int lastAckedHere = 0;
      for (const Acks::Label& a : acks.labels)
        if (a.sample == id) lastAckedHere = a.n;
      if (list.empty()) continue;  // already counted as lost
      QCOMPARE(store->sample(id).label, list.back().label);
      if (list.back().note == noteOf(trial, lastAckedHere)) continue;
      QVERIFY2(list.back().note == noteOf(trial, acks.lastN + 1),
               qPrintable(where + QStringLiteral(": sample %1 ends with annotation \"%2\", acknowledged up to n%3")
                                      .arg(id)
                                      .arg(list.back().note)
                                      .arg(lastAckedHere)));
      ++unackedButKept;
    }
    for (const auto& [n, first] : acks.added) {
      ++acked;
      for (int k = 0; k < kAddedPerCall; ++k) {
        QString text;
        try {
          text = store->sample(first + k).text;
        } catch (const StoreError&) {
        }
        if (text != addedText(trial, n, k)) lose(QStringLiteral("added sample %1 (n%2) lost").arg(first + k).arg(n));
      }
    }
    if (!acks.renamed.empty()) {
      const std::vector<LabelRename> renames = store->labelRenames();
      for (const auto& entry : acks.renamed) {  // not a structured binding: C++17 lambdas cannot capture one
        const auto n = entry.first;
        const auto& rename = entry.second;
        ++acked;
        const bool kept = std::any_of(renames.begin(), renames.end(), [&](const LabelRename& r) {
          return r.labelId == rename.first && r.newName == renamedName(trial, n);
        });
        if (!kept) lose(QStringLiteral("rename n%1 lost").arg(n));
      }
    }
    // The labels the project opens with are the latest rename of each.
    const std::vector<LabelRename> renames = store->labelRenames();
    for (int label = 0; label < store->labelSchema().size(); ++label) {
      const auto last =
          std::find_if(renames.rbegin(), renames.rend(), [&](const LabelRename& r) { return r.labelId == label; });
      if (last != renames.rend()) QCOMPARE(store->labelSchema().nameOf(label), last->newName);
    }
  }
  qInfo(
      "kill-anywhere labelling: %d trials (%d while opening, %d after a random delay, %d after k acks), "
      "%lld acknowledged writes, %lld lost, %lld integrity failures, %lld unacknowledged in-flight annotations "
      "kept, %.1f s",
      trials, kills[KillAt::Opening], kills[KillAt::Running], kills[KillAt::AfterAcks], acked, lost, integrityFailures,
      unackedButKept, double(wall.elapsed()) / 1000.0);
  QCOMPARE(lost, qint64(0));
  QCOMPARE(integrityFailures, qint64(0));
  QVERIFY(acked > 0);  // the kills did not all land before the first call
}

// The child imports one file (in bulk mode -- a rollback journal, as the
// CLI imports -- every other trial, with a streaming split every third) and
// says "done <imported>" when importFile has returned.
static void importUntilKilled(const QString& path, const QString& file, int trial, int fd) {
  ProjectStore* store = ProjectStore::open(path).release();  // never closed: killed with it open
  if (trial % 2 == 1 && !store->setBulkMode(true)) throw std::runtime_error("bulk mode refused");
  StreamingSplit split(0.2, 42);
  Child::say(fd, "ready");
  // The same file every trial: duplicates allowed, so that each complete
  // import adds the whole file again and a partial one would show.
  const ImportOptions everyRecord{Format::Auto, QStringLiteral("import"), true};
  const ImportSummary s = store->importFile(file, everyRecord, {}, trial % 3 == 2 ? &split : nullptr);
  Child::say(fd, "done " + QByteArray::number(s.imported));
}

void TestKillAnywhere::importIsAllOrNothing() {
  const int trials = envInt("ASSAY_KILL_IMPORT_TRIALS", 30);
  const uint32_t seed = uint32_t(envInt("ASSAY_KILL_SEED", 20240917));
  QTemporaryDir dir;
  const QString path = dir.filePath("import.assay"), file = dir.filePath("records.jsonl");
  // A few thousand pool records, two in three labelled with a style.
  constexpr int kRecords = 8000;
  const LabelSchema styles = LabelSchema::style();
  int labelledInFile = 0;
  {
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < kRecords; ++i) {
      QByteArray line = "{\"text\":\"用户问题：第" + QByteArray::number(i) + "号订单什么时候发货？\\n回答：预计" +
                        QByteArray::number(i % 7 + 1) + "天内发出。\"";
      if (i % 3 != 2) {
        line += ",\"label\":\"" + styles.nameOf(i % styles.size()).toUtf8() + "\"";
        ++labelledInFile;
      }
      f.write(line + "}\n");
    }
  }
  {
    const auto store = ProjectStore::create(path, SchemaKind::Style);
    std::vector<Sample> samples(50);
    for (size_t i = 0; i < samples.size(); ++i) samples[i].text = QStringLiteral("已有样本 %1").arg(i);
    store->addSamples(samples);
  }
  const auto labelled = [](const ProjectStore& s) {
    const ProjectStats st = s.stats();
    return st.all.total - st.all.unlabeled;
  };
  qint64 before = 50, labelledBefore = 0;

  // Every fifth trial (the first among them) runs to the end: how long an
  // import takes here from fork to "done" (it grows with the project), the
  // window the other trials' kills are spread over -- half of them over all
  // of it, half near its end, where the transaction commits.
  std::mt19937 rng(seed);
  qint64 windowMs = 0;
  int whole = 0, none = 0, completed = 0, integrityFailures = 0;
  QElapsedTimer wall;
  wall.start();
  for (int trial = 0; trial <= trials; ++trial) {
    const bool toTheEnd = trial % 5 == 0;
    const int delayMs = toTheEnd    ? 0
                        : rng() % 2 ? int(rng() % uint32_t(windowMs * 5 / 4 + 1))
                                    : int(windowMs * 4 / 5 + rng() % uint32_t(windowMs / 4 + 1));
    const QString where = QStringLiteral("import trial %1 (seed %2, killed after %3 ms of ~%4, %5%6)")
                              .arg(trial)
                              .arg(seed)
                              .arg(delayMs)
                              .arg(windowMs)
                              .arg(trial % 2 == 1 ? "bulk mode" : "WAL")
                              .arg(trial % 3 == 2 ? ", streaming split" : "");
    QByteArray done;
    {
      QElapsedTimer clock;
      clock.start();
      Child child([&](int fd) { importUntilKilled(path, file, trial, fd); });
      const auto finished = [](const QList<QByteArray>& l) {
        return !l.isEmpty() && (l.last().startsWith("done") || l.last().startsWith("fail"));
      };
      child.readFor(toTheEnd ? 120000 : delayMs, finished);
      if (toTheEnd) windowMs = clock.elapsed();
      QVERIFY2(child.killNow(), qPrintable(where + ": the child died before it was killed"));
      for (const QByteArray& l : child.lines())
        if (!l.startsWith("ready")) done = l;
    }
    QVERIFY2(!done.startsWith("fail"), qPrintable(where + ": " + QString::fromUtf8(done)));
    if (toTheEnd) QCOMPARE(done, "done " + QByteArray::number(kRecords));
    if (toTheEnd) ++completed;

    QString openError;
    const std::unique_ptr<ProjectStore> store = reopenAfterKill(path, &openError);
    QVERIFY2(store, qPrintable(where + ": the project does not open: " + openError));
    const QString integrity = store->integrityCheck();
    if (integrity != QStringLiteral("ok")) {
      ++integrityFailures;
      qWarning("%s: integrity check: %s", qPrintable(where), qPrintable(integrity));
    }
    const qint64 count = store->sampleCount(), withLabel = labelled(*store);
    QVERIFY2(
        count == before || count == before + kRecords,
        qPrintable(where +
                   QStringLiteral(": %1 samples, expected %2 or %3").arg(count).arg(before).arg(before + kRecords)));
    // Labels (and their annotations, in the same transaction) come with the records or not at all.
    const bool imported = count != before;
    QCOMPARE(withLabel, labelledBefore + (imported ? labelledInFile : 0));
    if (!done.isEmpty()) QVERIFY2(imported, qPrintable(where + ": acknowledged, but not there"));
    QCOMPARE(store->sampleCount(Split::Train) + store->sampleCount(Split::Test) + store->sampleCount(Split::Unassigned),
             count);
    if (imported) ++whole;
    else ++none;
    before = count;
    labelledBefore = withLabel;
  }
  qInfo(
      "kill-anywhere import: %d trials of %d records (an import takes ~%lld ms): %d run to the end, %d killed "
      "during an import (%d left it whole, %d left nothing, 0 part), %d integrity failures, %.1f s",
      trials + 1, kRecords, windowMs, completed, trials + 1 - completed, whole - completed, none, integrityFailures,
      double(wall.elapsed()) / 1000.0);
  QCOMPARE(integrityFailures, 0);
}

// The child imports a file whose records are all in the project already,
// each with another label than the project holds (by the same annotator, so
// every sample's label follows the file), and says "done" when it returned.
static void reimportUntilKilled(const QString& path, const QString& file, int fd) {
  ProjectStore* store = ProjectStore::open(path).release();  // never closed: killed with it open
  Child::say(fd, "ready");
  const ImportSummary s = store->importFile(file, ImportOptions{Format::Auto, QStringLiteral("vendor"), false});
  Child::say(fd, "done " + QByteArray::number(s.duplicateLabels));
}

void TestKillAnywhere::relabellingReimportIsAllOrNothing() {
  const int trials = std::max(5, envInt("ASSAY_KILL_IMPORT_TRIALS", 30) / 2);
  const uint32_t seed = uint32_t(envInt("ASSAY_KILL_SEED", 20240917)) + 1;
  QTemporaryDir dir;
  const QString path = dir.filePath("reimport.assay");
  constexpr int kRecords = 6000;
  const LabelSchema styles = LabelSchema::style();
  // Two versions of one file: the same texts, every label moved on by one.
  QString files[2];
  for (int version = 0; version < 2; ++version) {
    files[version] = dir.filePath(QString("v%1.jsonl").arg(version));
    QFile f(files[version]);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < kRecords; ++i)
      f.write("{\"text\":\"用户问题：第" + QByteArray::number(i) + "号订单能退吗？\",\"label\":\"" +
              styles.nameOf((i + version) % styles.size()).toUtf8() + "\"}\n");
  }
  {
    const auto store = ProjectStore::create(path, SchemaKind::Style);
    QCOMPARE(store->importFile(files[0], ImportOptions{Format::Auto, QStringLiteral("vendor"), false}).imported,
             kRecords);
  }
  // Which version the project's labels are: all of one, never a mix.
  const auto versionHeld = [&](const ProjectStore& store) {
    int matches[2] = {0, 0};
    int i = 0;
    store.forEachSample(Split::All, [&](const Sample& s) {
      for (int version = 0; version < 2; ++version)
        if (s.label == (i + version) % styles.size()) ++matches[version];
      ++i;
    });
    return matches[0] == kRecords ? 0 : matches[1] == kRecords ? 1 : -1;
  };
  std::mt19937 rng(seed);
  int held = 0, whole = 0, none = 0;
  qint64 windowMs = 0;
  for (int trial = 0; trial <= trials; ++trial) {
    const bool toTheEnd = trial == 0;
    const int delayMs = toTheEnd ? 0 : int(rng() % uint32_t(windowMs * 5 / 4 + 1));
    const QString where = QStringLiteral("re-import trial %1 (seed %2, killed after %3 ms of ~%4)")
                              .arg(trial)
                              .arg(seed)
                              .arg(delayMs)
                              .arg(windowMs);
    QByteArray done;
    {
      QElapsedTimer clock;
      clock.start();
      Child child([&](int fd) { reimportUntilKilled(path, files[1 - held], fd); });
      const auto finished = [](const QList<QByteArray>& l) {
        return !l.isEmpty() && (l.last().startsWith("done") || l.last().startsWith("fail"));
      };
      child.readFor(toTheEnd ? 120000 : delayMs, finished);
      if (toTheEnd) windowMs = clock.elapsed();
      QVERIFY2(child.killNow(), qPrintable(where + ": the child died before it was killed"));
      for (const QByteArray& l : child.lines())
        if (!l.startsWith("ready")) done = l;
    }
    QVERIFY2(!done.startsWith("fail"), qPrintable(where + ": " + QString::fromUtf8(done)));
    if (toTheEnd) QCOMPARE(done, "done " + QByteArray::number(kRecords));
    QString openError;
    const std::unique_ptr<ProjectStore> store = reopenAfterKill(path, &openError);
    QVERIFY2(store, qPrintable(where + ": the project does not open: " + openError));
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(store->sampleCount(), qint64(kRecords));  // a re-import never adds samples
    const int now = versionHeld(*store);
    QVERIFY2(now >= 0, qPrintable(where + ": the labels are part old, part new"));
    if (!done.isEmpty()) QVERIFY2(now != held, qPrintable(where + ": acknowledged, but not there"));
    (now != held ? whole : none) += 1;
    held = now;
  }
  qInfo("kill-anywhere re-import: %d trials of %d relabelled records (~%lld ms each): %d whole, %d none, 0 part",
        trials + 1, kRecords, windowMs, whole, none);
}

ASSAY_TEST_APPLESS_MAIN(TestKillAnywhere)
#include "tst_kill_anywhere.moc"
