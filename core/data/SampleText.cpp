#include "data/SampleText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace assay {

bool splitQuestionAnswer(const QString& text, QString* question, QString* answer) {
  static const QString kQuestion[] = {QStringLiteral("用户问题："), QStringLiteral("用户问题:")};
  static const QString kAnswer[] = {QStringLiteral("\n回答："), QStringLiteral("\n回答:")};
  for (const QString& q : kQuestion) {
    if (!text.startsWith(q)) continue;
    for (const QString& a : kAnswer) {
      const int at = text.indexOf(a, q.size());
      if (at < 0) continue;
      *question = text.mid(q.size(), at - q.size()).trimmed();
      *answer = text.mid(at + a.size()).trimmed();
      return true;
    }
  }
  return false;
}

QString metadataText(const QByteArray& extraJson) {
  const QJsonObject extra = QJsonDocument::fromJson(extraJson).object();
  QStringList lines;
  for (auto it = extra.begin(); it != extra.end(); ++it) {
    if (it.value().isObject()) {
      const QJsonObject inner = it.value().toObject();
      for (auto j = inner.begin(); j != inner.end(); ++j)
        lines << QStringLiteral("%1: %2").arg(j.key(), j.value().toVariant().toString());
    } else {
      lines << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
    }
  }
  return lines.join(QStringLiteral("   ·   "));
}

}  // namespace assay
