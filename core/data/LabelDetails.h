#pragma once
// What annotators see of a label besides its name: a description, a colour,
// a key of its own and where it stands in the order labels are shown
// (buttons, keys 1-9, the quick picker). Kept apart from the class id, which
// never changes once samples, models and the append-only history refer to it.
// And the history of a label's names.
#include <QDateTime>
#include <QString>

namespace assay::data {

struct LabelDetails {
  int id = -1;
  QString description;  // shown to annotators; empty: none
  QString color;        // "#rrggbb"; empty: the panes' palette
  QString key;          // one letter or digit typed to apply it; empty: by position (1-9)
  int position = 0;     // display order, 0-based; equal to the id until reordered
};

struct LabelRename {
  int labelId = -1;
  QString oldName, oldEnglish, newName, newEnglish;
  QString renamedBy;
  QDateTime time;  // UTC
};

// Keys the annotate pane keeps for itself (skip, note, picker, Y/N, arrows).
bool isReservedLabelKey(const QString& key);

}  // namespace assay::data
