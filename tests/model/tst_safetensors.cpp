// safetensors reader/writer: round trips per dtype, header validation of
// corrupt files (each case must fail with a message naming the problem).
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include "model/SafetensorsReader.h"
#include "model/SafetensorsWriter.h"
#include "TestRegistry.h"

using namespace assay;

namespace {

QByteArray fileWithHeader(const QByteArray& header, const QByteArray& data, int64_t lengthOverride = -1) {
  const uint64_t n = lengthOverride >= 0 ? static_cast<uint64_t>(lengthOverride) : static_cast<uint64_t>(header.size());
  QByteArray out;
  for (int i = 0; i < 8; ++i) out.append(static_cast<char>((n >> (8 * i)) & 0xff));
  return out + header + data;
}

void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(bytes);
}

}  // namespace

class TestSafetensors : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void roundTripsEachDtype_data();
  void roundTripsEachDtype();
  void roundTripsManyTensorsAndMetadata();
  void headerIsPaddedToEightBytes();
  void rejectsCorruptFiles_data();
  void rejectsCorruptFiles();
  void namesTheMissingTensor();
};

void TestSafetensors::roundTripsEachDtype_data() {
  QTest::addColumn<int>("dtype");
  QTest::addColumn<QString>("name");
  QTest::newRow("F32") << int(torch::kFloat) << "F32";
  QTest::newRow("F16") << int(torch::kHalf) << "F16";
  QTest::newRow("BF16") << int(torch::kBFloat16) << "BF16";
  QTest::newRow("I64") << int(torch::kLong) << "I64";
  QTest::newRow("I32") << int(torch::kInt) << "I32";
}

void TestSafetensors::roundTripsEachDtype() {
  QFETCH(int, dtype);
  QFETCH(QString, name);
  const auto type = static_cast<torch::ScalarType>(dtype);
  torch::manual_seed(1);
  auto t = (torch::randn({3, 5}) * 100).to(type);
  QTemporaryDir dir;
  const QString path = dir.filePath("t.safetensors");
  writeSafetensors(path, {{"w", t}});
  SafetensorsReader reader(path);
  QCOMPARE(QString::fromStdString(reader.entry("w").dtype), name);
  const auto back = reader.tensor("w");
  QCOMPARE(back.scalar_type(), type);
  QCOMPARE(back.sizes().vec(), (std::vector<int64_t>{3, 5}));
  QVERIFY(torch::equal(back, t));
}

void TestSafetensors::roundTripsManyTensorsAndMetadata() {
  QTemporaryDir dir;
  const QString path = dir.filePath("m.safetensors");
  auto a = torch::arange(7, torch::kFloat);
  auto b = torch::tensor({1, -2}, torch::kLong);
  auto scalar = torch::tensor(3.5f);
  auto empty = torch::empty({0, 4});
  writeSafetensors(path, {{"z.last", a}, {"a.first", b}, {"s", scalar}, {"e", empty}}, {{"format", "pt"}, {"k", "v"}});
  SafetensorsReader reader(path);
  QCOMPARE(reader.names(), (std::vector<std::string>{"a.first", "e", "s", "z.last"}));
  QVERIFY(torch::equal(reader.tensor("z.last"), a));
  QVERIFY(torch::equal(reader.tensor("a.first"), b));
  QCOMPARE(reader.tensor("s").dim(), 0);
  QCOMPARE(reader.tensor("s").item<float>(), 3.5f);
  QCOMPARE(reader.tensor("e").sizes().vec(), (std::vector<int64_t>{0, 4}));
  QCOMPARE(reader.metadata().at("k"), std::string("v"));
}

void TestSafetensors::headerIsPaddedToEightBytes() {
  QTemporaryDir dir;
  const QString path = dir.filePath("p.safetensors");
  writeSafetensors(path, {{"x", torch::ones({3})}});
  QFile f(path);
  QVERIFY(f.open(QIODevice::ReadOnly));
  const QByteArray bytes = f.readAll();
  uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<uchar>(bytes[i]);
  QCOMPARE(n % 8, uint64_t(0));
  QCOMPARE(uint64_t(bytes.size()), 8 + n + 12);
}

void TestSafetensors::rejectsCorruptFiles_data() {
  QTest::addColumn<QByteArray>("bytes");
  QTest::addColumn<QString>("expected");
  const QByteArray eight(8, '\0');
  const QByteArray good = R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
  QTest::newRow("shorter than length field") << QByteArray("\x01\x02\x03", 3) << "too short";
  QTest::newRow("truncated data") << fileWithHeader(good, QByteArray(5, '\0')) << "run past";
  QTest::newRow("header length past end") << fileWithHeader(good, eight, 4096) << "runs past the end";
  QTest::newRow("oversized header length") << fileWithHeader(good, eight, int64_t(1) << 40) << "exceeds";
  QTest::newRow("bad JSON") << fileWithHeader(R"({"w":{"dtype":)", eight) << "not valid JSON";
  QTest::newRow("not an object") << fileWithHeader("[1,2,3]", eight) << "not a JSON object";
  QTest::newRow("bad dtype") << fileWithHeader(R"({"w":{"dtype":"F33","shape":[2],"data_offsets":[0,8]}})", eight)
                             << "unsupported dtype \"F33\"";
  QTest::newRow("size mismatch") << fileWithHeader(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", eight)
                                 << "shape needs 12";
  QTest::newRow("reversed offsets") << fileWithHeader(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})",
                                                      eight)
                                    << "end before they begin";
  QTest::newRow("lying end offset") << fileWithHeader(R"({"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})",
                                                      eight)
                                    << "run past the 8-byte";
  QTest::newRow("overlap")
      << fileWithHeader(
             R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
             eight)
      << "overlap or gap";
  QTest::newRow("gap") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", eight)
                       << "overlap or gap";
  QTest::newRow("trailing bytes") << fileWithHeader(good, QByteArray(12, '\0')) << "data section has 12";
  QTest::newRow("negative dim") << fileWithHeader(R"({"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", eight)
                                << "non-negative";
  QTest::newRow("overflowing shape")
      << fileWithHeader(R"({"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}})", eight)
      << "too large";
  QTest::newRow("missing offsets") << fileWithHeader(R"({"w":{"dtype":"F32","shape":[2]}})", eight) << "data_offsets";
  QTest::newRow("bad metadata") << fileWithHeader(R"({"__metadata__":{"a":1}})", QByteArray()) << "__metadata__";
}

void TestSafetensors::rejectsCorruptFiles() {
  QFETCH(QByteArray, bytes);
  QFETCH(QString, expected);
  QTemporaryDir dir;
  const QString path = dir.filePath("bad.safetensors");
  writeBytes(path, bytes);
  try {
    SafetensorsReader reader(path);
    QFAIL("corrupt file was accepted");
  } catch (const std::runtime_error& e) {
    const QString message = QString::fromUtf8(e.what());
    QVERIFY2(message.startsWith(path), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
  }
}

void TestSafetensors::namesTheMissingTensor() {
  QTemporaryDir dir;
  const QString path = dir.filePath("n.safetensors");
  writeSafetensors(path, {{"x", torch::ones({1})}});
  SafetensorsReader reader(path);
  QVERIFY(!reader.contains("y"));
  try {
    reader.tensor("y");
    QFAIL("missing tensor was returned");
  } catch (const std::runtime_error& e) {
    QVERIFY(QString::fromUtf8(e.what()).contains("\"y\""));
  }
}

ASSAY_TEST_APPLESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
