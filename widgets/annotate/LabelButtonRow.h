#pragma once
// The annotate pane's row of label buttons: one per label on keys 1-9 in
// display order (LabelKeymap), a "more labels" button for the picker, the
// label's colour as a bar along the bottom. The model's suggestion gets a
// green outline, the record's current label a blue fill (property
// "current"), so a re-annotator sees at once what the record holds.
#include <QWidget>
#include <vector>

class QPushButton;

namespace assay {

class LabelKeymap;

class LabelButtonRow : public QWidget {
  Q_OBJECT
 public:
  explicit LabelButtonRow(QWidget* parent = nullptr);

  // Buttons for `keymap`'s labels (`labelCount` labels in the project).
  void rebuild(const LabelKeymap& keymap, int labelCount);
  void clear();
  // Outlines `suggested` and fills `current` (-1: none of either).
  void mark(int suggested, int current);
  // The button of a label, nullptr for a label reached through the picker.
  QPushButton* button(int label) const;

 Q_SIGNALS:
  void labelClicked(int label);
  void moreClicked();

 private:
  std::vector<QPushButton*> buttons_;  // by label id
};

}  // namespace assay
