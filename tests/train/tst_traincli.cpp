// `assay-cli train | eval | predict`: exit codes and messages on bad flags
// and bad files, and one small run through all three commands.
#include <QProcess>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "SyntheticCorrectness.h"

namespace {

struct Run {
  int code = -1;
  QString out, err;
};

Run cli(const QStringList& args, const QByteArray& input = {}) {
  QProcess p;
  p.start(QStringLiteral(ASSAY_CLI_PATH), args);
  if (!input.isNull()) {
    p.write(input);
    p.closeWriteChannel();
  }
  p.waitForFinished(600000);
  return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestTrainCli : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private Q_SLOTS:
  void badUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = dir_.filePath("out");
    const QString data = dir_.filePath("phones.jsonl");
    QTest::newRow("no data") << QStringList{"train", "--output_dir", out} << 2 << "--train_file or --project";
    QTest::newRow("no output") << QStringList{"train", "--train_file", data} << 2 << "--output_dir is required";
    QTest::newRow("unknown flag") << QStringList{"train", "--bogus", "1"} << 2 << "unknown option --bogus";
    QTest::newRow("bad number") << QStringList{"train", "--train_file", data, "--output_dir", out, "--learning_rate", "fast"}
                                << 2 << "learning_rate";
    QTest::newRow("bad task") << QStringList{"train", "--train_file", data, "--output_dir", out, "--task", "rank"}
                              << 2 << "unknown task 'rank'";
    QTest::newRow("zero batch") << QStringList{"train", "--train_file", data, "--output_dir", out,
                                               "--per_device_train_batch_size", "0"}
                                << 2 << "--per_device_train_batch_size must be at least 1";
    QTest::newRow("token dropout range") << QStringList{"train", "--train_file", data, "--output_dir", out,
                                                        "--token_dropout", "1"}
                                         << 2 << "--token_dropout must be in [0, 1)";
    QTest::newRow("token dropout, checkpoint") << QStringList{"train", "--train_file", data, "--output_dir", out,
                                                              "--model_name_or_path", dir_.path(), "--token_dropout", "0.1"}
                                               << 2 << "--token_dropout needs the tiny preset";
    QTest::newRow("name swap range") << QStringList{"train", "--train_file", data, "--output_dir", out, "--name_swap", "-0.1"}
                                     << 2 << "--name_swap must be in [0, 1]";
    QTest::newRow("name swap, checkpoint") << QStringList{"train", "--train_file", data, "--output_dir", out,
                                                          "--model_name_or_path", dir_.path(), "--name_swap", "0.5"}
                                           << 2 << "--name_swap needs the tiny preset";
    QTest::newRow("bad precision") << QStringList{"train", "--train_file", data, "--output_dir", out,
                                                  "--precision", "fp16"}
                                   << 2 << "--precision must be auto, fp32 or bf16, not 'fp16'";
    QTest::newRow("bad ema decay") << QStringList{"train", "--train_file", data, "--output_dir", out, "--ema_decay", "1"}
                                   << 2 << "--ema_decay must be in [0, 1)";
    QTest::newRow("bad lm loss") << QStringList{"train", "--train_file", data, "--output_dir", out,
                                                "--lm_loss_coefficient", "-0.5"}
                                 << 2 << "--lm_loss_coefficient must not be negative";
    QTest::newRow("bad adam beta") << QStringList{"train", "--train_file", data, "--output_dir", out, "--adam_beta2", "1.5"}
                                   << 2 << "--adam_beta2 must be in [0, 1)";
    QTest::newRow("missing file") << QStringList{"train", "--train_file", dir_.filePath("absent.json"), "--output_dir", out}
                                  << 1 << "absent.json: no such file";
    QTest::newRow("broken file") << QStringList{"train", "--train_file", dir_.filePath("broken.json"), "--output_dir", out}
                                 << 1 << "broken.json";
    QTest::newRow("eval args") << QStringList{"eval", dir_.filePath("model")} << 2 << "expected MODEL_DIR and FILE";
    QTest::newRow("eval no model") << QStringList{"eval", dir_.filePath("nomodel"), data} << 1 << "not a model directory";
    QTest::newRow("predict args") << QStringList{"predict"} << 2 << "expected MODEL_DIR and FILE";
    QTest::newRow("predict not a model") << QStringList{"predict", dir_.path(), "-"} << 1 << "config.json";
  }
  void badUsage() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QVERIFY(assay::testdata::writeCorrectnessTrl(dir_.filePath("phones.jsonl"), 40, 1));
    QFile broken(dir_.filePath("broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("[{\"input\": \"x\", \"label\": ");
    broken.close();
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
  }

  void trainPredictEval() {
    const QString data = dir_.filePath("train.jsonl"), model = dir_.filePath("model");
    QVERIFY(assay::testdata::writeCorrectnessTrl(data, 120, 9));
    const Run train = cli({"train", "--train_file", data, "--output_dir", model, "--task", "reward",
                           "--num_train_epochs", "4", "--learning_rate", "3e-3", "--per_device_train_batch_size", "8",
                           "--max_length", "64", "--num_threads", "1"});
    QVERIFY2(train.code == 0, qPrintable(train.err + train.out));
    // seed 000's loading report
    QVERIFY(train.out.contains(QStringLiteral("训练数据标签分布")));
    QVERIFY(train.out.contains(QStringLiteral("正确: 60 条")));
    QVERIFY(train.out.contains(QStringLiteral("训练集: 96 条")));
    QVERIFY(train.out.contains(QStringLiteral("验证集: 24 条")));
    QVERIFY(train.out.contains("eval_pairwise_accuracy"));
    // "auto" is resolved before training, so the model dir says what ran.
    QVERIFY(train.out.contains(QStringLiteral("矩阵乘精度: ")));
    QFile configFile(QDir(model).filePath("training_config.json"));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    const auto trainingConfig = nlohmann::json::parse(configFile.readAll().toStdString());
    const auto precision = trainingConfig.at("precision").get<std::string>();
    QVERIFY2(precision == "fp32" || precision == "bf16", precision.c_str());
    // The tiny preset averages its weights by default (TrainConfig::kTinyEmaDecay).
    QCOMPARE(trainingConfig.at("ema_decay").get<double>(), 0.999);
    // ... and trains the next-token loss beside the task (TrainConfig::kTinyLmLoss).
    QCOMPARE(trainingConfig.at("lm_loss_coefficient").get<double>(), 0.5);
    QVERIFY(train.out.contains(QStringLiteral("辅助损失: 下一字预测 × 0.5")));
    // ... and swaps the rare characters of 80 % of the records (TrainConfig::kTinyNameSwap).
    QCOMPARE(trainingConfig.at("name_swap").get<double>(), 0.8);
    QVERIFY(train.out.contains(QStringLiteral("名称替换: 每轮 80% 的记录中")));
    const QStringList checkpoints = QDir(model).entryList({"checkpoint-*"}, QDir::Dirs);
    QVERIFY(!checkpoints.isEmpty());
    for (const QString& c : checkpoints)
      QVERIFY2(QFile::exists(QDir(model).filePath(c + "/training_state/average.pt")), qPrintable(c));

    const Run predict = cli({"predict", model, "-"}, QStringLiteral("李四，联系电话：13812345678\n李四，联系电话：1a8b2c4d5e6\n").toUtf8());
    QCOMPARE(predict.code, 0);
    const auto lines = predict.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const auto& line : lines) {
      const auto j = nlohmann::ordered_json::parse(line.toStdString());  // keeps the printed key order
      for (const char* key : {"predicted_label", "confidence", "probabilities", "p_correct"}) QVERIFY2(j.contains(key), key);
      QCOMPARE(j.begin().key(), std::string("predicted_label"));  // seed 000's field order
    }

    const Run eval = cli({"eval", model, data, "--json"});
    QCOMPARE(eval.code, 0);
    const auto metrics = nlohmann::json::parse(eval.out.toStdString());
    QCOMPARE(metrics.at("eval_records").get<int>(), 120);
    QVERIFY2(metrics.at("eval_accuracy").get<double>() >= 0.9, metrics.dump().c_str());
    QCOMPARE(metrics.at("eval_accuracy").get<double>(), metrics.at("eval_pairwise_accuracy").get<double>());
  }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
