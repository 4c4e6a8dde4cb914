// LabelSchema: the preset ids and names (the five styles of the original
// rm_train.py, 正确/错误), lookups by either spelling, user labels, and
// label_mapping.json exactly as rm_train.py writes it.
#include <QTemporaryDir>
#include <QtTest>

#include "data/LabelSchema.h"
#include "TestRegistry.h"

using namespace assay::data;

class TestLabelSchema : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void styleLabels_data();
  void styleLabels();
  void correctnessLabels();
  void unknownSpellings();
  void addLabel();
  void labelMappingBytes();
  void labelMappingRoundTrip();
  void labelMappingErrorsNameFile();
  void userLabelsFromNames();
  void presetCoveringRemapsIds();
  void correctnessGainingALabelIsCustom();
  void userLabelMappingReadsAsCustom();
};

void TestLabelSchema::styleLabels_data() {
  QTest::addColumn<QString>("name");
  QTest::addColumn<QString>("english");
  QTest::addColumn<int>("id");
  QTest::newRow("售前") << "售前"
                        << "sales_oriented" << 0;
  QTest::newRow("售后") << "售后"
                        << "after_sales" << 1;
  QTest::newRow("诚实") << "诚实"
                        << "honesty" << 2;
  QTest::newRow("有帮助") << "有帮助"
                          << "helpful" << 3;
  QTest::newRow("无伤害") << "无伤害"
                          << "harmless" << 4;
}

void TestLabelSchema::styleLabels() {
  QFETCH(QString, name);
  QFETCH(QString, english);
  QFETCH(int, id);
  const LabelSchema s = LabelSchema::style();
  QCOMPARE(s.size(), 5);
  QCOMPARE(s.kind(), SchemaKind::Style);
  QCOMPARE(s.idOf(name), id);
  QCOMPARE(s.idOf(english), id);
  QCOMPARE(s.idOf(" " + name + " "), id);
  const QByteArray utf8 = english.toUtf8();
  QCOMPARE(s.idOfUtf8(utf8.constData(), static_cast<size_t>(utf8.size())), id);
  QCOMPARE(s.nameOf(id), name);
  QCOMPARE(s.englishOf(id), english);
}

void TestLabelSchema::correctnessLabels() {
  const LabelSchema s = LabelSchema::correctness();
  QCOMPARE(s.kind(), SchemaKind::Correctness);
  QCOMPARE(s.size(), 2);
  QCOMPARE(s.idOf("正确"), 0);
  QCOMPARE(s.idOf("incorrect"), 1);
  QCOMPARE(s.nameOf(1), QString("错误"));
}

void TestLabelSchema::unknownSpellings() {
  const LabelSchema s = LabelSchema::style();
  QCOMPARE(s.idOf("售中"), -1);
  QCOMPARE(s.idOf(""), -1);
  QCOMPARE(s.idOf("Helpful"), -1);  // identifiers are case-sensitive, as in rm_train.py's mapping
  QCOMPARE(s.nameOf(5), QString());
  QCOMPARE(s.nameOf(-1), QString());
}

void TestLabelSchema::addLabel() {
  LabelSchema s = LabelSchema::style();
  QCOMPARE(s.addLabel("幽默", "humorous"), 5);
  QCOMPARE(s.idOf("humorous"), 5);
  QCOMPARE(s.labels().back().name, QString("幽默"));
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.addLabel("售前", "presale"));
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.addLabel("新", "helpful"));
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.addLabel("", "empty"));
  QCOMPARE(s.size(), 6);
}

void TestLabelSchema::labelMappingBytes() {
  // What json.dump({"id_to_label": ..., "label_to_id": ...}, f, ensure_ascii=False, indent=2) writes.
  const QByteArray expected =
      "{\n"
      "  \"id_to_label\": {\n"
      "    \"0\": \"售前\",\n"
      "    \"1\": \"售后\",\n"
      "    \"2\": \"诚实\",\n"
      "    \"3\": \"有帮助\",\n"
      "    \"4\": \"无伤害\"\n"
      "  },\n"
      "  \"label_to_id\": {\n"
      "    \"售前\": 0,\n"
      "    \"售后\": 1,\n"
      "    \"诚实\": 2,\n"
      "    \"有帮助\": 3,\n"
      "    \"无伤害\": 4\n"
      "  }\n"
      "}";
  QCOMPARE(LabelSchema::style().labelMappingJson(), expected);
}

void TestLabelSchema::labelMappingRoundTrip() {
  QTemporaryDir dir;
  const QString path = dir.filePath("label_mapping.json");
  LabelSchema s = LabelSchema::style();
  s.addLabel("幽默", "humorous");
  s.writeLabelMapping(path);
  const LabelSchema back = LabelSchema::readLabelMapping(path);
  QCOMPARE(back.size(), 6);
  QCOMPARE(back.nameOf(5), QString("幽默"));
  QCOMPARE(back.englishOf(0), QString("sales_oriented"));  // filled in from the built-in schema
  QCOMPARE(back.englishOf(5), QString("幽默"));            // unknown: the name stands in
  const LabelSchema correct = LabelSchema::readLabelMapping([&] {
    LabelSchema::correctness().writeLabelMapping(dir.filePath("c.json"));
    return dir.filePath("c.json");
  }());
  QCOMPARE(correct.kind(), SchemaKind::Correctness);
}

void TestLabelSchema::labelMappingErrorsNameFile() {
  QTemporaryDir dir;
  const QString path = dir.filePath("broken.json");
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write("{\"id_to_label\": {\"0\": \"售前\", \"2\": \"售后\"}}");
  f.close();
  try {
    LabelSchema::readLabelMapping(path);
    QFAIL("a gap in the ids must be rejected");
  } catch (const std::runtime_error& e) {
    QVERIFY2(QString::fromUtf8(e.what()).startsWith(path), e.what());
    QVERIFY2(QString::fromUtf8(e.what()).contains("\"2\""), e.what());
  }
  // A number beyond double's range is nlohmann's out_of_range, not a
  // parse_error: still a message naming the file (fuzz_label_mapping).
  try {
    LabelSchema::parseLabelMapping("{\"id_to_label\": {\"0\": \"a\"}, \"x\": 1e309}", path);
    QFAIL("a number out of range must be rejected");
  } catch (const std::runtime_error& e) {
    QVERIFY2(QString::fromUtf8(e.what()).startsWith(path + ": invalid JSON"), e.what());
  }
}

ASSAY_TEST_APPLESS_MAIN(TestLabelSchema)
#include "tst_label_schema.moc"

void TestLabelSchema::userLabelsFromNames() {
  const LabelSchema s = LabelSchema::fromNames({"ham", " spam "});
  QCOMPARE(s.kind(), SchemaKind::Custom);
  QCOMPARE(s.size(), 2);
  QCOMPARE(s.idOf("spam"), 1);
  QCOMPARE(s.englishOf(0), QString("ham"));
  // The presets' names in their order are the presets.
  QCOMPARE(LabelSchema::fromNames({"正确", "错误"}).kind(), SchemaKind::Correctness);
  QCOMPARE(LabelSchema::fromNames({"correct", "incorrect"}).nameOf(1), QString("错误"));
  // Same names in another order are the user's own ids.
  const LabelSchema swapped = LabelSchema::fromNames({"错误", "正确"});
  QCOMPARE(swapped.kind(), SchemaKind::Custom);
  QCOMPARE(swapped.idOf("错误"), 0);
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LabelSchema::fromNames({}));
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LabelSchema::fromNames({"a", "b", "a"}));
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LabelSchema::fromNames({"a", "  "}));
  QCOMPARE(schemaKindName(SchemaKind::Custom), QString("custom"));
  SchemaKind k = SchemaKind::Style;
  QVERIFY(parseSchemaKind("custom", &k));
  QCOMPARE(k, SchemaKind::Custom);
}

void TestLabelSchema::presetCoveringRemapsIds() {
  std::vector<int> remap;
  // First appearance 有帮助, 售前 (English spelling works too): style ids 3, 0.
  const LabelSchema seen = LabelSchema::fromNames({"有帮助", "sales_oriented"});
  const LabelSchema* preset = LabelSchema::presetCovering(seen, &remap);
  QVERIFY(preset);
  QCOMPARE(preset->kind(), SchemaKind::Style);
  QCOMPARE(remap, (std::vector<int>{3, 0}));
  QVERIFY(LabelSchema::presetCovering(LabelSchema::fromNames({"错误"}), &remap));
  QCOMPARE(remap, std::vector<int>{1});
  QVERIFY(!LabelSchema::presetCovering(LabelSchema::fromNames({"售前", "spam"}), &remap));
  QVERIFY(!LabelSchema::presetCovering(LabelSchema(SchemaKind::Custom, {}), &remap));
}

void TestLabelSchema::correctnessGainingALabelIsCustom() {
  LabelSchema c = LabelSchema::correctness();
  c.addLabel("部分正确", "partly_correct");
  QCOMPARE(c.kind(), SchemaKind::Custom);  // a third verdict makes no reward pair
  LabelSchema s = LabelSchema::style();
  s.addLabel("幽默", "humorous");
  QCOMPARE(s.kind(), SchemaKind::Style);
}

void TestLabelSchema::userLabelMappingReadsAsCustom() {
  QTemporaryDir dir;
  const QString path = dir.filePath("label_mapping.json");
  const LabelSchema poets = LabelSchema::fromNames({"李白", "杜甫", "王维"});
  poets.writeLabelMapping(path);
  const LabelSchema back = LabelSchema::readLabelMapping(path);
  QCOMPARE(back.kind(), SchemaKind::Custom);
  QCOMPARE(back.size(), 3);
  QCOMPARE(back.nameOf(2), QString("王维"));
  QCOMPARE(back.labelMappingJson(), poets.labelMappingJson());
}
