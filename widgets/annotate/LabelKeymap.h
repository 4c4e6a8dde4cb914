#pragma once
// Which key applies which label in the annotate pane, and what its buttons
// say: labels in the project's display order, the first nine on keys 1-9,
// any label's own key (a letter or digit set in the label editor), Y / N for
// a correctness project's verdicts. No widgets: the pane presents it.
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

#include "data/LabelDetails.h"
#include "data/LabelSchema.h"

namespace assay {

struct LabelButtonSpec {
  int id = -1;
  QString caption;      // "key\nname\nenglish"
  QString description;  // tooltip; empty: none
  QString colour;       // "#rrggbb" or empty
};

class LabelKeymap {
 public:
  static constexpr int kNumberKeys = 9;

  LabelKeymap() = default;
  LabelKeymap(const data::LabelSchema& schema, const std::vector<data::LabelDetails>& details,
              const std::vector<int>& order);

  // The label a key press applies (a Qt::Key value), -1 when none.
  int labelForKey(int qtKey) const { return keys_.value(qtKey, -1); }
  // One button per label on keys 1-9, in display order.
  const std::vector<LabelButtonSpec>& buttons() const { return buttons_; }
  // Labels reached only through the quick picker (or their own key).
  int pickerOnly() const { return pickerOnly_; }
  // "name — description" lines of the labels that have a description.
  QStringList descriptions() const { return descriptions_; }

 private:
  QHash<int, int> keys_;
  std::vector<LabelButtonSpec> buttons_;
  int pickerOnly_ = 0;
  QStringList descriptions_;
};

}  // namespace assay
