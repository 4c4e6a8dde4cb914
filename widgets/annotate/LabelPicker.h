#pragma once
// The annotate pane's quick picker for label sets beyond the nine number
// keys: a popup with a filter field over every label (Chinese name or
// English identifier, any part of it); Enter takes the highlighted label,
// Esc closes. Reports the choice by signal.
#include <QDialog>
#include <vector>

class QLineEdit;
class QListWidget;

namespace assay {

namespace data {
class LabelSchema;
}

class LabelPicker : public QDialog {
  Q_OBJECT
 public:
  explicit LabelPicker(QWidget* parent = nullptr);
  // Shows every label of `schema` in `order` (label ids, the project's
  // display order) and opens, the filter field focused.
  void pick(const data::LabelSchema& schema, const std::vector<int>& order);
  // Rows shown under the current filter (for tests and the status line).
  int visibleCount() const;

 Q_SIGNALS:
  void picked(int labelId);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void applyFilter(const QString& text);
  void accept() override;

  QLineEdit* filter_ = nullptr;
  QListWidget* list_ = nullptr;
};

}  // namespace assay
