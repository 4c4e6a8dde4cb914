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
#include <QSignalBlocker>
#include <QSpinBox>

#include "train/TrainOptions.h"

namespace assay {

namespace {

const TrainOption& option(const char* name) { return *findTrainOption(QLatin1String(name)); }

// Spin boxes with the range and decimals of the option's row in the table.
QSpinBox* intBox(QWidget* parent, const char* name) {
  const OptionField f = *option(name).field;
  auto* box = new QSpinBox(parent);
  box->setRange(int(f.lo), int(f.hi));
  return box;
}

QDoubleSpinBox* doubleBox(QWidget* parent, const char* name) {
  const OptionField f = *option(name).field;
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(f.lo, f.hi);
  box->setDecimals(f.decimals);
  return box;
}

// What prepareTraining gives an unset --max_train_minutes for this model.
double presetTrainMinutes(const QString& model) {
  return model == QLatin1String("tiny") ? option("max_train_minutes").tinyDefault.value_or(0) : 0.0;
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
  // 0 is the trainer's automatic choice; its text is set in retranslateUi().
  epochs_ = doubleBox(this, "num_train_epochs");
  maxMinutes_ = doubleBox(this, "max_train_minutes");
  maxMinutes_->setObjectName(QStringLiteral("maxTrainMinutes"));
  learningRate_ = new QLineEdit(this);
  trainBatch_ = intBox(this, "per_device_train_batch_size");
  evalBatch_ = intBox(this, "per_device_eval_batch_size");
  maxLength_ = intBox(this, "max_length");
  weightDecay_ = doubleBox(this, "weight_decay");
  weightDecay_->setSingleStep(0.01);
  seed_ = intBox(this, "seed");
  accumulation_ = intBox(this, "gradient_accumulation_steps");
  evalSteps_ = intBox(this, "eval_steps");
  loggingSteps_ = intBox(this, "logging_steps");
  centerRewards_ = new QLineEdit(this);
  usePeft_ = new QCheckBox(this);
  loraR_ = intBox(this, "lora_r");
  loraAlpha_ = doubleBox(this, "lora_alpha");

  // Unset, the time budget is the preset's (tiny 5 minutes, a checkpoint none):
  // the box shows that value until the user changes it.
  connect(maxMinutes_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this]() { maxMinutesSet_ = true; });
  connect(model_, &QLineEdit::textChanged, this, [this](const QString& model) {
    if (maxMinutesSet_) return;
    const QSignalBlocker block(maxMinutes_);
    maxMinutes_->setValue(presetTrainMinutes(model.trimmed()));
  });

  auto* form = new QFormLayout(this);
  form_ = form;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->addRow(QStringLiteral("Task:"), task_);  // these three are translated in retranslateUi()
  form->addRow(QStringLiteral("Model:"), modelRow);
  form->addRow(QStringLiteral("Output directory:"), outputDir_);
  for (const auto& [flag, field] : optionRows()) form->addRow(QLatin1String(flag), field);
  form->insertRow(form->rowCount() - 2, usePeft_);  // the LoRA switch above its two numbers
  connect(usePeft_, &QCheckBox::toggled, loraR_, &QWidget::setEnabled);
  connect(usePeft_, &QCheckBox::toggled, loraAlpha_, &QWidget::setEnabled);
  retranslateUi();
  setConfig(TrainConfig{});
}

// The rows labelled with their flag name, in the form's order.
std::vector<std::pair<const char*, QWidget*>> TrainForm::optionRows() const {
  return {{"num_train_epochs", epochs_},
          {"max_train_minutes", maxMinutes_},
          {"learning_rate", learningRate_},
          {"per_device_train_batch_size", trainBatch_},
          {"per_device_eval_batch_size", evalBatch_},
          {"max_length", maxLength_},
          {"weight_decay", weightDecay_},
          {"seed", seed_},
          {"gradient_accumulation_steps", accumulation_},
          {"eval_steps", evalSteps_},
          {"logging_steps", loggingSteps_},
          {"center_rewards_coefficient", centerRewards_},
          {"lora_r", loraR_},
          {"lora_alpha", loraAlpha_}};
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
  model_->setToolTip(tr(option("model_name_or_path").help));
  browseModel_->setToolTip(tr("Model checkpoint directory"));
  evalSteps_->setSpecialValueText(tr("each epoch"));
  epochs_->setSpecialValueText(tr("auto"));
  maxMinutes_->setSpecialValueText(tr("no limit"));
  centerRewards_->setPlaceholderText(tr("off"));
  usePeft_->setText(tr("LoRA (--use_peft)"));
  // Tooltips: the help line of each option's row in train/TrainOptions.cpp
  // (the form's translation context holds the translated ones).
  task_->setToolTip(tr(option("task").help));
  outputDir_->setToolTip(tr(option("output_dir").help));
  usePeft_->setToolTip(tr(option("use_peft").help));
  for (const auto& [flag, field] : optionRows()) {
    const QString help = tr(option(flag).help);
    field->setToolTip(help);
    if (QWidget* label = form_->labelForField(field)) label->setToolTip(help);
  }
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
  outputDir_->setText(
      info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-runs/") +
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

void TrainForm::setConfig(const TrainConfig& c) {
  task_->setCurrentIndex(task_->findData(static_cast<int>(c.task)));
  model_->setText(c.modelNameOrPath);
  if (!c.outputDir.isEmpty()) outputDir_->setText(c.outputDir);
  epochs_->setValue(c.numTrainEpochs);
  {
    const QSignalBlocker block(maxMinutes_);
    maxMinutesSet_ = c.maxTrainMinutes.has_value();
    maxMinutes_->setValue(c.maxTrainMinutes.value_or(presetTrainMinutes(c.modelNameOrPath)));
  }
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
  if (maxMinutesSet_) c.maxTrainMinutes = maxMinutes_->value();  // else the preset's, resolved by prepareTraining
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
