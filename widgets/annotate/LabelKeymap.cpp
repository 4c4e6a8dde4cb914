#include "annotate/LabelKeymap.h"

#include <Qt>

namespace assay {

LabelKeymap::LabelKeymap(const data::LabelSchema& schema, const std::vector<data::LabelDetails>& details,
                         const std::vector<int>& order) {
  const bool correctness = schema.kind() == data::SchemaKind::Correctness;
  if (correctness) {
    keys_.insert(Qt::Key_Y, 0);
    keys_.insert(Qt::Key_N, 1);
  }
  // A label's own key wins over a number key it shadows (Qt's key codes for
  // letters and digits are their upper-case code points).
  for (const data::LabelDetails& d : details)
    if (d.key.size() == 1 && d.id >= 0) keys_.insert(d.key.at(0).toUpper().unicode(), d.id);
  for (int position = 0; position < int(order.size()); ++position) {
    const int id = order[size_t(position)];
    const data::LabelDetails* d = id < int(details.size()) ? &details[size_t(id)] : nullptr;
    QStringList keyNames;
    if (position < kNumberKeys) {
      if (!keys_.contains(Qt::Key_1 + position)) keys_.insert(Qt::Key_1 + position, id);
      if (keys_.value(Qt::Key_1 + position) == id) keyNames << QString::number(position + 1);
    }
    if (d && d->key.size() == 1) keyNames << d->key.toUpper();
    if (correctness && id <= 1) keyNames.prepend(id == 0 ? QStringLiteral("Y") : QStringLiteral("N"));
    if (d && !d->description.isEmpty())
      descriptions_ << QStringLiteral("%1 — %2").arg(schema.nameOf(id), d->description);
    if (position >= kNumberKeys) {
      ++pickerOnly_;
      continue;
    }
    const QString name = schema.nameOf(id), english = schema.englishOf(id);
    buttons_.push_back({id,
                        QStringLiteral("%1\n%2\n%3")
                            .arg(keyNames.join(QStringLiteral(" / ")), name, english == name ? QString() : english),
                        d ? d->description : QString(), d ? d->color : QString()});
  }
}

}  // namespace assay
