// `assay-cli tokenize`: one {"ids":[...]} line per input line, in order, the
// same ids as the library; JSON objects read through "text"; errors name the
// file and line; exit codes 0 / 1 / 2.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "TestRegistry.h"
#include "text/Tokenizer.h"

namespace {

const QString kQwen = QStringLiteral(ASSAY_TEST_DATA "/text/qwen2_5/tokenizer.json");
// Most cases use the small BPE file: the CLI's behaviour does not depend on
// the vocabulary, and loading Qwen's 7 MB file in every process is slow.
const QString kSmall = QStringLiteral(ASSAY_TEST_DATA "/text/bpe_small/tokenizer.json");

struct Run {
  int exitCode;
  QByteArray out, err;
};

Run runCli(const QStringList& args, const QByteArray& stdinData = {}) {
  QProcess p;
  p.start(QStringLiteral(ASSAY_CLI_PATH), args);
  if (!p.waitForStarted()) qFatal("cannot start %s", ASSAY_CLI_PATH);
  p.write(stdinData);
  p.closeWriteChannel();
  if (!p.waitForFinished(120000)) qFatal("assay-cli did not finish");
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
          p.readAllStandardError()};
}

QByteArray idsLine(const std::vector<int32_t>& ids) {
  return QByteArray::fromStdString(nlohmann::json{{"ids", ids}}.dump());
}

}  // namespace

class TestTokenizeCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    qwen_ = assay::loadTokenizer(kQwen);
    tok_ = assay::loadTokenizer(kSmall);
  }

  void linesInOrder_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("text");  // what the line must be read as
    QTest::newRow("jsonl text") << QByteArray(R"({"text": "你好，世界", "label": 1})") << QString("你好，世界");
    QTest::newRow("plain text") << QByteArray("Hello world") << QString("Hello world");
    QTest::newRow("json string is plain") << QByteArray(R"("quoted")") << QString(R"("quoted")");
    QTest::newRow("json array is plain") << QByteArray("[1, 2]") << QString("[1, 2]");
    QTest::newRow("broken object is plain") << QByteArray("{not json}") << QString("{not json}");
    QTest::newRow("escaped newline in json")
        << QByteArray(R"({"text": "a\nb\t<|im_end|>"})") << QString("a\nb\t<|im_end|>");
    QTest::newRow("empty line") << QByteArray("") << QString("");
    QTest::newRow("special token inline") << QByteArray("<|im_start|>user") << QString("<|im_start|>user");
    QTest::newRow("trailing spaces kept") << QByteArray("x   ") << QString("x   ");
  }
  void linesInOrder() {
    QFETCH(QByteArray, line);
    QFETCH(QString, text);
    // The line sits between two others so that order and count are checked too.
    const QByteArray input = "first\r\n" + line + "\nlast";
    const Run r = runCli({"tokenize", kSmall, "-"}, input);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 4);  // three lines and the final newline
    QCOMPARE(lines[0], idsLine(tok_->encode(std::string_view("first"))));
    QCOMPARE(lines[1], idsLine(tok_->encode(text)));
    QCOMPARE(lines[2], idsLine(tok_->encode(std::string_view("last"))));
    QCOMPARE(lines[3], QByteArray());
  }

  void fileInputAndModelDirectory() {
    QTemporaryDir dir;
    QVERIFY(QFile::copy(kQwen, dir.filePath("tokenizer.json")));
    QFile in(dir.filePath("in.jsonl"));
    QVERIFY(in.open(QIODevice::WriteOnly));
    QByteArray expected;
    for (int i = 0; i < 20000; ++i) {  // more than one internal batch
      const std::string text = "记录 " + std::to_string(i) + " record";
      in.write(QByteArray::fromStdString(nlohmann::json{{"text", text}}.dump()) + "\n");
      expected += idsLine(qwen_->encode(std::string_view(text))) + "\n";
    }
    in.close();
    const Run r = runCli({"tokenize", dir.path(), in.fileName()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
  }

  void objectWithoutTextFailsThatLineOnly() {
    const Run r = runCli({"tokenize", kSmall, "-"}, "ok\n{\"txt\": \"typo\"}\n{\"text\": 5}\nstill ok\n");
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], idsLine(tok_->encode(std::string_view("ok"))));
    QVERIFY(lines[1].startsWith("{\"error\":\"<stdin>:2: JSON object has no string \\\"text\\\" field"));
    QVERIFY(lines[2].startsWith("{\"error\":\"<stdin>:3:"));
    QCOMPARE(lines[3], idsLine(tok_->encode(std::string_view("still ok"))));
    QVERIFY2(r.err.contains("<stdin>:2: JSON object has no string \"text\" field"), r.err.constData());
  }

  void errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no arguments") << QStringList{"tokenize"} << 2 << "usage: assay-cli tokenize";
    QTest::newRow("one argument") << QStringList{"tokenize", kSmall} << 2 << "usage: assay-cli tokenize";
    QTest::newRow("unknown flag") << QStringList{"tokenize", kSmall, "-", "--fast"} << 2 << "unknown option --fast";
    QTest::newRow("missing tokenizer") << QStringList{"tokenize", "/no/such/tokenizer.json", "-"} << 1
                                       << "/no/such/tokenizer.json: cannot read tokenizer";
    QTest::newRow("missing input") << QStringList{"tokenize", kSmall, "/no/such/input.jsonl"} << 1
                                   << "/no/such/input.jsonl: cannot open input file";
    QTest::newRow("wrong kind") << QStringList{"tokenize",
                                               QStringLiteral(ASSAY_TEST_DATA "/text/wordpiece_tokenizer.json"), "-"}
                                << 1 << "model type 'WordPiece' is not supported";
  }
  void errors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
  }

 private:
  std::unique_ptr<assay::Tokenizer> qwen_, tok_;
};

ASSAY_TEST_APPLESS_MAIN(TestTokenizeCli)
#include "tst_tokenize_cli.moc"
