// Exports carry what annotators wrote: a note saved while labelling goes out
// as metadata.note (style JSON) or a "note" key (text, TRL, KTO) and survives
// export -> import -> export byte for byte; an export of a chosen list (the
// dataset pane's filter) writes exactly those records; the default export
// format is one that holds the project.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "TestRegistry.h"
#include "data/ProjectStore.h"
#include "data/SampleQuery.h"

using namespace assay::data;
Q_DECLARE_METATYPE(assay::data::Format)
Q_DECLARE_METATYPE(assay::data::SchemaKind)

class TestExportNotes : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }
  void notesRoundTrip_data();
  void notesRoundTrip();
  void latestNoteWinsAndReplacesTheRecordsOwn();
  void exportOfAChosenListWritesExactlyThose();
  void defaultFormatHoldsTheProject();

 private:
  QString newProject() { return dir_.filePath(QString("p%1.assay").arg(n_++)); }
  static QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }
  QTemporaryDir dir_;
  int n_ = 0;
};

void TestExportNotes::notesRoundTrip_data() {
  QTest::addColumn<SchemaKind>("kind");
  QTest::addColumn<Format>("format");
  QTest::addColumn<QByteArray>("noteAsWritten");
  QTest::newRow("style JSON: metadata.note")
      << SchemaKind::Style << Format::StyleJson << QByteArray("\"note\": \"地址里少了门牌号，\\\"再看看\\\"\"");
  QTest::newRow("text JSONL") << SchemaKind::Style << Format::Text
                              << QByteArray("\"note\":\"地址里少了门牌号，\\\"再看看\\\"\"");
  QTest::newRow("TRL correctness") << SchemaKind::Correctness << Format::Trl
                                   << QByteArray("\"note\":\"地址里少了门牌号，\\\"再看看\\\"\"");
  QTest::newRow("KTO") << SchemaKind::Correctness << Format::Kto
                       << QByteArray("\"note\":\"地址里少了门牌号，\\\"再看看\\\"\"");
}

void TestExportNotes::notesRoundTrip() {
  QFETCH(SchemaKind, kind);
  QFETCH(Format, format);
  QFETCH(QByteArray, noteAsWritten);
  const auto store = ProjectStore::create(newProject(), kind);
  std::vector<Sample> samples(3);
  samples[0].text = QStringLiteral("北京市海淀区学院路");
  samples[0].extraJson = R"({"metadata":{"source":"crm"}})";
  samples[1].text = QStringLiteral("上海市浦东新区世纪大道100号");
  samples[2].text = QStringLiteral("广州市天河区体育西路1号");
  const std::vector<qint64> ids = store->addSamples(samples);
  store->annotate(ids[0], "alice", 1, QStringLiteral("地址里少了门牌号，\"再看看\""));
  store->annotate(ids[1], "alice", 0);
  store->annotate(ids[2], "alice", 0, QStringLiteral("第二行\n换行"));
  const QString first = dir_.filePath(QStringLiteral("first_%1").arg(QTest::currentDataTag()).replace(' ', '_'));
  QCOMPARE(store->exportTo(first, format).written, 3);
  const QByteArray written = readAll(first);
  QVERIFY2(written.contains(noteAsWritten), written.constData());
  QVERIFY2(written.contains("第二行\\n换行"), written.constData());
  QCOMPARE(written.count("note"), 2);  // only the two samples with a note
  if (format == Format::StyleJson)
    QVERIFY2(written.contains("\"source\": \"crm\",\n      \"note\""), written.constData());

  // Another project reads the file (the note kept with the record) and writes it back the same.
  const auto again = ProjectStore::create(newProject(), kind);
  const ImportSummary s = again->importFile(first, format);
  QCOMPARE(s.imported, 3);
  QCOMPARE(s.skipped(), 0);
  QCOMPARE(again->sample(1).label, 1);  // TRL's correctness layout is still read as a label with its note
  const QString second = first + QStringLiteral(".again");
  again->exportTo(second, format);
  QCOMPARE(readAll(second), written);
}

void TestExportNotes::latestNoteWinsAndReplacesTheRecordsOwn() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  Sample s;
  s.text = QStringLiteral("用户问题：能退吗？\n回答：可以。");
  s.extraJson = R"({"note":"from the file"})";
  const qint64 id = store->addSamples({s}).front();
  store->annotate(id, "alice", 1, QStringLiteral("first"));
  store->annotate(id, "alice", 2, QStringLiteral("second"));
  store->annotate(id, "bob", 2);  // no note: the latest note stays
  const QString out = dir_.filePath(QStringLiteral("latest.jsonl"));
  store->exportTo(out, Format::Text);
  const QByteArray written = readAll(out);
  QVERIFY2(written.contains("\"note\":\"second\""), written.constData());
  QCOMPARE(written.count("\"note\""), 1);  // replaced in place, not written twice
}

void TestExportNotes::exportOfAChosenListWritesExactlyThose() {
  const QString path = newProject();
  const auto store = ProjectStore::create(path, SchemaKind::Style);
  std::vector<Sample> samples(20);
  for (int i = 0; i < 20; ++i) {
    samples[i].text = QStringLiteral("用户问题：第%1个\n回答：好的。").arg(i);
    samples[i].label = i % 5;
  }
  store->addSamples(samples);
  store->setDeleted({3}, true, "alice");  // label 2, but deleted: shown by no filter, exported by none
  SampleFilter filter;
  filter.label = 2;
  filter.search = QStringLiteral("第1");  // of label 2 (第2, 第7, 第12, 第17): 第12 and 第17
  const SampleQuery query(path);
  const std::vector<qint64> ids = query.matchingIds(filter, 0, 1000);
  QCOMPARE(ids, (std::vector<qint64>{13, 18}));  // 第12, 第17
  const QString out = dir_.filePath(QStringLiteral("subset.json"));
  const ExportResult r = store->exportSamples(out, Format::StyleJson, ids);
  QCOMPARE(r.written, 2);
  const ImportResult back = readSamplesFile(out);
  QCOMPARE(back.samples.size(), size_t(2));
  QCOMPARE(back.samples[0].text, store->sample(13).text);
  QCOMPARE(back.samples[1].text, store->sample(18).text);
  // A deleted sample is not exported even when its id is given.
  QCOMPARE(store->exportSamples(out, Format::StyleJson, {3, 13}).written, 1);
}

void TestExportNotes::defaultFormatHoldsTheProject() {
  QCOMPARE(ProjectStore::create(newProject(), SchemaKind::Style)->defaultExportFormat(), Format::StyleJson);
  QCOMPARE(ProjectStore::create(newProject(), SchemaKind::Correctness)->defaultExportFormat(), Format::Trl);
  const auto pairs = ProjectStore::create(newProject(), SchemaKind::Style);
  Sample pair;
  pair.kind = SampleKind::Pair;
  pair.chosen = QStringLiteral("好");
  pair.rejected = QStringLiteral("差");
  pair.extraJson = R"({"chosen":"好","rejected":"差"})";
  pairs->addSamples({pair});
  QCOMPARE(pairs->defaultExportFormat(), Format::Trl);  // a reward project of pairs: style JSON would hold none
}

ASSAY_TEST_GUILESS_MAIN(TestExportNotes)
#include "tst_export_notes.moc"
