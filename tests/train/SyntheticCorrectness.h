#pragma once
// A small, clearly separable correctness data set written in the TRL
// correctness layout (chosen/rejected, assistant 正确/错误, scores 1/0; one
// JSON object per line): a phone number of 11 digits is 正确, one with
// letters in it is 错误. Shared by the train and review tests.
#include <QFile>
#include <QString>
#include <nlohmann/json.hpp>
#include <random>

namespace assay::testdata {

inline QString phoneRecord(std::mt19937& rng, bool correct) {
  static const char* const kNames[] = {"张三", "李四", "王五", "赵六", "陈七", "刘八"};
  QString number = QStringLiteral("1");
  for (int i = 0; i < 10; ++i) {
    const bool letter = !correct && (i % 3 == int(rng() % 3));
    number += letter ? QChar('a' + int(rng() % 26)) : QChar('0' + int(rng() % 10));
  }
  return QString::fromUtf8(kNames[rng() % 6]) + QStringLiteral("，联系电话：") + number;
}

inline nlohmann::json trlRecord(const QString& content, bool correct) {
  auto side = [&](const char* verdict) {
    return nlohmann::json::array(
        {{{"content", content.toStdString()}, {"role", "user"}}, {{"content", verdict}, {"role", "assistant"}}});
  };
  return {{"chosen", side(correct ? "正确" : "错误")},
          {"rejected", side(correct ? "错误" : "正确")},
          {"score_chosen", 1},
          {"score_rejected", 0}};
}

// Writes `count` records (alternating 正确/错误) to `path`; returns false on I/O failure.
inline bool writeCorrectnessTrl(const QString& path, int count, unsigned seed) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return false;
  std::mt19937 rng(seed);
  for (int i = 0; i < count; ++i) {
    const bool correct = i % 2 == 0;
    f.write(QByteArray::fromStdString(trlRecord(phoneRecord(rng, correct), correct).dump() + "\n"));
  }
  return true;
}

}  // namespace assay::testdata
