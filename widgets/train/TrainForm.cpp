#include "train/TrainForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace assay {

namespace {
QSpinBox* intBox(QWidget* parent, int lo, int hi) {
  auto* box = new QSpinBox(parent);
  box->setRange(lo, hi);
  return box;
}
}  // namespace

TrainForm::TrainForm(QWidget* parent) : QWidget(parent) {
  task_ = new QComboBox(this);
  task_->addItem(QString(), static_cast<int>(TrainTask::Classify));
  task_->addItem(QString(), static_cast<int>(TrainTask::Reward));
  model_ = new QLineEdit(this);
  browseModel_ = new QPushButton(QStringLiteral("…"), this);
  auto* browseModel = browseModel_;
  connect(browseModel, &QPushButton::clicked, this, [this]() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Model checkpoint directory"));
    if (!dir.isEmpty()) model_->setText(dir);
  });
  auto* modelRow = new QHBoxLayout;
  modelRow->addWidget(model_, 1);
  modelRow->addWidget(browseModel);
  outputDir_ = new QLineEdit(this);
  epochs_ = new QDoubleSpinBox(this);
  epochs_->setRange(0, 1000);
  epochs_->setDecimals(1);
  // 0 is the trainer's automatic choice (3 epochs, more for small sets);
  // its text is set in retranslateUi().
  maxMinutes_ = new QDoubleSpinBox(this);
  maxMinutes_->setObjectName(QStringLiteral("maxTrainMinutes"));
  maxMinutes_->setRange(0, 100000);
  maxMinutes_->setDecimals(1);
  learningRate_ = new QLineEdit(this);
  trainBatch_ = intBox(this, 1, 4096);
  evalBatch_ = intBox(this, 1, 4096);
  maxLength_ = intBox(this, 8, 32768);
  weightDecay_ = new QDoubleSpinBox(this);
  weightDecay_->setRange(0, 1);
  weightDecay_->setDecimals(4);
  weightDecay_->setSingleStep(0.01);
  seed_ = intBox(this, 0, 1 << 30);
  accumulation_ = intBox(this, 1, 1024);
  evalSteps_ = intBox(this, 0, 1000000);

  loggingSteps_ = intBox(this, 1, 100000);
  centerRewards_ = new QLineEdit(this);
  usePeft_ = new QCheckBox(this);
  loraR_ = intBox(this, 1, 1024);
  loraAlpha_ = new QDoubleSpinBox(this);
  loraAlpha_->setRange(0.1, 4096);

  auto* form = new QFormLayout(this);
  form_ = form;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->addRow(QStringLiteral("Task:"), task_);  // these three are translated in retranslateUi()
  form->addRow(QStringLiteral("Model:"), modelRow);
  form->addRow(QStringLiteral("Output directory:"), outputDir_);
  form->addRow(QStringLiteral("num_train_epochs"), epochs_);
  form->addRow(QStringLiteral("max_train_minutes"), maxMinutes_);
  form->addRow(QStringLiteral("learning_rate"), learningRate_);
  form->addRow(QStringLiteral("per_device_train_batch_size"), trainBatch_);
  form->addRow(QStringLiteral("per_device_eval_batch_size"), evalBatch_);
  form->addRow(QStringLiteral("max_length"), maxLength_);
  form->addRow(QStringLiteral("weight_decay"), weightDecay_);
  form->addRow(QStringLiteral("seed"), seed_);
  form->addRow(QStringLiteral("gradient_accumulation_steps"), accumulation_);
  form->addRow(QStringLiteral("eval_steps"), evalSteps_);
  form->addRow(QStringLiteral("logging_steps"), loggingSteps_);
  form->addRow(QStringLiteral("center_rewards_coefficient"), centerRewards_);
  form->addRow(usePeft_);
  form->addRow(QStringLiteral("lora_r"), loraR_);
  form->addRow(QStringLiteral("lora_alpha"), loraAlpha_);
  connect(usePeft_, &QCheckBox::toggled, loraR_, &QWidget::setEnabled);
  connect(usePeft_, &QCheckBox::toggled, loraAlpha_, &QWidget::setEnabled);
  retranslateUi();
  setConfig(TrainConfig{});
}

void TrainForm::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

// The hyperparameter rows keep the CLI's flag names in every language: they
// are what a user types after `assay-cli train --`.
void TrainForm::retranslateUi() {
  task_->setItemText(0, tr("classify — N-way cross-entropy"));
  task_->setItemText(1, tr("reward — Bradley–Terry pairs"));
  model_->setToolTip(tr("\"tiny\" trains the small built-in model from scratch; \"ngram\" fits the character n-gram "
                        "TF-IDF + logistic regression baseline in seconds; or a local Qwen2 checkpoint directory"));
  browseModel_->setToolTip(tr("Model checkpoint directory"));
  evalSteps_->setSpecialValueText(tr("each epoch"));
  epochs_->setSpecialValueText(tr("auto"));
  epochs_->setToolTip(tr("auto: 3 to 6 epochs within 192,000 records seen, more for a small set (at least 38,400 records, at most 30 epochs)"));
  maxMinutes_->setSpecialValueText(tr("no limit"));
  maxMinutes_->setToolTip(tr("With auto epochs: time the first steps, then plan as many steps as fit in this many "
                             "minutes (evaluations included)"));
  centerRewards_->setPlaceholderText(tr("off"));
  usePeft_->setText(tr("LoRA (--use_peft)"));
  const std::pair<QWidget*, QString> rows[] = {{task_, tr("Task:")}, {outputDir_, tr("Output directory:")}};
  for (const auto& [field, text] : rows)
    if (auto* label = qobject_cast<QLabel*>(form_->labelForField(field))) label->setText(text);
  for (int r = 0; r < form_->rowCount(); ++r) {  // the model row's field is a layout
    QLayoutItem* field = form_->itemAt(r, QFormLayout::FieldRole);
    QLayoutItem* label = form_->itemAt(r, QFormLayout::LabelRole);
    if (field && field->layout() && label && qobject_cast<QLabel*>(label->widget()))
      static_cast<QLabel*>(label->widget())->setText(tr("Model:"));
  }
}

void TrainForm::setProject(const QString& projectPath) {
  project_ = projectPath;
  if (projectPath.isEmpty()) return;
  // A fresh run directory beside the project, named by time: runs never overwrite each other.
  const QFileInfo info(projectPath);
  outputDir_->setText(info.absoluteDir().filePath(
      info.completeBaseName() + QStringLiteral("-runs/") +
      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

void TrainForm::setConfig(const TrainConfig& c) {
  task_->setCurrentIndex(task_->findData(static_cast<int>(c.task)));
  model_->setText(c.modelNameOrPath);
  if (!c.outputDir.isEmpty()) outputDir_->setText(c.outputDir);
  epochs_->setValue(c.numTrainEpochs);
  maxMinutes_->setValue(c.maxTrainMinutes.value_or(TrainConfig::kTinyTrainMinutes));
  learningRate_->setText(QString::number(c.learningRate, 'g', 6));
  trainBatch_->setValue(c.perDeviceTrainBatchSize);
  evalBatch_->setValue(c.perDeviceEvalBatchSize);
  maxLength_->setValue(c.maxLength);
  weightDecay_->setValue(c.weightDecay);
  seed_->setValue(c.seed);
  accumulation_->setValue(c.gradientAccumulationSteps);
  evalSteps_->setValue(c.evalSteps);
  loggingSteps_->setValue(c.loggingSteps);
  centerRewards_->setText(c.centerRewardsCoefficient ? QString::number(*c.centerRewardsCoefficient) : QString());
  usePeft_->setChecked(c.usePeft);
  loraR_->setValue(c.loraR);
  loraAlpha_->setValue(c.loraAlpha);
  loraR_->setEnabled(c.usePeft);
  loraAlpha_->setEnabled(c.usePeft);
}

TrainConfig TrainForm::config() const {
  TrainConfig c;
  c.project = project_;
  c.task = static_cast<TrainTask>(task_->currentData().toInt());
  c.modelNameOrPath = model_->text().trimmed();
  c.outputDir = outputDir_->text().trimmed();
  c.numTrainEpochs = epochs_->value();
  c.maxTrainMinutes = maxMinutes_->value();
  bool ok = false;
  const double lr = learningRate_->text().toDouble(&ok);
  c.learningRate = ok ? lr : -1;  // TrainConfig::validate() names a bad value
  c.perDeviceTrainBatchSize = trainBatch_->value();
  c.perDeviceEvalBatchSize = evalBatch_->value();
  c.maxLength = maxLength_->value();
  c.weightDecay = weightDecay_->value();
  c.seed = seed_->value();
  c.gradientAccumulationSteps = accumulation_->value();
  c.evalSteps = evalSteps_->value();
  c.loggingSteps = loggingSteps_->value();
  const double centre = centerRewards_->text().toDouble(&ok);
  if (ok) c.centerRewardsCoefficient = centre;
  c.usePeft = usePeft_->isChecked();
  c.loraR = loraR_->value();
  c.loraAlpha = loraAlpha_->value();
  return c;
}

}  // namespace assay
