#pragma once
// The training form: task, model (`tiny` or a local checkpoint directory),
// output directory and the hyperparameters `assay-cli train` takes, with the
// defaults of core's TrainConfig and the ranges and help texts of its option
// table (train/TrainOptions.h).
#include <QWidget>
#include <utility>
#include <vector>

#include "train/TrainConfig.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace assay {

class TrainForm : public QWidget {
  Q_OBJECT
 public:
  explicit TrainForm(QWidget* parent = nullptr);
  // The config the form describes (project and output dir included).
  TrainConfig config() const;
  void setConfig(const TrainConfig& config);
  void setProject(const QString& projectPath);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslateUi();
  std::vector<std::pair<const char*, QWidget*>> optionRows() const;
  QString project_;
  bool maxMinutesSet_ = false;  // false: leave maxTrainMinutes unset (the preset's budget)
  QFormLayout* form_ = nullptr;
  QPushButton* browseModel_ = nullptr;
  QComboBox* task_ = nullptr;
  QLineEdit* model_ = nullptr;
  QLineEdit* outputDir_ = nullptr;
  QDoubleSpinBox* epochs_ = nullptr;
  QDoubleSpinBox* maxMinutes_ = nullptr;
  QLineEdit* learningRate_ = nullptr;
  QSpinBox* trainBatch_ = nullptr;
  QSpinBox* evalBatch_ = nullptr;
  QSpinBox* maxLength_ = nullptr;
  QDoubleSpinBox* weightDecay_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* accumulation_ = nullptr;
  QSpinBox* evalSteps_ = nullptr;
  QSpinBox* loggingSteps_ = nullptr;
  QLineEdit* centerRewards_ = nullptr;
  QCheckBox* usePeft_ = nullptr;
  QSpinBox* loraR_ = nullptr;
  QDoubleSpinBox* loraAlpha_ = nullptr;
};

}  // namespace assay
