// Export → import → export is byte-identical for every format, in memory and
// through a project; Chinese stays UTF-8; the TRL correctness layout is exact.
#include <QTemporaryDir>
#include <QtTest>

#include "data/DataFormat.h"
#include "data/ProjectStore.h"
#include "data/SampleWriter.h"
#include "TestRegistry.h"

using namespace assay::data;
Q_DECLARE_METATYPE(assay::data::Format)

namespace {
QString fixture(const QString& name) { return QStringLiteral(ASSAY_TEST_DATA "/dataset/") + name; }

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestFormatRoundTrip : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void inMemory_data();
  void inMemory();
  void throughProject_data() { inMemory_data(); }
  void throughProject();
  void seedTrlLayoutExact();
  void ktoLayoutExact();
  void styleJsonLayoutExact();
  void formatsSkipWhatTheyCannotHold();
};

void TestFormatRoundTrip::inMemory_data() {
  QTest::addColumn<QString>("file");
  QTest::addColumn<Format>("format");
  QTest::addColumn<int>("written");
  QTest::newRow("style → style-json") << "style_seed.json" << Format::StyleJson << 5;
  QTest::newRow("style → text") << "style_seed.json" << Format::Text << 5;
  QTest::newRow("trl seed → trl") << "trl_seed.json" << Format::Trl << 2;
  QTest::newRow("trl seed → kto") << "trl_seed.json" << Format::Kto << 2;
  QTest::newRow("trl pairs → trl") << "trl_pairs.jsonl" << Format::Trl << 2;
  QTest::newRow("kto seed → kto") << "kto_seed.jsonl" << Format::Kto << 4;
  QTest::newRow("kto seed → trl") << "kto_seed.jsonl" << Format::Trl << 4;
  QTest::newRow("kto general → kto") << "kto_general.jsonl" << Format::Kto << 4;
  QTest::newRow("kto seed → style-json") << "kto_seed.jsonl" << Format::StyleJson << 4;
  QTest::newRow("pool jsonl → text") << "pool.jsonl" << Format::Text << 3;
  QTest::newRow("pool txt → text") << "pool.txt" << Format::Text << 3;
}

void TestFormatRoundTrip::inMemory() {
  QFETCH(QString, file);
  QFETCH(Format, format);
  QFETCH(int, written);
  const ImportResult first = readSamplesFile(fixture(file));
  QVERIFY(first.issues.empty());
  ExportResult r1;
  const QByteArray bytes1 = writeSamples(first.samples, first.schema, format, &r1);
  QCOMPARE(r1.written, written);
  QVERIFY2(!bytes1.contains("\\u"), bytes1.constData());  // UTF-8, not escapes
  const ImportResult second = readSamplesData(bytes1, "export1", format, &first.schema);
  for (const ImportIssue& i : second.issues) qWarning("%s", qPrintable(i.toString()));
  QVERIFY(second.issues.empty());
  QCOMPARE(static_cast<int>(second.samples.size()), written);
  const QByteArray bytes2 = writeSamples(second.samples, first.schema, format);
  QCOMPARE(bytes2, bytes1);
}

void TestFormatRoundTrip::throughProject() {
  QFETCH(QString, file);
  QFETCH(Format, format);
  QFETCH(int, written);
  QTemporaryDir dir;
  const SchemaKind kind = readSamplesFile(fixture(file)).schema.kind();
  QByteArray exported[2];
  QString input = fixture(file);
  for (int round = 0; round < 2; ++round) {
    const QString project = dir.filePath(QString("p%1.assay").arg(round));
    auto store = ProjectStore::create(project, kind);
    const ImportSummary s = store->importFile(input, round == 0 ? Format::Auto : format);
    QVERIFY(s.issues.empty());
    const QString out = dir.filePath(QString("out%1").arg(round));
    const ExportResult r = store->exportTo(out, format);
    QCOMPARE(r.written, written);
    exported[round] = readAll(out);
    QCOMPARE(r.bytes, exported[round].size());
    input = out;
  }
  QCOMPARE(exported[1], exported[0]);
}

void TestFormatRoundTrip::seedTrlLayoutExact() {
  const ImportResult r = readSamplesFile(fixture("kto_seed.jsonl"));
  const QByteArray bytes = writeSamples({r.samples[0], r.samples[1]}, r.schema, Format::Trl);
  const QByteArray expected =
      "{\"chosen\":[{\"content\":\"北京市海淀区学院路29号\",\"role\":\"user\"},{\"content\":\"正确\",\"role\":"
      "\"assistant\"}],"
      "\"rejected\":[{\"content\":\"北京市海淀区学院路29号\",\"role\":\"user\"},{\"content\":\"错误\",\"role\":"
      "\"assistant\"}],"
      "\"score_chosen\":1,\"score_rejected\":0}\n"
      "{\"chosen\":[{\"content\":\"北京市1234海淀区学院路\",\"role\":\"user\"},{\"content\":\"错误\",\"role\":"
      "\"assistant\"}],"
      "\"rejected\":[{\"content\":\"北京市1234海淀区学院路\",\"role\":\"user\"},{\"content\":\"正确\",\"role\":"
      "\"assistant\"}],"
      "\"score_chosen\":1,\"score_rejected\":0}\n";
  QCOMPARE(bytes, expected);
}

void TestFormatRoundTrip::ktoLayoutExact() {
  const ImportResult r = readSamplesFile(fixture("trl_seed.json"));
  const QByteArray bytes = writeSamples(r.samples, r.schema, Format::Kto);
  QCOMPARE(bytes,
           QByteArray("{\"prompt\":\"张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678\","
                      "\"completion\":\"正确\",\"label\":true}\n"
                      "{\"prompt\":\"张三，北京市朝阳区望京街道123号院5号楼，邮编：10010222，联系电话：13812345678\","
                      "\"completion\":\"正确\",\"label\":false}\n"));
}

void TestFormatRoundTrip::styleJsonLayoutExact() {
  // rm_train.py's own training-file layout (json.dump(ensure_ascii=False, indent=2)) comes back unchanged.
  const ImportResult r = readSamplesFile(fixture("style_seed.json"));
  QCOMPARE(writeSamples(r.samples, r.schema, Format::StyleJson),
           readAll(fixture("style_seed.json"))
               .replace("    \"label\": \"after_sales\",\n",
                        "    \"label\": \"售后\",\n    \"label_english\": \"after_sales\",\n"));
  QCOMPARE(writeSamples({}, r.schema, Format::StyleJson), QByteArray("[]\n"));
}

void TestFormatRoundTrip::formatsSkipWhatTheyCannotHold() {
  const ImportResult style = readSamplesFile(fixture("style_seed.json"));
  ExportResult r;
  QCOMPARE(writeSamples(style.samples, style.schema, Format::Trl, &r), QByteArray());
  QCOMPARE(r.written, 0);
  QCOMPARE(r.skippedByReason.at(QString("label is not 正确/错误")), 5);
  const ImportResult pairs = readSamplesFile(fixture("trl_pairs.jsonl"));
  writeSamples(pairs.samples, pairs.schema, Format::StyleJson, &r);
  QCOMPARE(r.skipped(), 2);
  const ImportResult pool = readSamplesFile(fixture("pool.txt"));
  writeSamples(pool.samples, LabelSchema::correctness(), Format::Kto, &r);
  QCOMPARE(r.skippedByReason.at(QString("unlabeled")), 3);
}

ASSAY_TEST_APPLESS_MAIN(TestFormatRoundTrip)
#include "tst_format_roundtrip.moc"
