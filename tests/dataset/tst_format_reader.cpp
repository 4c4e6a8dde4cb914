// readSamplesFile on every supported layout: what each record becomes
// (kind, text, label, extras, line) and which schema the labels refer to.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "data/DataFormat.h"
#include "TestRegistry.h"

using namespace assay::data;
Q_DECLARE_METATYPE(assay::data::Format)
Q_DECLARE_METATYPE(assay::data::SchemaKind)

namespace {
QString fixture(const QString& name) { return QStringLiteral(ASSAY_TEST_DATA "/dataset/") + name; }
}  // namespace

class TestFormatReader : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void readsEveryLayout_data();
  void readsEveryLayout();
  void styleRecordKeepsMetadataAndLines();
  void seedTrlConcatenatedObjects();
  void generalPairsStayPairs();
  void ktoCorrectnessAndCompletions();
  void plainTextPool();
  void jsonlPoolWithLabels();
  void explicitFormatRequiresItsFields();
  void projectSchemaResolvesLabels();
  void compactArrayOnOneLine();
  void userLabelsGrowByFirstAppearance();
  void numericLabelsGrowByNumber();
  void growAppendsToAGivenSchema();
  void scanLabelsKeepsNoRecords();
};

void TestFormatReader::readsEveryLayout_data() {
  QTest::addColumn<QString>("file");
  QTest::addColumn<Format>("format");
  QTest::addColumn<QList<int>>("labels");
  QTest::addColumn<QList<int>>("kinds");
  QTest::addColumn<SchemaKind>("schema");
  const QList<int> texts5{0, 0, 0, 0, 0};
  QTest::newRow("style auto") << "style_seed.json" << Format::Auto << QList<int>{0, 1, 2, 3, 4} << texts5
                              << SchemaKind::Style;
  QTest::newRow("style explicit") << "style_seed.json" << Format::StyleJson << QList<int>{0, 1, 2, 3, 4} << texts5
                                  << SchemaKind::Style;
  QTest::newRow("trl seed auto") << "trl_seed.json" << Format::Auto << QList<int>{0, 1} << QList<int>{0, 0}
                                 << SchemaKind::Correctness;
  QTest::newRow("trl seed explicit") << "trl_seed.json" << Format::Trl << QList<int>{0, 1} << QList<int>{0, 0}
                                     << SchemaKind::Correctness;
  QTest::newRow("trl pairs") << "trl_pairs.jsonl" << Format::Trl << QList<int>{-1, -1} << QList<int>{1, 1}
                             << SchemaKind::Style;
  QTest::newRow("kto seed") << "kto_seed.jsonl" << Format::Auto << QList<int>{0, 1, 0, 1} << QList<int>{0, 0, 0, 0}
                            << SchemaKind::Correctness;
  QTest::newRow("kto explicit") << "kto_general.jsonl" << Format::Kto << QList<int>{0, 1, 1, -1}
                                << QList<int>{0, 0, 0, 2} << SchemaKind::Correctness;
  QTest::newRow("text lines") << "pool.txt" << Format::Auto << QList<int>{-1, -1, -1} << QList<int>{0, 0, 0}
                              << SchemaKind::Style;
  QTest::newRow("text jsonl") << "pool.jsonl" << Format::Text << QList<int>{-1, 0, -1} << QList<int>{0, 0, 0}
                              << SchemaKind::Correctness;
}

void TestFormatReader::readsEveryLayout() {
  QFETCH(QString, file);
  QFETCH(Format, format);
  QFETCH(QList<int>, labels);
  QFETCH(QList<int>, kinds);
  QFETCH(SchemaKind, schema);
  const ImportResult r = readSamplesFile(fixture(file), format);
  for (const ImportIssue& i : r.issues) qWarning("%s", qPrintable(i.toString()));
  QVERIFY(r.issues.empty());
  QVERIFY(!r.fileUnreadable);
  QCOMPARE(static_cast<int>(r.samples.size()), labels.size());
  for (int i = 0; i < labels.size(); ++i) {
    QCOMPARE(r.samples[static_cast<size_t>(i)].label, labels[i]);
    QCOMPARE(static_cast<int>(r.samples[static_cast<size_t>(i)].kind), kinds[i]);
    QCOMPARE(r.samples[static_cast<size_t>(i)].sourceFile, fixture(file));
  }
  QCOMPARE(r.schema.kind(), schema);
  // Growing the label set from nothing ends on the same preset and ids for
  // every file whose labels a preset covers.
  const ImportResult grown = readSamplesFile(fixture(file), format, nullptr, LabelPolicy::Grow);
  QCOMPARE(grown.samples.size(), r.samples.size());
  for (size_t i = 0; i < r.samples.size(); ++i) QCOMPARE(grown.samples[i].label, r.samples[i].label);
  if (std::any_of(labels.begin(), labels.end(), [](int l) { return l >= 0; })) QCOMPARE(grown.schema.kind(), schema);
}

void TestFormatReader::styleRecordKeepsMetadataAndLines() {
  const ImportResult r = readSamplesFile(fixture("style_seed.json"));
  QCOMPARE(r.samples.size(), size_t(5));
  const Sample& first = r.samples[0];
  QCOMPARE(first.text,
           QString("用户问题：这款耳机现在有优惠吗？\n回答：有的，本周下单立减50元，还送一年延保，现在入手很划算。"));
  QCOMPARE(first.extraJson, QByteArray("{\"metadata\":{\"source\":\"business\",\"scene\":\"商品咨询\"}}"));
  QCOMPARE(first.sourceLine, 2);
  QCOMPARE(r.samples[1].sourceLine, 11);
  QCOMPARE(r.samples[1].label, 1);  // given only as "after_sales"
  QCOMPARE(r.samples[2].extraJson, QByteArray());
  QCOMPARE(r.samples[3].extraJson, QByteArray("{\"metadata\":{\"tags\":[\"电脑\",\"技巧\"],\"score\":0.5}}"));
  QCOMPARE(r.samples[4].sourceLine, 36);
}

void TestFormatReader::seedTrlConcatenatedObjects() {
  const ImportResult r = readSamplesFile(fixture("trl_seed.json"));
  QCOMPARE(r.samples.size(), size_t(2));
  QCOMPARE(r.samples[0].text, QString("张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678"));
  QCOMPARE(r.samples[0].label, 0);  // chosen ends with 正确 → correct
  QCOMPARE(r.samples[1].text, QString("张三，北京市朝阳区望京街道123号院5号楼，邮编：10010222，联系电话：13812345678"));
  QCOMPARE(r.samples[1].label, 1);  // chosen ends with 错误 → incorrect
  QCOMPARE(r.samples[0].sourceLine, 1);
  QCOMPARE(r.samples[1].sourceLine, 25);
  QCOMPARE(r.samples[0].kind, SampleKind::Text);
}

void TestFormatReader::generalPairsStayPairs() {
  const ImportResult r = readSamplesFile(fixture("trl_pairs.jsonl"));
  QCOMPARE(r.samples.size(), size_t(2));
  const Sample& conv = r.samples[0];
  QCOMPARE(conv.kind, SampleKind::Pair);
  QCOMPARE(conv.chosen,
           QString("As an HR manager, how do I test problem solving? Here's an extended list of questions ..."));
  QCOMPARE(conv.rejected, QString("As an HR manager, how do I test problem solving? Here is a Python script ..."));
  QVERIFY(!conv.margin.has_value());
  QVERIFY(conv.extraJson.contains("\"score_chosen\":8.5"));
  const Sample& plain = r.samples[1];
  QCOMPARE(plain.text, QString("天空为什么是蓝色的？"));
  QCOMPARE(plain.chosen, QString("天空为什么是蓝色的？因为瑞利散射：短波长的蓝光被大气散射得更多。"));
  QCOMPARE(plain.rejected, QString("天空为什么是蓝色的？因为海是蓝的。"));
  QVERIFY(plain.margin.has_value());
  QCOMPARE(*plain.margin, 2.5);
  QCOMPARE(plain.sourceLine, 2);
}

void TestFormatReader::ktoCorrectnessAndCompletions() {
  const ImportResult seed = readSamplesFile(fixture("kto_seed.jsonl"));
  QCOMPARE(seed.samples.size(), size_t(4));
  QCOMPARE(seed.samples[3].text, QString("广州市天河区#?@!路"));
  QCOMPARE(seed.samples[3].sourceLine, 4);
  const ImportResult general = readSamplesFile(fixture("kto_general.jsonl"));
  QCOMPARE(general.samples.size(), size_t(4));
  const Sample& c = general.samples[3];
  QCOMPARE(c.kind, SampleKind::Completion);
  QCOMPARE(c.text, QString("写一句问候语"));
  QCOMPARE(c.chosen, QString("早上好，祝你今天顺利！"));
  QVERIFY(c.desirable);
  QCOMPARE(c.extraJson,
           QByteArray("{\"prompt\":\"写一句问候语\",\"completion\":\"早上好，祝你今天顺利！\",\"label\":true}"));
}

void TestFormatReader::plainTextPool() {
  const ImportResult r = readSamplesFile(fixture("pool.txt"));
  QCOMPARE(r.samples.size(), size_t(3));
  QCOMPARE(r.samples[0].text, QString("张三，北京市朝阳区望京街道123号院5号楼"));
  QCOMPARE(r.samples[1].text, QString("李四，上海市静安区南京西路1000号"));  // CR stripped
  QCOMPARE(r.samples[1].sourceLine, 3);
  QCOMPARE(r.samples[2].sourceLine, 5);
}

void TestFormatReader::jsonlPoolWithLabels() {
  const ImportResult r = readSamplesFile(fixture("pool.jsonl"));
  QCOMPARE(r.samples.size(), size_t(3));
  QCOMPARE(r.samples[1].label, 0);
  QCOMPARE(r.samples[1].extraJson, QByteArray("{\"id\":7}"));
  QCOMPARE(r.samples[2].text, QString("王五，广州市天河区#?@!路"));
}

void TestFormatReader::explicitFormatRequiresItsFields() {
  const ImportResult r = readSamplesFile(fixture("trl_seed.json"), Format::StyleJson);
  QVERIFY(r.samples.empty());
  QCOMPARE(r.issues.size(), size_t(2));
  QCOMPARE(r.issues[0].kind, IssueKind::MissingField);
  QCOMPARE(r.issues[1].line, 25);
  QCOMPARE(r.issues[1].record, 2);
  QVERIFY(r.issues[1].message.contains("\"input\""));
}

void TestFormatReader::projectSchemaResolvesLabels() {
  LabelSchema style = LabelSchema::style();
  style.addLabel("幽默", "humorous");
  const QByteArray data = "[{\"input\":\"用户问题：讲个笑话\\n回答：好的……\",\"label\":\"humorous\"}]";
  const ImportResult r = readSamplesData(data, "mem.json", Format::Auto, &style);
  QCOMPARE(r.samples.size(), size_t(1));
  QCOMPARE(r.samples[0].label, 5);
  QCOMPARE(r.schema.size(), 6);
  // A correctness record cannot go into a style project.
  const ImportResult wrong = readSamplesFile(fixture("kto_seed.jsonl"), Format::Auto, &style);
  QVERIFY(wrong.samples.empty());
  QCOMPARE(wrong.issues.size(), size_t(4));
  QCOMPARE(wrong.issues[0].kind, IssueKind::UnknownLabel);
}

void TestFormatReader::compactArrayOnOneLine() {
  const QByteArray data = "[{\"input\":\"a\",\"label\":\"售前\"},{\"input\":\"b\",\"label\":\"harmless\"}]";
  const ImportResult r = readSamplesData(data, "one-line.json");
  QCOMPARE(r.samples.size(), size_t(2));
  QCOMPARE(r.samples[1].label, 4);
  QCOMPARE(r.samples[1].sourceLine, 1);
}

ASSAY_TEST_APPLESS_MAIN(TestFormatReader)
#include "tst_format_reader.moc"

namespace {
const QByteArray kHamSpam =
    "[{\"input\": \"win a prize now\", \"label\": \"spam\"},\n"
    " {\"input\": \"lunch at noon?\", \"label\": \"ham\"},\n"
    " {\"input\": \"cheap pills\", \"label\": \" spam\"},\n"
    " {\"input\": \"minutes attached\", \"label\": \"ham\"}]\n";
}  // namespace

void TestFormatReader::userLabelsGrowByFirstAppearance() {
  const ImportResult known = readSamplesData(kHamSpam, "mail.json");
  QCOMPARE(known.samples.size(), size_t(0));
  QCOMPARE(known.issues.size(), size_t(4));
  QVERIFY2(known.issues[0].message.contains("--add_labels"), qPrintable(known.issues[0].message));

  const ImportResult r = readSamplesData(kHamSpam, "mail.json", Format::Auto, nullptr, LabelPolicy::Grow);
  QVERIFY(r.issues.empty());
  QCOMPARE(r.schema.kind(), SchemaKind::Custom);
  QCOMPARE(r.schema.size(), 2);
  QCOMPARE(r.schema.nameOf(0), QString("spam"));  // first appearance, surrounding spaces ignored
  QCOMPARE(r.schema.nameOf(1), QString("ham"));
  QList<int> ids;
  for (const Sample& s : r.samples) ids << s.label;
  QCOMPARE(ids, (QList<int>{0, 1, 0, 1}));
}

// Class ids as Hugging Face datasets store them: growing from nothing names
// each class by its number and keeps the ids (fuzz_import_* found that a
// numeric label was refused when growing, though a named one was not).
void TestFormatReader::numericLabelsGrowByNumber() {
  const QByteArray ints =
      "{\"text\": \"great film\", \"label\": 2}\n{\"text\": \"dull\", \"label\": 0}\n"
      "{\"text\": \"fine\", \"label\": 1}\n{\"text\": \"huge id\", \"label\": 5000}\n"
      "{\"text\": \"negative\", \"label\": -1}\n";
  const ImportResult r = readSamplesData(ints, "reviews.jsonl", Format::Auto, nullptr, LabelPolicy::Grow);
  QCOMPARE(r.schema.size(), 3);
  QCOMPARE(r.schema.nameOf(0), QString("0"));
  QCOMPARE(r.schema.nameOf(2), QString("2"));
  QCOMPARE(r.samples.size(), size_t(3));
  QCOMPARE(r.samples[0].label, 2);
  QCOMPARE(r.samples[1].label, 0);
  QCOMPARE(r.issues.size(), size_t(2));  // 5000 is past the 1000-label limit; -1 is no id
  QVERIFY2(r.issues[0].message.contains("5000"), qPrintable(r.issues[0].message));
  QCOMPARE(r.issues[1].record, 5);
  // Without growing, an empty label set names the problem plainly.
  const LabelSchema none(SchemaKind::Custom, {});
  const ImportResult known = readSamplesData(ints, "reviews.jsonl", Format::Auto, &none);
  QVERIFY2(known.issues[0].message.contains("no labels defined"), qPrintable(known.issues[0].message));
}

void TestFormatReader::growAppendsToAGivenSchema() {
  const LabelSchema start = LabelSchema::fromNames({"ham"});
  const ImportResult r = readSamplesData(kHamSpam, "mail.json", Format::Auto, &start, LabelPolicy::Grow);
  QVERIFY(r.issues.empty());
  QCOMPARE(r.schema.size(), 2);
  QCOMPARE(r.schema.nameOf(1), QString("spam"));
  QCOMPARE(r.samples[0].label, 1);
  QCOMPARE(r.samples[1].label, 0);
  // Given labels keep their ids even when a preset would cover them.
  const LabelSchema swapped = LabelSchema::fromNames({"错误", "正确"});
  const ImportResult kto = readSamplesFile(fixture("kto_seed.jsonl"), Format::Auto, &swapped, LabelPolicy::Grow);
  QCOMPARE(kto.schema.kind(), SchemaKind::Custom);
  QCOMPARE(kto.samples[0].label, 1);  // 正确 is id 1 here
}

void TestFormatReader::scanLabelsKeepsNoRecords() {
  QTemporaryDir dir;
  const QString mail = dir.filePath("mail.json");
  QFile f(mail);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(kHamSpam);
  f.close();
  const LabelSchema found = scanLabels({mail, dir.filePath("missing.json")}, Format::Auto, nullptr);
  QCOMPARE(found.size(), 2);
  QCOMPARE(found.nameOf(0), QString("spam"));
  // Style names only: the style preset.
  QCOMPARE(scanLabels({fixture("style_seed.json")}, Format::Auto, nullptr).kind(), SchemaKind::Style);
  const LabelSchema style = LabelSchema::style();
  const LabelSchema more = scanLabels({mail}, Format::Auto, &style);
  QCOMPARE(more.size(), 7);
  QCOMPARE(more.nameOf(5), QString("spam"));
}
