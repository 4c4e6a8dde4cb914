// assay-cli export-trl-bundle through the executable: the files of the
// bundle, JSONL rows equal to the project's records of each split (what the
// project's own TRL export writes), train.sh carrying Assay's settings under
// TRL's flag names, accelerate configs that read as key: value YAML, and the
// errors for bad options and projects TRL's layout cannot hold.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "TestRegistry.h"
#include "data/ProjectStore.h"

using Json = nlohmann::json;
using namespace assay::data;

namespace {

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList lines(const QString& path) { return QString::fromUtf8(readAll(path)).split('\n', Qt::SkipEmptyParts); }

// Every non-comment line is `key: value` with a non-empty key.
QMap<QString, QString> yamlKeys(const QString& path) {
  QMap<QString, QString> keys;
  for (const QString& line : lines(path)) {
    if (line.startsWith('#')) continue;
    const int colon = line.indexOf(": ");
    if (colon <= 0) return {};
    keys.insert(line.left(colon), line.mid(colon + 2));
  }
  return keys;
}

}  // namespace

class TestCliTrlBundle : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void correctnessProjectBundle() {
    const QString project = dir_.filePath("c.assay");
    {
      auto store = ProjectStore::create(project, SchemaKind::Correctness);
      std::vector<Sample> samples;
      for (int i = 0; i < 20; ++i) {
        Sample s;
        s.text = QString("答案 %1").arg(i);
        s.label = i % 2;
        samples.push_back(s);
      }
      Sample unlabeled;
      unlabeled.text = "no label";
      samples.push_back(unlabeled);
      store->addSamples(samples, "alice");
      store->assignSplits(0.25, 7);
    }
    // What the project's TRL export writes for each split.
    const QString refTrain = dir_.filePath("ref_train.jsonl"), refTest = dir_.filePath("ref_test.jsonl");
    QCOMPARE(runCli({"export", project, refTrain, "--format", "trl", "--split", "train"}).code, 0);
    QCOMPARE(runCli({"export", project, refTest, "--format", "trl", "--split", "test"}).code, 0);

    const QString out = dir_.filePath("bundle");
    const CliRun r = runCli({"export-trl-bundle", project, out, "--use_peft", "--lora_r", "32", "--lora_alpha", "16",
                             "--num_gpus", "4", "--learning_rate", "3e-5", "--max_length", "1024",
                             "--center_rewards_coefficient", "0.02", "--eval_steps", "40"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char* file : {"data/train.jsonl", "data/test.jsonl", "train.sh", "accelerate/single_node.yaml",
                             "accelerate/multi_node.yaml", "README.md"})
      QVERIFY2(QFileInfo::exists(QDir(out).filePath(file)), file);
    QVERIFY(QFileInfo(QDir(out).filePath("train.sh")).permissions() & QFileDevice::ExeOwner);

    // The same rows as the project's export, split by split; 20 labelled texts in all.
    QCOMPARE(readAll(QDir(out).filePath("data/train.jsonl")), readAll(refTrain));
    QCOMPARE(readAll(QDir(out).filePath("data/test.jsonl")), readAll(refTest));
    auto store = ProjectStore::open(project);
    const int train = lines(QDir(out).filePath("data/train.jsonl")).size();
    const int test = lines(QDir(out).filePath("data/test.jsonl")).size();
    QCOMPARE(train + test, 20);
    QVERIFY(train > test && test > 0);
    for (const QString& line : lines(QDir(out).filePath("data/train.jsonl"))) {
      const Json j = Json::parse(line.toStdString());
      QVERIFY(j.contains("chosen") && j.contains("rejected"));
    }
    QVERIFY(r.out.contains(QString("%1 train and %2 test records").arg(train).arg(test)));

    const QString sh = QString::fromUtf8(readAll(QDir(out).filePath("train.sh")));
    QVERIFY(sh.startsWith("#!/usr/bin/env bash"));
    QVERIFY(sh.contains("accelerate launch --config_file"));
    QVERIFY(sh.contains("trl/examples/scripts/reward_modeling.py"));
    for (const char* flag :
         {"--model_name_or_path 'Qwen/Qwen2.5-0.5B-Instruct'", "--dataset_name 'data'", "--dataset_train_split 'train'",
          "--dataset_test_split 'test'", "--output_dir 'output'", "--per_device_train_batch_size '8'",
          "--num_train_epochs '1'", "--learning_rate '3e-05'", "--max_length '1024'",
          "--center_rewards_coefficient '0.02'", "--eval_strategy 'steps'", "--eval_steps '40'", "--use_peft \\",
          "--lora_r '32'", "--lora_alpha '16'", "--lora_task_type 'SEQ_CLS'"})
      QVERIFY2(sh.contains(flag), flag);

    const auto single = yamlKeys(QDir(out).filePath("accelerate/single_node.yaml"));
    QCOMPARE(single.value("num_processes"), QString("4"));
    QCOMPARE(single.value("num_machines"), QString("1"));
    QCOMPARE(single.value("distributed_type"), QString("MULTI_GPU"));
    const auto multi = yamlKeys(QDir(out).filePath("accelerate/multi_node.yaml"));
    QCOMPARE(multi.value("num_machines"), QString("2"));
    QCOMPARE(multi.value("num_processes"), QString("8"));
    QVERIFY(multi.contains("machine_rank") && multi.contains("main_process_ip") && multi.contains("main_process_port"));
    QVERIFY(QString::fromUtf8(readAll(QDir(out).filePath("README.md"))).contains("assay-cli predict output"));
  }

  void fullTrainingDefaultsAndOneGpu() {
    // Preference pairs imported from TRL JSONL (split by import).
    const QString pairs = dir_.filePath("pairs.jsonl");
    {
      QFile f(pairs);
      QVERIFY(f.open(QIODevice::WriteOnly));
      for (int i = 0; i < 10; ++i)
        f.write(QString("{\"chosen\": \"q%1 good\", \"rejected\": \"q%1 bad\"}\n").arg(i).toUtf8());
    }
    const QString project = dir_.filePath("p.assay");
    QCOMPARE(runCli({"init", project, "--schema", "correctness"}).code, 0);
    QCOMPARE(runCli({"import", project, pairs}).code, 0);
    {
      auto store = ProjectStore::open(project);
      Sample s;
      s.text = "a labelled text added later";
      s.label = 0;
      store->addSamples({s}, "alice");  // not split yet: the bundle splits it
    }
    const QString out = dir_.filePath("bundle_full");
    const CliRun r = runCli({"export-trl-bundle", project, out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("split first"), qPrintable(r.out));
    const QStringList rows =
        lines(QDir(out).filePath("data/train.jsonl")) + lines(QDir(out).filePath("data/test.jsonl"));
    QCOMPARE(rows.size(), 11);
    QCOMPARE(rows.filter("good\",\"rejected\":\"q").size(), 10);
    const QString sh = QString::fromUtf8(readAll(QDir(out).filePath("train.sh")));
    QVERIFY(sh.contains("--learning_rate '1e-05'"));
    QVERIFY(!sh.contains("--use_peft"));
    QCOMPARE(yamlKeys(QDir(out).filePath("accelerate/single_node.yaml")).value("distributed_type"), QString("NO"));
  }

  void badOptionsAndProjects() {
    const QString project = dir_.filePath("c.assay");
    const CliRun gpus = runCli({"export-trl-bundle", project, dir_.filePath("x"), "--num_gpus", "0"});
    QCOMPARE(gpus.code, 2);
    QVERIFY(gpus.err.contains("--num_gpus must be between 1 and 1024"));
    const CliRun args = runCli({"export-trl-bundle", project});
    QCOMPARE(args.code, 2);
    QVERIFY(args.err.contains("needs PROJECT.assay and OUT"));
    // Unlabelled texts only: nothing TRL's layout can hold.
    const QString empty = dir_.filePath("e.assay");
    {
      auto store = ProjectStore::create(empty, SchemaKind::Correctness);
      Sample s;
      s.text = "t";
      store->addSamples({s}, "alice");
    }
    const CliRun none = runCli({"export-trl-bundle", empty, dir_.filePath("e_out")});
    QVERIFY(none.code != 0);
    QVERIFY2(none.err.contains("no training record fits TRL"), qPrintable(none.err));
  }

 private:
  QTemporaryDir dir_;
};

ASSAY_TEST_APPLESS_MAIN(TestCliTrlBundle)
#include "tst_cli_trl_bundle.moc"
