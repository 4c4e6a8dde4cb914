// The train form takes its ranges and tooltips from the option table and
// leaves --max_train_minutes unset until the user changes it, so a checkpoint
// run from the GUI gets no time budget, as on the command line.
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QtTest>

#include "TestRegistry.h"
#include "train/TrainForm.h"
#include "train/TrainOptions.h"

using namespace assay;

class TstTrainForm : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void timeBudgetStaysThePresets() {
    TrainForm form;
    auto* minutes = form.findChild<QDoubleSpinBox*>(QStringLiteral("maxTrainMinutes"));
    QVERIFY(minutes);
    QVERIFY(!form.config().maxTrainMinutes.has_value());
    QCOMPARE(minutes->value(), TrainConfig::kTinyTrainMinutes);  // shown: what tiny gets

    TrainConfig checkpoint;
    checkpoint.modelNameOrPath = QStringLiteral("/models/qwen");
    form.setConfig(checkpoint);
    QVERIFY(!form.config().maxTrainMinutes.has_value());
    QCOMPARE(minutes->value(), 0.0);  // shown: a checkpoint has no budget

    minutes->setValue(3);  // the user's choice is kept
    QCOMPARE(form.config().maxTrainMinutes.value(), 3.0);
    TrainConfig given;
    given.maxTrainMinutes = 7;
    form.setConfig(given);
    QCOMPARE(form.config().maxTrainMinutes.value(), 7.0);
    form.setConfig(TrainConfig{});
    QVERIFY(!form.config().maxTrainMinutes.has_value());
  }

  void rangesAndTooltipsComeFromTheTable() {
    TrainForm form;
    auto* layout = form.findChild<QFormLayout*>();
    QVERIFY(layout);
    int checked = 0;
    for (int r = 0; r < layout->rowCount(); ++r) {
      auto* labelItem = layout->itemAt(r, QFormLayout::LabelRole);
      auto* fieldItem = layout->itemAt(r, QFormLayout::FieldRole);
      auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
      if (!label || !fieldItem || !fieldItem->widget()) continue;
      const TrainOption* option = findTrainOption(label->text());
      if (!option) continue;  // task, model, output directory: translated labels
      QVERIFY2(option->field, option->name);
      QCOMPARE(label->toolTip(), QString::fromLatin1(option->help));
      QCOMPARE(fieldItem->widget()->toolTip(), QString::fromLatin1(option->help));
      if (auto* box = qobject_cast<QSpinBox*>(fieldItem->widget())) {
        QCOMPARE(box->minimum(), int(option->field->lo));
        QCOMPARE(box->maximum(), int(option->field->hi));
      } else if (auto* box = qobject_cast<QDoubleSpinBox*>(fieldItem->widget())) {
        QCOMPARE(box->minimum(), option->field->lo);
        QCOMPARE(box->maximum(), option->field->hi);
      }
      ++checked;
    }
    QCOMPARE(checked, 14);
  }
};

ASSAY_TEST_MAIN(TstTrainForm)
#include "tst_trainform.moc"
