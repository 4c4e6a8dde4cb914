// The request parser of `assay-cli serve`: each endpoint's accepted bodies
// and the texts they score (a /score response joined to its prompt as TRL
// import joins it), and every refusal with its status code and message.
#include <QtTest>

#include "serve/ServeRequest.h"
#include "TestRegistry.h"

using namespace assay::serve;

namespace {
ServeRequest accepted(Endpoint endpoint, const QByteArray& body) {
  ServeRequest request;
  RequestError error;
  if (!parseServeRequest(endpoint, body, kDefaultMaxBodyBytes, &request, &error))
    qWarning().noquote() << "refused:" << error.status << error.message;
  return request;
}
}  // namespace

class TestServeRequest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void predictText();
  void predictBatchTexts();
  void scoreJoinsPromptAndResponse();
  void scoreTrlRecords();
  void refusals_data();
  void refusals();
  void bodyOverTheLimit();
  void errorBodyIsJson();
};

void TestServeRequest::predictText() {
  const ServeRequest r = accepted(Endpoint::Predict, "{\"text\": \"上联：春风\", \"extra\": 1}");
  QCOMPARE(r.texts, QStringList{QStringLiteral("上联：春风")});
}

void TestServeRequest::predictBatchTexts() {
  const ServeRequest r = accepted(Endpoint::PredictBatch, "{\"texts\": [\"a\", \"b c\", \"d\"]}");
  QCOMPARE(r.texts, (QStringList{"a", "b c", "d"}));
}

void TestServeRequest::scoreJoinsPromptAndResponse() {
  // Plain strings join as TRL's standard format joins them: no separator.
  QCOMPARE(accepted(Endpoint::Score, "{\"prompt\": \"2+2=\", \"response\": \" 4\"}").texts, QStringList{"2+2= 4"});
  QCOMPARE(accepted(Endpoint::Score, "{\"response\": \"only a response\"}").texts, QStringList{"only a response"});
}

void TestServeRequest::scoreTrlRecords() {
  QCOMPARE(accepted(Endpoint::Score, "{\"prompt\": \"Q: \", \"completion\": \"A\"}").texts, QStringList{"Q: A"});
  QCOMPARE(accepted(Endpoint::Score, "{\"prompt\": \"Q: \", \"chosen\": \"yes\"}").texts, QStringList{"Q: yes"});
  // Conversational: the contents joined by one space, prompt and response alike.
  const QByteArray conversation =
      "{\"prompt\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"chosen\": [{\"role\": \"assistant\", \"content\": "
      "\"Hello\"}]}";
  QCOMPARE(accepted(Endpoint::Score, conversation).texts, QStringList{"Hi Hello"});
  const QByteArray messages =
      "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\", \"content\": \"Hello "
      "there\"}]}";
  QCOMPARE(accepted(Endpoint::Score, messages).texts, QStringList{"Hi Hello there"});
}

void TestServeRequest::refusals_data() {
  QTest::addColumn<int>("endpoint");
  QTest::addColumn<QByteArray>("body");
  QTest::addColumn<int>("status");
  QTest::addColumn<QString>("message");
  const int predict = int(Endpoint::Predict), batch = int(Endpoint::PredictBatch), score = int(Endpoint::Score);
  QTest::newRow("malformed") << predict << QByteArray("{\"text\": ") << 400 << "malformed JSON";
  QTest::newRow("empty body") << predict << QByteArray() << 400 << "malformed JSON";
  QTest::newRow("not an object") << predict << QByteArray("[1]") << 400 << "the body must be a JSON object, got array";
  QTest::newRow("missing text") << predict << QByteArray("{\"txt\": \"a\"}") << 400 << "missing field \"text\"";
  QTest::newRow("text a number") << predict << QByteArray("{\"text\": 3}") << 400
                                 << "\"text\" must be a string, got number";
  QTest::newRow("blank text") << predict << QByteArray("{\"text\": \"  \"}") << 400 << "\"text\" is empty";
  QTest::newRow("missing texts") << batch << QByteArray("{\"text\": \"a\"}") << 400 << "missing field \"texts\"";
  QTest::newRow("texts a string") << batch << QByteArray("{\"texts\": \"a\"}") << 400
                                  << "\"texts\" must be a list of strings, got string";
  QTest::newRow("texts empty") << batch << QByteArray("{\"texts\": []}") << 400 << "\"texts\" is empty";
  QTest::newRow("texts item") << batch << QByteArray("{\"texts\": [\"a\", null]}") << 400
                              << "\"texts[1]\" must be a string, got null";
  QTest::newRow("score nothing") << score << QByteArray("{\"prompt\": \"a\"}") << 400
                                 << "missing field \"response\" (or a TRL \"chosen\", \"completion\" or \"messages\")";
  QTest::newRow("response a number") << score << QByteArray("{\"prompt\": \"a\", \"response\": 1}") << 400
                                     << "\"response\" must be a string or a list of messages, got number";
  QTest::newRow("prompt an object") << score << QByteArray("{\"prompt\": {}, \"response\": \"b\"}") << 400
                                    << "\"prompt\" must be a string or a list of messages, got object";
}

void TestServeRequest::refusals() {
  QFETCH(int, endpoint);
  QFETCH(QByteArray, body);
  QFETCH(int, status);
  QFETCH(QString, message);
  ServeRequest request;
  RequestError error;
  QVERIFY(!parseServeRequest(Endpoint(endpoint), body, kDefaultMaxBodyBytes, &request, &error));
  QCOMPARE(error.status, status);
  QCOMPARE(error.message, message);
}

void TestServeRequest::bodyOverTheLimit() {
  ServeRequest request;
  RequestError error;
  QVERIFY(!parseServeRequest(Endpoint::Predict, "{\"text\": \"0123456789\"}", 10, &request, &error));
  QCOMPARE(error.status, 413);
  QCOMPARE(error.message, QString("request body of 22 bytes is over the limit of 10 bytes"));
}

void TestServeRequest::errorBodyIsJson() {
  QCOMPARE(errorBody(QStringLiteral("bad \"x\"")), QByteArray("{\"error\":\"bad \\\"x\\\"\"}"));
}

ASSAY_TEST_APPLESS_MAIN(TestServeRequest)
#include "tst_serve_request.moc"
