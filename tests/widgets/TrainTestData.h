#pragma once
// A small style project the tiny model can train on in seconds: eight
// distinct question/answer records per style, split 80/20.
#include <QTemporaryDir>

#include "TestProject.h"

namespace assay::testing {

inline QString trainableStyleProject(const QTemporaryDir& dir, const QString& name) {
  static const char* const kAnswers[] = {
      "现在下单立减五十元，库存不多，建议尽快购买。", "收到破损可以申请退换货，我们承担运费并尽快处理。",
      "这个问题我不确定，建议您以官方说明书为准，避免误导。", "可以分三步操作：先备份，再清理缓存，最后重启设备。",
      "这种做法可能伤害他人，我不能提供帮助，请遵守法律。"};
  std::vector<data::Sample> samples;
  for (int label = 0; label < 5; ++label)
    for (int i = 0; i < 8; ++i)
      samples.push_back(textSample(
          QStringLiteral("用户问题：第%1个问题？\n回答：%2").arg(i).arg(QString::fromUtf8(kAnswers[label])), label));
  const QString path = makeProject(dir, name, data::SchemaKind::Style, samples);
  data::ProjectStore::open(path)->assignSplits(0.2, 42);
  return path;
}

}  // namespace assay::testing
