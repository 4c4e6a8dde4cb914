#pragma once
// Shown when the user starts training on a project with health warnings
// (core's DatasetHealth): lists them and lets the user train anyway, open
// the repeated records in the dataset pane, or not train. Opened window-
// modal with open(), so nothing blocks; chosen() reports the answer.
#include <QDialog>
#include <vector>

#include "data/DatasetHealth.h"

class QPushButton;
class QTreeWidget;

namespace assay {

class HealthWarningDialog : public QDialog {
  Q_OBJECT
 public:
  enum class Choice { Continue, ShowDuplicates, Cancel };
  // Codes whose examples "Show duplicates" opens: records repeated exactly
  // or nearly, and the few texts that make up most of the data.
  static const QStringList& duplicateCodes();

  explicit HealthWarningDialog(const data::HealthReport& report, QWidget* parent = nullptr);

  // The example records of duplicateCodes()' warnings, each once, in warning order.
  const std::vector<qint64>& duplicateIds() const { return duplicateIds_; }
  QTreeWidget* list() const { return list_; }
  QPushButton* continueButton() const { return continue_; }
  QPushButton* showDuplicatesButton() const { return showDuplicates_; }
  QPushButton* cancelButton() const { return cancel_; }

 Q_SIGNALS:
  void chosen(HealthWarningDialog::Choice choice);

 private:
  void choose(Choice choice);

  std::vector<qint64> duplicateIds_;
  QTreeWidget* list_ = nullptr;
  QPushButton* continue_ = nullptr;
  QPushButton* showDuplicates_ = nullptr;
  QPushButton* cancel_ = nullptr;
  bool chose_ = false;
};

}  // namespace assay
