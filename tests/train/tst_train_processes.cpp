// `assay-cli train` as two processes of one process group (RANK,
// WORLD_SIZE, MASTER_ADDR and MASTER_PORT as torchrun sets them, on
// loopback) trains exactly as one process with two threads: the same
// per-step losses and evaluations, every metrics line recording the world
// size, and rank 1 writing nothing to its output directory.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "SyntheticCorrectness.h"
#include "TestRegistry.h"

namespace {

// fp32 and explicit epochs: both runs take the same steps on the same numbers.
QStringList trainArgs(const QString& data, const QString& out) {
  return {"train", "--train_file",    data,     "--output_dir",
          out,     "--task",          "reward", "--num_train_epochs",
          "2",     "--learning_rate", "3e-3",   "--per_device_train_batch_size",
          "16",    "--max_length",    "64",     "--eval_steps",
          "1",     "--precision",     "fp32",   "--seed",
          "7"};
}

// A port the kernel just handed out, free again for rank 0's store.
int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
    return -1;
  ::close(fd);
  return ntohs(addr.sin_port);
}

std::unique_ptr<QProcess> startTrain(const QStringList& args, const QMap<QString, QString>& vars) {
  auto p = std::make_unique<QProcess>();
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  for (const char* name :
       {"RANK", "WORLD_SIZE", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "TORCHELASTIC_USE_AGENT_STORE"})
    env.remove(QString::fromLatin1(name));
  for (auto it = vars.begin(); it != vars.end(); ++it) env.insert(it.key(), it.value());
  env.insert(QStringLiteral("ASSAY_LANGUAGE"), QStringLiteral("en"));
  p->setProcessEnvironment(env);
  p->setProcessChannelMode(QProcess::MergedChannels);
  p->start(QStringLiteral(ASSAY_CLI_PATH), args);
  return p;
}

void finish(QProcess& p, const char* who) {
  QVERIFY2(p.waitForFinished(300000), who);
  QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
           qPrintable(QStringLiteral("%1 failed:\n%2").arg(QString::fromLatin1(who), QString::fromUtf8(p.readAll()))));
}

std::vector<nlohmann::json> metricLines(const QString& dir) {
  QFile f(QDir(dir).filePath(QStringLiteral("metrics.jsonl")));
  std::vector<nlohmann::json> lines;
  if (!f.open(QIODevice::ReadOnly)) return lines;
  while (!f.atEnd()) {
    const QByteArray line = f.readLine().trimmed();
    if (!line.isEmpty()) lines.push_back(nlohmann::json::parse(line.toStdString()));
  }
  return lines;
}

}  // namespace

class TestTrainProcesses : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private Q_SLOTS:
  void twoProcessesTrainAsOneWithTwoThreads() {
    const QString data = dir_.filePath(QStringLiteral("pairs.jsonl"));
    QVERIFY(assay::testdata::writeCorrectnessTrl(data, 96, 11));

    const QString single = dir_.filePath(QStringLiteral("single"));
    auto one = startTrain(trainArgs(data, single) << QStringLiteral("--num_threads") << QStringLiteral("2"), {});
    finish(*one, "the one-process run");

    const int port = freePort();
    QVERIFY(port > 0);
    const QString rank0 = dir_.filePath(QStringLiteral("rank0")), rank1 = dir_.filePath(QStringLiteral("rank1"));
    std::unique_ptr<QProcess> ranks[2];
    for (int r = 0; r < 2; ++r)
      ranks[r] = startTrain(trainArgs(data, r == 0 ? rank0 : rank1), {{"RANK", QString::number(r)},
                                                                      {"WORLD_SIZE", "2"},
                                                                      {"LOCAL_WORLD_SIZE", "2"},
                                                                      {"MASTER_ADDR", "127.0.0.1"},
                                                                      {"MASTER_PORT", QString::number(port)}});
    finish(*ranks[0], "rank 0");
    finish(*ranks[1], "rank 1");

    QVERIFY2(!QDir(rank1).exists(), "rank 1 must write nothing to its output directory");
    QVERIFY(QFile::exists(QDir(rank0).filePath(QStringLiteral("model.safetensors"))));

    const auto expected = metricLines(single), got = metricLines(rank0);
    QCOMPARE(got.size(), expected.size());
    int steps = 0;
    for (size_t i = 0; i < got.size(); ++i) {
      QCOMPARE(got[i].value("world_size", 0), 2);
      QCOMPARE(expected[i].value("world_size", 0), 1);
      for (const char* key : {"train_loss", "train_lm_loss", "eval_loss"}) {
        if (!expected[i].contains(key)) continue;
        const double a = expected[i][key].get<double>(), b = got[i].value(key, -1.0);
        QVERIFY2(std::abs(a - b) <= 1e-4 * std::abs(a) + 1e-7,
                 qPrintable(QStringLiteral("line %1 %2: %3 vs %4").arg(i).arg(QString::fromLatin1(key)).arg(a).arg(b)));
      }
      if (expected[i].contains("train_loss")) ++steps;
    }
    QCOMPARE(steps, 10);  // 76 training pairs, batches of 16, two epochs
  }

  void wrongRankIsRefused() {
    const QString data = dir_.filePath(QStringLiteral("refused.jsonl"));
    QVERIFY(assay::testdata::writeCorrectnessTrl(data, 8, 3));
    auto p = startTrain(trainArgs(data, dir_.filePath(QStringLiteral("refused"))),
                        {{"RANK", "2"}, {"WORLD_SIZE", "2"}, {"MASTER_ADDR", "127.0.0.1"}, {"MASTER_PORT", "1"}});
    QVERIFY(p->waitForFinished(60000));
    QVERIFY(p->exitCode() != 0);
    const QString out = QString::fromUtf8(p->readAll());
    QVERIFY2(out.contains(QStringLiteral("RANK 2 is not below WORLD_SIZE 2")), qPrintable(out));
    QVERIFY(!QDir(dir_.filePath(QStringLiteral("refused"))).exists());
  }
};

ASSAY_TEST_GUILESS_MAIN(TestTrainProcesses)
#include "tst_train_processes.moc"
