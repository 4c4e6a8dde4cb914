// `assay-cli train` killed with SIGKILL mid-epoch and resumed from its
// latest checkpoint logs the same losses and saves the same model as a run
// that was never interrupted; a checkpoint that cannot be written (a full
// disk, played by RLIMIT_FSIZE) leaves no checkpoint directory behind and
// says which one failed and why.
#include <signal.h>
#include <sys/resource.h>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "SyntheticCorrectness.h"
#include "TestRegistry.h"

namespace {

QStringList trainArgs(const QString& data, const QString& out) {
  // Explicit epochs: the tiny preset's time budget would plan the steps from
  // measured speed, and two runs would then differ in their schedule.
  return {"train",  "--train_file",       data, "--output_dir",    out,    "--task",
          "reward", "--num_train_epochs", "3",  "--learning_rate", "3e-3", "--per_device_train_batch_size",
          "8",      "--max_length",       "64", "--eval_steps",    "1",    "--save_steps",
          "2"};
}

struct Run {
  int code = -1;
  QString out, err;
};

// The resumed run's note is checked in rm_train.py's Chinese, whatever the
// machine's locale.
Run cli(const QStringList& args, std::function<void()> inChild = {}) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("ASSAY_LANGUAGE"), QStringLiteral("zh_CN"));
  p.setProcessEnvironment(env);
  if (inChild) p.setChildProcessModifier(inChild);
  p.start(QStringLiteral(ASSAY_CLI_PATH), args);
  p.waitForFinished(600000);
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// metrics.jsonl by step (a later line for a step replaces an earlier one).
std::map<int64_t, nlohmann::json> metricsByStep(const QString& outDir, int* lines = nullptr) {
  std::map<int64_t, nlohmann::json> byStep;
  QFile f(QDir(outDir).filePath("metrics.jsonl"));
  if (!f.open(QIODevice::ReadOnly)) return byStep;
  int n = 0;
  for (const QByteArray& line : f.readAll().split('\n')) {
    if (line.trimmed().isEmpty()) continue;
    const auto j = nlohmann::json::parse(line.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.contains("step")) continue;  // a line being written right now
    ++n;
    byStep[j["step"].get<int64_t>()] = j;
  }
  if (lines) *lines = n;
  return byStep;
}

// The complete checkpoint with the highest step (checkpoint-N with its
// trainer state); empty when none.
QString latestCheckpoint(const QString& outDir) {
  int best = -1;
  QString found;
  static const QRegularExpression name(QStringLiteral("^checkpoint-(\\d+)$"));
  for (const QString& d : QDir(outDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    const auto m = name.match(d);
    const QString dir = QDir(outDir).filePath(d);
    if (m.hasMatch() && m.captured(1).toInt() > best && QFile::exists(dir + "/training_state/trainer_state.json")) {
      best = m.captured(1).toInt();
      found = dir;
    }
  }
  return found;
}

QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestTrainKillResume : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString data_, full_;
  Run fullRun_;

 private Q_SLOTS:
  void initTestCase() {
    data_ = dir_.filePath("phones.jsonl");
    QVERIFY(assay::testdata::writeCorrectnessTrl(data_, 64, 5));
    full_ = dir_.filePath("full");
    fullRun_ = cli(trainArgs(data_, full_));
    QVERIFY2(fullRun_.code == 0, qPrintable(fullRun_.err + fullRun_.out));
  }

  void killedMidEpochThenResumedEqualsUninterrupted_data();
  void killedMidEpochThenResumedEqualsUninterrupted();
  void failedCheckpointWriteLeavesNoCheckpoint_data();
  void failedCheckpointWriteLeavesNoCheckpoint();
  void unfinishedCheckpointIsNeverResumed();
  void resumeKeepsTheCheckpointsPrecision();
};

// Steps per epoch of the uninterrupted run: the first step whose epoch is whole.
static int64_t stepsPerEpoch(const std::map<int64_t, nlohmann::json>& metrics) {
  for (const auto& [step, j] : metrics)
    if (j.at("epoch").get<double>() == 1.0) return step;
  return 0;
}

void TestTrainKillResume::killedMidEpochThenResumedEqualsUninterrupted_data() {
  QTest::addColumn<int>("killAfterStep");  // 0: kill while a checkpoint is being written
  const int64_t perEpoch = stepsPerEpoch(metricsByStep(full_));
  // Once step k is logged, checkpoint k (when one is due) is being written
  // and k-1 or k-2 is complete: k, k-1 and k-2 all lie inside an epoch.
  QVERIFY2(perEpoch >= 7, qPrintable(QString::number(perEpoch)));
  QTest::newRow("first epoch") << int(perEpoch - 2);
  QTest::newRow("second epoch") << int(perEpoch + 3);
  QTest::newRow("third epoch") << int(2 * perEpoch + 4);
  QTest::newRow("inside a checkpoint write") << 0;
}

void TestTrainKillResume::killedMidEpochThenResumedEqualsUninterrupted() {
  QFETCH(int, killAfterStep);
  int fullLines = 0;
  const auto full = metricsByStep(full_, &fullLines);
  QCOMPARE(size_t(fullLines), full.size());  // one evaluation per step (--eval_steps 1)
  const int64_t perEpoch = stepsPerEpoch(full);

  const QString killed = dir_.filePath(QStringLiteral("killed-%1").arg(killAfterStep));
  QProcess p;
  p.start(QStringLiteral(ASSAY_CLI_PATH), trainArgs(data_, killed));
  QVERIFY(p.waitForStarted());
  QElapsedTimer clock;
  clock.start();
  // Killed as soon as the step is logged, or as soon as a checkpoint after
  // the first epoch is seen half written.
  const auto due = [&] {
    if (killAfterStep == 0) {
      for (const QString& d : QDir(killed).entryList({"checkpoint-*.partial"}, QDir::Dirs))
        if (d.section('-', 1).section('.', 0, 0).toInt() > perEpoch) return true;
      return false;
    }
    const auto logged = metricsByStep(killed);
    return !logged.empty() && logged.rbegin()->first >= killAfterStep;
  };
  bool ended = false;
  while (clock.elapsed() < 600000 && !due() && !(ended = p.waitForFinished(1))) {
  }
  QVERIFY2(!ended, "the run ended before it could be killed");
  kill(pid_t(p.processId()), SIGKILL);
  QVERIFY(p.waitForFinished(60000));
  QCOMPARE(p.exitStatus(), QProcess::CrashExit);
  const QStringList leftOver = QDir(killed).entryList({"*.partial"}, QDir::Dirs);
  if (killAfterStep == 0) QVERIFY(!leftOver.isEmpty());

  const QString checkpoint = latestCheckpoint(killed);
  QVERIFY2(!checkpoint.isEmpty(), "no complete checkpoint after the kill");
  QFile stateFile(checkpoint + "/training_state/trainer_state.json");
  QVERIFY(stateFile.open(QIODevice::ReadOnly));
  const auto state = nlohmann::json::parse(stateFile.readAll().toStdString());
  const int64_t resumedAt = state.at("global_step").get<int64_t>();
  if (killAfterStep > 0)
    QVERIFY2(state.at("step_in_epoch").get<int64_t>() > 0, qPrintable(checkpoint + " is not mid-epoch"));
  const int64_t killedAt = metricsByStep(killed).rbegin()->first;
  // A leftover .partial is removed on resume, never resumed from.
  QVERIFY(QDir().mkpath(killed + "/checkpoint-999.partial/training_state"));

  QStringList args = trainArgs(data_, killed);
  args << "--resume_from_checkpoint" << checkpoint;
  const Run resumed = cli(args);
  QVERIFY2(resumed.code == 0, qPrintable(resumed.err + resumed.out));
  QVERIFY(QDir(killed).entryList({"*.partial"}, QDir::Dirs).isEmpty());
  QVERIFY2(resumed.out.contains(QStringLiteral("未写完的检查点")), qPrintable(resumed.out));

  // The log holds each step once (the steps the killed run took after its
  // checkpoint were dropped and taken again), equal to the uninterrupted
  // run's in everything but speed.
  int resumedLines = 0;
  const auto after = metricsByStep(killed, &resumedLines);
  QCOMPARE(size_t(resumedLines), full.size());
  QCOMPARE(after.size(), full.size());
  int comparedAfterResume = 0;
  for (const auto& [step, expected] : full) {
    QVERIFY2(after.count(step), qPrintable(QStringLiteral("step %1 missing").arg(step)));
    auto a = after.at(step), e = expected;
    a.erase("tokens_per_second");
    e.erase("tokens_per_second");
    QVERIFY2(a == e,
             qPrintable(QStringLiteral("step %1 (resumed from step %2):\n  resumed       %3\n  uninterrupted %4")
                            .arg(step)
                            .arg(resumedAt)
                            .arg(QString::fromStdString(a.dump()), QString::fromStdString(e.dump()))));
    if (step > resumedAt) ++comparedAfterResume;
  }
  QVERIFY(comparedAfterResume >= 3);
  qInfo("killed after step %lld (%s left), resumed from step %lld, %d steps compared after the resume",
        (long long)killedAt, leftOver.isEmpty() ? "no .partial" : qPrintable(leftOver.join(", ")), (long long)resumedAt,
        comparedAfterResume);
  // And the model it saves is the same, byte for byte.
  const QByteArray model = fileBytes(full_ + "/model.safetensors");
  QVERIFY(!model.isEmpty());
  QVERIFY(fileBytes(killed + "/model.safetensors") == model);
}

void TestTrainKillResume::failedCheckpointWriteLeavesNoCheckpoint_data() {
  QTest::addColumn<qint64>("limit");
  QTest::addColumn<QString>("failingFile");
  // The first file of a checkpoint fails, or the optimizer's (written after
  // the weights, their average and the model files, each smaller than it).
  const qint64 weights = QFileInfo(latestCheckpoint(full_) + "/training_state/weights.pt").size();
  QVERIFY(weights > 64 * 1024);
  QTest::newRow("weights") << qint64(16 * 1024) << "weights.pt";
  QTest::newRow("optimizer") << weights * 3 / 2 << "optimizer.pt";
}

void TestTrainKillResume::failedCheckpointWriteLeavesNoCheckpoint() {
  QFETCH(qint64, limit);
  QFETCH(QString, failingFile);
  const QString out = dir_.filePath("full-disk-" + failingFile);
  // Files may not grow past `limit`: write(2) fails with EFBIG, as it would
  // with ENOSPC on a full disk (SIGXFSZ ignored, so the process lives on).
  const Run r = cli(trainArgs(data_, out), [limit] {
    signal(SIGXFSZ, SIG_IGN);
    const rlimit l{rlim_t(limit), rlim_t(limit)};
    setrlimit(RLIMIT_FSIZE, &l);
  });
  QVERIFY2(r.code != 0, qPrintable(r.out));
  const QString expected = QDir(out).filePath("checkpoint-1") + ": cannot write the checkpoint; the disk may be full";
  QVERIFY2(r.err.contains(expected), qPrintable(r.err));
  QVERIFY2(r.err.contains(failingFile + ": write failed"), qPrintable(r.err));
  QVERIFY2(QDir(out).entryList({"checkpoint-*"}, QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
           qPrintable(QDir(out).entryList().join(' ')));
}

void TestTrainKillResume::unfinishedCheckpointIsNeverResumed() {
  const QString partial = dir_.filePath("partial/checkpoint-4.partial");
  QVERIFY(QDir().mkpath(partial + "/training_state"));
  QVERIFY(QFile::copy(latestCheckpoint(full_) + "/training_state/trainer_state.json",
                      partial + "/training_state/trainer_state.json"));
  QStringList args = trainArgs(data_, dir_.filePath("partial-out"));
  args << "--resume_from_checkpoint" << partial;
  const Run r = cli(args);
  QCOMPARE(r.code, 1);
  QVERIFY2(r.err.contains(partial + ": an unfinished checkpoint"), qPrintable(r.err));
}

// --precision auto is measured anew by each process; a resumed run takes
// the checkpoint's instead, so that it multiplies as the run it continues.
// (The full run's is whatever this CPU chose; fp32 is written in, which
// differs from it where bfloat16 is fast.)
void TestTrainKillResume::resumeKeepsTheCheckpointsPrecision() {
  const QString copy = dir_.filePath("fp32/checkpoint");
  QVERIFY(QDir().mkpath(copy));
  const QString source = latestCheckpoint(full_);
  for (const QString& sub : {QString(), QStringLiteral("training_state")}) {
    QVERIFY(QDir().mkpath(QDir(copy).filePath(sub)));
    for (const QString& f : QDir(QDir(source).filePath(sub)).entryList(QDir::Files))
      QVERIFY(QFile::copy(QDir(QDir(source).filePath(sub)).filePath(f), QDir(QDir(copy).filePath(sub)).filePath(f)));
  }
  const QString stateFile = copy + "/training_state/trainer_state.json";
  auto state = nlohmann::json::parse(fileBytes(stateFile).toStdString());
  state["config"]["precision"] = "fp32";
  QFile f(stateFile);
  QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  f.write(QByteArray::fromStdString(state.dump(2)));
  f.close();

  const QString out = dir_.filePath("fp32/out");
  QStringList args = trainArgs(data_, out);
  args << "--resume_from_checkpoint" << copy;
  const Run r = cli(args);
  QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
  const auto config = nlohmann::json::parse(fileBytes(out + "/training_config.json").toStdString());
  QCOMPARE(config.at("precision").get<std::string>(), std::string("fp32"));
}

ASSAY_TEST_GUILESS_MAIN(TestTrainKillResume)
#include "tst_train_kill_resume.moc"
