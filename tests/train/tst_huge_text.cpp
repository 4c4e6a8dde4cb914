// A 10 MB text in the training data: only a bounded prefix is tokenized
// (the tokens max_length keeps are the same), the run says how many
// records were cut, and nothing holds or encodes the whole text.
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include "data/ProjectStore.h"
#include "TestRegistry.h"
#include "text/CharTokenizer.h"
#include "train/ModelCard.h"
#include "train/TrainingRun.h"

using namespace assay;

namespace {

const QString kUnit = QStringLiteral("abcd efgh ");

QString tenMegabytes() { return kUnit.repeated(1024 * 1024); }  // 10 MiB of ASCII

}  // namespace

class TestHugeText : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void boundFollowsMaxLength() {
    QCOMPARE(encodeCharBound(64), qsizetype(8192));  // the floor
    QCOMPARE(encodeCharBound(1024), qsizetype(16384));
    QCOMPARE(encodeCharBound(0), qsizetype(0));  // no max_length: no bound
    bool cut = true;
    QCOMPARE(boundedForEncoding(QStringLiteral("short"), 64, &cut), QStringLiteral("short"));
    QVERIFY(!cut);
    // Never half a surrogate pair: the emoji straddling the bound is dropped whole.
    const QString straddling = QString(8191, QLatin1Char('a')) + QStringLiteral("😀") + QStringLiteral("tail");
    const QString kept = boundedForEncoding(straddling, 64, &cut);
    QVERIFY(cut);
    QCOMPARE(kept, QString(8191, QLatin1Char('a')));
  }

  void encodeReadsOnlyTheBoundedPrefix() {
    const QString huge = tenMegabytes();
    const auto tok = CharTokenizer::build({kUnit.toStdString()});
    const int32_t end = *tok->tokenToId("<|endoftext|>");
    const auto ids = encodeForModel(*tok, huge, 64, end);
    QCOMPARE(ids.size(), size_t(64));
    QCOMPARE(ids, encodeForModel(*tok, huge.left(100), 64, end));  // the same tokens as any long-enough prefix
    QCOMPARE(ids.back(), end);
  }

  void trainingCutsAndReportsHugeRecords() {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("huge.assay"));
    {
      auto store = data::ProjectStore::create(project, data::SchemaKind::Correctness);
      std::vector<data::Sample> samples;
      for (int i = 0; i < 40; ++i) {
        data::Sample s;
        s.text = (i % 2 ? QStringLiteral("abcd ") : QStringLiteral("efgh ")) + QString::number(i % 7);
        s.label = i % 2;
        samples.push_back(s);
      }
      data::Sample huge;
      huge.text = tenMegabytes();
      huge.label = 0;
      huge.split = data::Split::Train;
      samples.push_back(huge);
      store->addSamples(samples);
    }
    TrainConfig config;
    config.project = project;
    config.trainFile.clear();
    config.outputDir = dir.filePath(QStringLiteral("model"));
    config.task = TrainTask::Classify;
    config.maxLength = 64;
    config.numThreads = 1;
    QStringList log;
    const PreparedTraining p = prepareTraining(config, [&log](const QString& line) { log << line; });
    // No translator in this test: the log line's English source text.
    const QString note = QStringLiteral(
        "⚠️ 1 records have texts longer than 8192 characters; only the first 8192 are "
        "tokenized (max_length 64 tokens cannot use more)");
    QVERIFY2(log.contains(note), qPrintable(log.join('\n')));
    // The huge record is the one example at max_length; it starts as the text does.
    const int32_t end = endTokenId(p.card, *p.tokenizer);
    const auto expected = encodeForModel(*p.tokenizer, tenMegabytes().left(200), 64, end);
    int atMax = 0;
    for (const auto* part : {&p.data.train, &p.data.eval})
      for (const TrainExample& e : *part) {
        QVERIFY(e.ids.size() <= size_t(64));
        if (e.ids.size() == size_t(64)) {
          ++atMax;
          QCOMPARE(e.ids, expected);
        }
      }
    QCOMPARE(atMax, 1);
  }
};

ASSAY_TEST_APPLESS_MAIN(TestHugeText)
#include "tst_huge_text.moc"
