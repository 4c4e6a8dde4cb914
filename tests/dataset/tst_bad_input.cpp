// Bad input: every broken record is reported with file, line, record index
// and problem; the good records of the same file are still read; files that
// cannot be read at all are reported as such.
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

#include "data/DataFormat.h"
#include "TestRegistry.h"

using namespace assay::data;
Q_DECLARE_METATYPE(assay::data::Format)
Q_DECLARE_METATYPE(assay::data::IssueKind)

class TestBadInput : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }
  void badRecords_data();
  void badRecords();
  void unreadableFiles_data();
  void unreadableFiles();
  void fileWithoutPermission();
  void issueToStringNamesLocation();

 private:
  QString write(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
  }
  QTemporaryDir dir_;
};

void TestBadInput::badRecords_data() {
  QTest::addColumn<QByteArray>("content");
  QTest::addColumn<Format>("format");
  QTest::addColumn<IssueKind>("kind");
  QTest::addColumn<int>("line");
  QTest::addColumn<int>("record");
  QTest::addColumn<QString>("messagePart");
  QTest::addColumn<int>("good");

  QTest::newRow("invalid JSON: unterminated string")
      << QByteArray("{\"text\":\"好的一条\"}\n{\"text\": \"坏的 , }\n{\"text\":\"另一条\"}\n") << Format::Auto
      << IssueKind::InvalidJson << 2 << 2 << "invalid JSON" << 2;
  QTest::newRow("invalid JSON: missing brace")
      << QByteArray("{\"text\":\"a\"\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n") << Format::Text << IssueKind::InvalidJson
      << 1 << 1 << "invalid JSON" << 2;
  QTest::newRow("invalid JSON: garbage line")
      << QByteArray("{\"text\":\"a\"}\nnot json at all\n{\"text\":\"b\"}\n") << Format::Auto << IssueKind::InvalidJson
      << 2 << 2 << "outside a record" << 2;
  // Valid JSON followed by text on the same line: one bad record, counted
  // once (skipped), not imported as well.
  QTest::newRow("invalid JSON: text after a record")
      << QByteArray("{\"text\":\"a\"}\n{\"text\":\"b\"} and then some words\n{\"text\":\"c\"}\n") << Format::Auto
      << IssueKind::InvalidJson << 2 << 2 << "text after the record" << 2;
  QTest::newRow("invalid JSON: text after a pretty record")
      << QByteArray("{\n  \"text\": \"a\"\n}\n{\n  \"text\": \"b\"\n} x\n{\"text\":\"c\"}\n") << Format::Text
      << IssueKind::InvalidJson << 6 << 2 << "text after the record" << 2;
  QTest::newRow("invalid JSON: bad value in array")
      << QByteArray(
             "[\n  {\"input\": \"a\", \"label\": \"售前\"},\n  {\"input\": tru, \"label\": \"售前\"},\n"
             "  {\"input\": \"c\", \"label\": \"售后\"}\n]\n")
      << Format::StyleJson << IssueKind::InvalidJson << 3 << 2 << "invalid JSON" << 2;
  // nlohmann throws out_of_range (not parse_error) for these; fuzz_import_* found it.
  QTest::newRow("number beyond double's range")
      << QByteArray("{\"text\":\"ok\"}\n{\"text\":\"a\",\"score\":1e309}\n{\"text\":\"b\"}\n") << Format::Auto
      << IssueKind::InvalidJson << 2 << 2 << "out of range" << 2;
  QTest::newRow("negative number beyond range in array")
      << QByteArray(
             "[\n{\"input\": \"a\", \"label\": \"售前\"},\n{\"input\": \"b\", \"label\": \"售前\", \"x\": -1e400}\n]\n")
      << Format::StyleJson << IssueKind::InvalidJson << 3 << 2 << "out of range" << 1;
  QTest::newRow("truncated style array")
      << QByteArray("[\n  {\"input\": \"a\", \"label\": \"售前\"},\n  {\"input\": \"b\", \"lab") << Format::Auto
      << IssueKind::InvalidJson << 3 << 2 << "truncated" << 1;
  QTest::newRow("truncated TRL object")
      << QByteArray("{\"chosen\": \"x\", \"rejected\": \"y\"}\n{\n    \"chosen\": [\n        {\n") << Format::Trl
      << IssueKind::InvalidJson << 4 << 2 << "truncated" << 1;
  QTest::newRow("wrong type: input is a number")
      << QByteArray("[{\"input\": \"ok\", \"label\": \"诚实\"},\n{\"input\": 123, \"label\": \"售前\"}]")
      << Format::Auto << IssueKind::WrongType << 2 << 2 << "\"input\" must be a string" << 1;
  QTest::newRow("wrong type: label is a list")
      << QByteArray("[{\"input\": \"x\", \"label\": [\"售前\"]}, {\"input\": \"y\"}]") << Format::StyleJson
      << IssueKind::WrongType << 1 << 1 << "\"label\" must be a string" << 1;
  QTest::newRow("wrong type: chosen is a number")
      << QByteArray("{\"chosen\": 5, \"rejected\": \"x\"}\n{\"chosen\": \"a\", \"rejected\": \"b\"}\n") << Format::Trl
      << IssueKind::WrongType << 1 << 1 << "\"chosen\" must be a string or a list" << 1;
  QTest::newRow("wrong type: message without role")
      << QByteArray("{\"chosen\": [{\"content\": \"a\"}], \"rejected\": \"x\"}\n") << Format::Trl
      << IssueKind::MissingField << 1 << 1 << "\"chosen\"[0]" << 0;
  QTest::newRow("wrong type: KTO label is a string")
      << QByteArray(
             "{\"prompt\":\"p\",\"completion\":\"c\",\"label\":\"yes\"}\n{\"prompt\":\"p\",\"completion\":\"c\","
             "\"label\":false}\n")
      << Format::Kto << IssueKind::WrongType << 1 << 1 << "\"label\" must be true or false" << 1;
  QTest::newRow("wrong type: record is not an object")
      << QByteArray("[\"just a string\", {\"input\": \"ok\"}]") << Format::Auto << IssueKind::WrongType << 1 << 1
      << "must be a JSON object" << 1;
  QTest::newRow("missing field: no input")
      << QByteArray("[\n{\"label\": \"售前\"},\n{\"input\": \"ok\", \"label\": \"售前\"}\n]") << Format::StyleJson
      << IssueKind::MissingField << 2 << 1 << "missing field \"input\"" << 1;
  QTest::newRow("missing field: no rejected")
      << QByteArray("{\"chosen\": \"a\"}\n{\"chosen\": \"a\", \"rejected\": \"b\"}\n") << Format::Auto
      << IssueKind::MissingField << 1 << 1 << "missing field \"rejected\"" << 1;
  QTest::newRow("missing field: address without verdict")
      << QByteArray("[{\"address\": \"北京市海淀区学院路29号\"}]\n[{\"address\": \"上海市\", \"chosen\": true}]\n")
      << Format::Auto << IssueKind::MissingField << 1 << 1 << "\"chosen\": true or \"rejected\": true" << 1;
  QTest::newRow("unknown label")
      << QByteArray("[{\"input\": \"a\", \"label\": \"售中\"},\n {\"input\": \"b\", \"label\": \"售前\"}]")
      << Format::Auto << IssueKind::UnknownLabel << 1 << 1 << "unknown label \"售中\"" << 1;
  QTest::newRow("label and label_english disagree")
      << QByteArray(
             "[{\"input\": \"b\", \"label\": \"售前\"},\n {\"input\": \"a\", \"label\": \"售前\", \"label_english\": "
             "\"helpful\"}]")
      << Format::Auto << IssueKind::UnknownLabel << 2 << 2 << "name different labels" << 1;
  QTest::newRow("invalid UTF-8 in JSON") << QByteArray("{\"text\":\"ok\"}\n{\"text\":\"ab\xff\xfe\"}\n") << Format::Auto
                                         << IssueKind::InvalidUtf8 << 2 << 2 << "UTF-8" << 1;
  QTest::newRow("invalid UTF-8 in text lines") << QByteArray("好的\nbad \xc3\x28 byte\n还好\n") << Format::Text
                                               << IssueKind::InvalidUtf8 << 2 << 2 << "invalid UTF-8 at byte 5" << 2;
  QTest::newRow("overlong UTF-8 in text lines")
      << QByteArray("\xc0\xaf\nok\n") << Format::Auto << IssueKind::InvalidUtf8 << 1 << 1 << "invalid UTF-8" << 1;
  QTest::newRow("empty text")
      << QByteArray("[{\"input\": \"\", \"label\": \"售前\"}, {\"input\": \"x\", \"label\": \"售前\"}]") << Format::Auto
      << IssueKind::EmptyText << 1 << 1 << "\"input\" is empty" << 1;
  QTest::newRow("blank text (ideographic spaces)") << QByteArray("{\"text\": \"\xe3\x80\x80 \"}\n{\"text\": \"x\"}\n")
                                                   << Format::Auto << IssueKind::EmptyText << 1 << 1 << "is empty" << 1;
  QTest::newRow("empty pair") << QByteArray("{\"chosen\": \"\", \"rejected\": \"\"}\n") << Format::Trl
                              << IssueKind::EmptyText << 1 << 1 << "both empty" << 0;
  const QByteArray huge =
      "{\"text\": \"ok\"}\n{\"text\": \"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}\n{\"text\": \"fine\"}\n";
  QTest::newRow("10 MB text") << huge << Format::Auto << IssueKind::TextTooLong << 2 << 2 << "10485760 bytes" << 2;
  const QByteArray hugeLine = "short\n" + QByteArray(10 * 1024 * 1024, 'b') + "\n";
  QTest::newRow("10 MB text line") << hugeLine << Format::Text << IssueKind::TextTooLong << 2 << 2 << "above the" << 1;
}

void TestBadInput::badRecords() {
  QFETCH(QByteArray, content);
  QFETCH(Format, format);
  QFETCH(IssueKind, kind);
  QFETCH(int, line);
  QFETCH(int, record);
  QFETCH(QString, messagePart);
  QFETCH(int, good);
  const QString path =
      write(QString("bad_%1.jsonl").arg(QTest::currentDataTag()).replace(' ', '_').replace(':', '_'), content);
  const ImportResult r = readSamplesFile(path, format);
  QVERIFY(!r.fileUnreadable);
  QVERIFY2(!r.issues.empty(), "the bad record must be reported");
  for (const ImportIssue& i : r.issues) qDebug("%s", qPrintable(i.toString().left(200)));
  QCOMPARE(r.issues.size(), size_t(1));
  const ImportIssue& issue = r.issues.front();
  QCOMPARE(issue.file, path);
  QCOMPARE(issue.kind, kind);
  QCOMPARE(issue.line, line);
  QCOMPARE(issue.record, record);
  QVERIFY2(issue.message.contains(messagePart), qPrintable(issue.message.left(300)));
  QCOMPARE(static_cast<int>(r.samples.size()), good);
}

void TestBadInput::unreadableFiles_data() {
  QTest::addColumn<QString>("what");
  QTest::addColumn<QString>("messagePart");
  QTest::newRow("0-byte file") << "empty"
                               << "empty (0 bytes)";
  QTest::newRow("white space only") << "blank"
                                    << "no records";
  QTest::newRow("directory") << "dir"
                             << "is a directory";
  QTest::newRow("missing file") << "missing"
                                << "no such file";
  QTest::newRow("not JSON for a JSON format") << "notjson"
                                              << "not a trl file";
}

void TestBadInput::unreadableFiles() {
  QFETCH(QString, what);
  QFETCH(QString, messagePart);
  QString path;
  Format format = Format::Auto;
  if (what == "empty") path = write("empty.json", QByteArray());
  else if (what == "blank") path = write("blank.json", "  \n\n\t\n");
  else if (what == "dir") {
    path = dir_.filePath("a_directory.json");
    QVERIFY(QDir().mkpath(path));
  } else if (what == "missing") path = dir_.filePath("does_not_exist.json");
  else {
    path = write("plain.txt", "just a line of text\n");
    format = Format::Trl;
  }
  const ImportResult r = readSamplesFile(path, format);
  QVERIFY(r.fileUnreadable);
  QVERIFY(r.samples.empty());
  QCOMPARE(r.issues.size(), size_t(1));
  QCOMPARE(r.issues[0].kind, IssueKind::Unreadable);
  QCOMPARE(r.issues[0].file, path);
  QVERIFY2(r.issues[0].message.contains(messagePart), qPrintable(r.issues[0].message));
  QVERIFY(r.issues[0].toString().startsWith(path + ":"));
}

void TestBadInput::fileWithoutPermission() {
  if (geteuid() == 0) QSKIP("running as root: chmod 000 does not stop root from reading a file");
  const QString path = write("secret.jsonl", "{\"text\": \"x\"}\n");
  QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
  const ImportResult r = readSamplesFile(path);
  QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  QVERIFY(r.fileUnreadable);
  QCOMPARE(r.issues.size(), size_t(1));
  QVERIFY2(r.issues[0].message.contains("cannot open"), qPrintable(r.issues[0].message));
  QVERIFY(r.issues[0].message.contains("ermission"));
}

void TestBadInput::issueToStringNamesLocation() {
  const ImportIssue issue{"data/x.jsonl", 12, 7, IssueKind::UnknownLabel, "unknown label \"售中\""};
  QCOMPARE(issue.toString(), QString("data/x.jsonl:12: record 7: unknown label \"售中\""));
  const ImportIssue whole{"data/y.json", 0, 0, IssueKind::Unreadable, "file is empty (0 bytes)"};
  QCOMPARE(whole.toString(), QString("data/y.json: file is empty (0 bytes)"));
}

ASSAY_TEST_APPLESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
