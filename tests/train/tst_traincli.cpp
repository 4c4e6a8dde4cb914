// `assay-cli train | eval | predict`: exit codes and messages on bad flags
// and bad files, and one small run through all three commands.
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "SyntheticCorrectness.h"
#include "TestRegistry.h"

namespace {

struct Run {
  int code = -1;
  QString out, err;
};

// The reports are checked in rm_train.py's Chinese (ASSAY_LANGUAGE=zh_CN)
// unless a test asks for English, whatever the machine's locale.
Run cli(const QStringList& args, const QByteArray& input = {}, const QString& language = QStringLiteral("zh_CN")) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("ASSAY_LANGUAGE"), language);
  p.setProcessEnvironment(env);
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
    QTest::newRow("bad number") << QStringList{"train", "--train_file",    data,  "--output_dir",
                                               out,     "--learning_rate", "fast"}
                                << 2 << "learning_rate";
    QTest::newRow("bad task") << QStringList{"train", "--train_file", data, "--output_dir", out, "--task", "rank"} << 2
                              << "unknown task 'rank'";
    QTest::newRow("zero batch") << QStringList{"train", "--train_file",
                                               data,    "--output_dir",
                                               out,     "--per_device_train_batch_size",
                                               "0"}
                                << 2 << "--per_device_train_batch_size must be at least 1";
    QTest::newRow("token dropout range") << QStringList{"train", "--train_file",    data, "--output_dir",
                                                        out,     "--token_dropout", "1"}
                                         << 2 << "--token_dropout must be in [0, 1)";
    QTest::newRow("token dropout, checkpoint")
        << QStringList{"train",     "--train_file",    data, "--output_dir", out, "--model_name_or_path",
                       dir_.path(), "--token_dropout", "0.1"}
        << 2 << "--token_dropout needs the tiny preset";
    QTest::newRow("name swap range") << QStringList{"train", "--train_file", data,  "--output_dir",
                                                    out,     "--name_swap",  "-0.1"}
                                     << 2 << "--name_swap must be in [0, 1]";
    QTest::newRow("name swap, checkpoint")
        << QStringList{"train",     "--train_file", data, "--output_dir", out, "--model_name_or_path",
                       dir_.path(), "--name_swap",  "0.5"}
        << 2 << "--name_swap needs the tiny preset";
    QTest::newRow("bad precision") << QStringList{"train", "--train_file", data,  "--output_dir",
                                                  out,     "--precision",  "fp16"}
                                   << 2 << "--precision must be auto, fp32 or bf16, not 'fp16'";
    QTest::newRow("bad ema decay") << QStringList{"train", "--train_file", data, "--output_dir",
                                                  out,     "--ema_decay",  "1"}
                                   << 2 << "--ema_decay must be in [0, 1)";
    QTest::newRow("bad lm loss") << QStringList{"train", "--train_file",          data,  "--output_dir",
                                                out,     "--lm_loss_coefficient", "-0.5"}
                                 << 2 << "--lm_loss_coefficient must not be negative";
    QTest::newRow("bad adam beta") << QStringList{"train", "--train_file", data, "--output_dir",
                                                  out,     "--adam_beta2", "1.5"}
                                   << 2 << "--adam_beta2 must be in [0, 1)";
    QTest::newRow("missing file") << QStringList{"train", "--train_file", dir_.filePath("absent.json"), "--output_dir",
                                                 out}
                                  << 1 << "absent.json: no such file";
    QTest::newRow("broken file") << QStringList{"train", "--train_file", dir_.filePath("broken.json"), "--output_dir",
                                                out}
                                 << 1 << "broken.json";
    QTest::newRow("eval args") << QStringList{"eval", dir_.filePath("model")} << 2 << "expected MODEL_DIR and FILE";
    QTest::newRow("eval no model") << QStringList{"eval", dir_.filePath("nomodel"), data} << 1
                                   << "not a model directory";
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

  // `train --help` lists every flag, grouped, with a help line and the default.
  void helpListsEveryFlag() {
    const Run r = cli({"train", "--help"});
    QCOMPARE(r.code, 0);
    for (const char* flag : {"--train_file", "--project", "--output_dir", "--adam_epsilon", "--name_swap", "--use_peft",
                             "--center_rewards_coefficient", "--precision auto|fp32|bf16", "--demo_inference"})
      QVERIFY2(r.out.contains(QLatin1String(flag)), flag);
    for (const char* group :
         {"\ndata:\n", "\nschedule:\n", "\noptimizer:\n", "\nregularisation:\n", "\nLoRA:\n", "\nmachine:\n"})
      QVERIFY2(r.out.contains(QLatin1String(group)), group);
    QVERIFY(r.out.contains(QStringLiteral("default 5 for tiny, 0 for a checkpoint")));
    QVERIFY(r.out.contains(QStringLiteral("[default 32]")));
  }

  void trainPredictEval() {
    const QString data = dir_.filePath("train.jsonl"), model = dir_.filePath("model");
    QVERIFY(assay::testdata::writeCorrectnessTrl(data, 120, 9));
    const Run train = cli({"train", "--train_file", data, "--output_dir", model, "--task", "reward",
                           "--num_train_epochs", "4", "--learning_rate", "3e-3", "--per_device_train_batch_size", "8",
                           "--max_length", "64", "--num_threads", "1"});
    QVERIFY2(train.code == 0, qPrintable(train.err + train.out));
    // the loading report, laid out like the original rm_train.py's
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
    // Name swapping is opt-in (it hurts data whose characters are the signal).
    QCOMPARE(trainingConfig.at("name_swap").get<double>(), 0.0);
    QVERIFY(!train.out.contains(QStringLiteral("名称替换")));
    // The tiny preset trains within a time budget (TrainConfig::kTinyTrainMinutes).
    QCOMPARE(trainingConfig.at("max_train_minutes").get<double>(), 5.0);
    const QStringList checkpoints = QDir(model).entryList({"checkpoint-*"}, QDir::Dirs);
    QVERIFY(!checkpoints.isEmpty());
    for (const QString& c : checkpoints)
      QVERIFY2(QFile::exists(QDir(model).filePath(c + "/training_state/average.pt")), qPrintable(c));

    const Run predict = cli({"predict", model, "-"},
                            QStringLiteral("李四，联系电话：13812345678\n李四，联系电话：1a8b2c4d5e6\n").toUtf8());
    QCOMPARE(predict.code, 0);
    const auto lines = predict.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const auto& line : lines) {
      const auto j = nlohmann::ordered_json::parse(line.toStdString());  // keeps the printed key order
      for (const char* key : {"predicted_label", "confidence", "probabilities", "p_correct"})
        QVERIFY2(j.contains(key), key);
      QCOMPARE(j.begin().key(), std::string("predicted_label"));  // predict_style's field order
    }

    const Run eval = cli({"eval", model, data, "--json"});
    QCOMPARE(eval.code, 0);
    const auto metrics = nlohmann::json::parse(eval.out.toStdString());
    QCOMPARE(metrics.at("eval_records").get<int>(), 120);
    QVERIFY2(metrics.at("eval_accuracy").get<double>() >= 0.9, metrics.dump().c_str());
    QCOMPARE(metrics.at("eval_accuracy").get<double>(), metrics.at("eval_pairwise_accuracy").get<double>());
  }

  // A file labelled with the user's own names trains a classifier of those
  // labels, in order of first appearance (or as a label_mapping.json says).
  void userLabelsTrainPredictEval() {
    const QString data = dir_.filePath("mail.jsonl"), model = dir_.filePath("mail_model");
    writeMail(data, 80);
    const QStringList common{
        "--num_train_epochs", "3",  "--learning_rate", "3e-3", "--per_device_train_batch_size", "8",
        "--max_length",       "48", "--num_threads",   "1"};
    const Run train = cli(QStringList{"train", "--train_file", data, "--output_dir", model} + common);
    QVERIFY2(train.code == 0, qPrintable(train.err + train.out));
    QVERIFY2(train.out.contains(QStringLiteral("标签: 0=spam, 1=ham")), qPrintable(train.out));
    QCOMPARE(readText(QDir(model).filePath("label_mapping.json")),
             QString("{\n  \"id_to_label\": {\n    \"0\": \"spam\",\n    \"1\": \"ham\"\n  },\n"
                     "  \"label_to_id\": {\n    \"spam\": 0,\n    \"ham\": 1\n  }\n}"));
    const Run predict = cli({"predict", model, data});
    QCOMPARE(predict.code, 0);
    QVERIFY2(predict.err.isEmpty(), qPrintable(predict.err));  // no record dropped for its label
    const auto lines = predict.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 80);
    const auto first = nlohmann::json::parse(lines.first().toStdString());
    QVERIFY(first.at("probabilities").contains("spam") && first.at("probabilities").contains("ham"));
    const Run eval = cli({"eval", model, data, "--json"});
    QVERIFY2(eval.code == 0, qPrintable(eval.err));
    QCOMPARE(nlohmann::json::parse(eval.out.toStdString()).at("eval_records").get<int>(), 80);

    // label_mapping.json beside the file fixes the ids.
    QDir().mkpath(dir_.filePath("mapped"));
    const QString mapped = dir_.filePath("mapped/mail.jsonl"), mappedModel = dir_.filePath("mapped_model");
    QVERIFY(QFile::copy(data, mapped));
    writeText(dir_.filePath("mapped/label_mapping.json"), "{\"id_to_label\": {\"0\": \"ham\", \"1\": \"spam\"}}");
    const Run beside = cli(QStringList{"train", "--train_file", mapped, "--output_dir", mappedModel} + common);
    QVERIFY2(beside.code == 0, qPrintable(beside.err + beside.out));
    QVERIFY2(beside.out.contains(QStringLiteral("标签: 0=ham, 1=spam")), qPrintable(beside.out));
    // --label_mapping that lacks a label of the file: those records are skipped and named.
    writeText(dir_.filePath("ham_only.json"), "{\"id_to_label\": {\"0\": \"ham\"}}");
    const Run partial = cli(QStringList{"train", "--train_file", data, "--output_dir", dir_.filePath("partial"),
                                        "--label_mapping", dir_.filePath("ham_only.json")} +
                            common);
    QVERIFY2(partial.out.contains(QStringLiteral("40 条记录被跳过")), qPrintable(partial.out + partial.err));
    QVERIFY2(partial.out.contains("unknown label \"spam\""), qPrintable(partial.out));
  }

  // --model_name_or_path ngram: the baseline as a model of its own, which
  // predict and eval load like any other; every transformer run reports it.
  void ngramModelAndBaseline() {
    const QString data = dir_.filePath("ngram_mail.jsonl"), model = dir_.filePath("ngram_model");
    writeMail(data, 100);
    const Run train = cli({"train", "--train_file", data, "--output_dir", model, "--model_name_or_path", "ngram"});
    QVERIFY2(train.code == 0, qPrintable(train.err + train.out));
    QVERIFY2(train.out.contains(QStringLiteral("📏 基线 (字符 1–3 元 TF-IDF + 逻辑回归")), qPrintable(train.out));
    QVERIFY2(train.out.contains("eval_f1_macro: 1.0000"), qPrintable(train.out));
    // The same report in English, under ASSAY_LANGUAGE=en.
    const Run english = cli({"train", "--train_file", data, "--output_dir", dir_.filePath("ngram_model_en"),
                             "--model_name_or_path", "ngram"},
                            {}, QStringLiteral("en"));
    QVERIFY2(english.code == 0, qPrintable(english.err + english.out));
    for (const char* line :
         {"📂 Loading training data: ", "📊 Label distribution of the training data:\n", "   ham: 50 records\n",
          "📊 Data split:\n   Training set: 80 records\n   Validation set: 20 records",
          "📏 Baseline (character 1–3-gram TF-IDF + logistic regression, ", "✅ Training finished: ", "💾 Model saved: "})
      QVERIFY2(english.out.contains(QString::fromUtf8(line)), qPrintable(english.out));
    QVERIFY2(!english.out.contains(QStringLiteral("训练")), qPrintable(english.out));
    for (const char* file :
         {"ngram_model.bin", "assay_model.json", "label_mapping.json", "training_config.json", "metrics.jsonl"})
      QVERIFY2(QFile::exists(QDir(model).filePath(file)), file);
    const Run predict = cli({"predict", model, "-"},
                            QByteArray("claim your prize 7 now, special offer\nmeeting notes 3 for the team\n"));
    QVERIFY2(predict.code == 0, qPrintable(predict.err));
    const auto lines = predict.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(nlohmann::json::parse(lines[0].toStdString()).at("predicted_label").get<std::string>(),
             std::string("spam"));
    QCOMPARE(nlohmann::json::parse(lines[1].toStdString()).at("predicted_label").get<std::string>(),
             std::string("ham"));
    const Run eval = cli({"eval", model, data, "--json"});
    QVERIFY2(eval.code == 0, qPrintable(eval.err));
    QCOMPARE(nlohmann::json::parse(eval.out.toStdString()).at("eval_accuracy").get<double>(), 1.0);

    // A transformer run logs the baseline before training and compares at the end.
    const QString tinyModel = dir_.filePath("tiny_vs_baseline");
    const Run tiny = cli({"train", "--train_file", data, "--output_dir", tinyModel, "--num_train_epochs", "1",
                          "--per_device_train_batch_size", "8", "--max_length", "48", "--num_threads", "1"});
    QVERIFY2(tiny.code == 0, qPrintable(tiny.err + tiny.out));
    QVERIFY2(tiny.out.contains(QStringLiteral("📏 eval_f1_macro: 基线 1.0000 / 模型 ")), qPrintable(tiny.out));
    // The saved model mixes in as much of the baseline as helped on the validation split.
    QVERIFY2(tiny.out.contains(QStringLiteral("🔀 验证集上 n-gram 基线的权重: ")), qPrintable(tiny.out));
    QFile card(QDir(tinyModel).filePath("assay_model.json"));
    QVERIFY(card.open(QIODevice::ReadOnly));
    const double weight = nlohmann::json::parse(card.readAll().toStdString()).value("ngram_weight", 0.0);
    QCOMPARE(QFile::exists(QDir(tinyModel).filePath("ngram_model.bin")), weight > 0);
    const Run blended = cli({"predict", tinyModel, "-"}, QByteArray("claim your prize 7 now, special offer\n"));
    QVERIFY2(blended.code == 0, qPrintable(blended.err));
    QFile metrics(QDir(tinyModel).filePath("metrics.jsonl"));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const auto last = metrics.readAll().trimmed().split('\n').last();
    QCOMPARE(nlohmann::json::parse(last.toStdString()).at("baseline").get<std::string>(),
             std::string("ngram_tfidf_logistic_regression"));
  }

  // --max_train_minutes plans the steps that fit and says so; the automatic
  // epochs would have run far longer.
  void timeBudgetPlansTheSteps() {
    const QString data = dir_.filePath("budget.jsonl"), model = dir_.filePath("budget_model");
    writeMail(data, 800);
    const Run train = cli({"train", "--train_file", data, "--output_dir", model, "--max_train_minutes", "0.05",
                           "--per_device_train_batch_size", "8", "--max_length", "48", "--num_threads", "1"});
    QVERIFY2(train.code == 0, qPrintable(train.err + train.out));
    QVERIFY2(train.out.contains(QStringLiteral("时间预算: 0.05 分钟")), qPrintable(train.out));
    const QRegularExpression plan(QStringLiteral("计划 (\\d+) 步 \\([0-9.]+ 轮, 自动轮数为 (\\d+) 步\\)"));
    const auto m = plan.match(train.out);
    QVERIFY2(m.hasMatch(), qPrintable(train.out));
    QVERIFY2(m.captured(1).toLongLong() < m.captured(2).toLongLong(), qPrintable(m.captured(0)));
    QFile configFile(QDir(model).filePath("training_config.json"));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    QCOMPARE(nlohmann::json::parse(configFile.readAll().toStdString()).at("max_train_minutes").get<double>(), 0.05);
    QVERIFY(QFile::exists(QDir(model).filePath("model.safetensors")));
  }

 private:
  // Spam says "prize" or "offer", ham does not; the first record is spam.
  static void writeMail(const QString& path, int n) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < n; ++i) {
      const bool spam = i % 2 == 0;
      const QString text = spam ? QStringLiteral("claim your prize %1 now, special offer").arg(i)
                                : QStringLiteral("meeting notes %1 for the team").arg(i);
      f.write(QStringLiteral("{\"text\": \"%1\", \"label\": \"%2\"}\n").arg(text, spam ? "spam" : "ham").toUtf8());
    }
  }
  static QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString("<unreadable %1>").arg(path);
  }
  static void writeText(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
  }
};

ASSAY_TEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
