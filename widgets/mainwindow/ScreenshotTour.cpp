#include "mainwindow/ScreenshotTour.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QKeyEvent>
#include <QThread>

#include <QLineEdit>
#include <functional>

#include "annotate/AnnotatePane.h"
#include "annotate/ModelSuggestions.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/DatasetPane.h"
#include "dataset/ExportDialog.h"
#include "dataset/ImportDialog.h"
#include "dataset/LabelEditorDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ShortcutOverlay.h"
#include "review/ReviewPane.h"
#include "train/TrainForm.h"
#include "train/TrainPane.h"

namespace assay {

namespace {

// Lets queued work (painting, worker results) run for `ms` milliseconds.
void settle(int ms) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < ms) {
    QApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(10);
  }
}

bool save(QWidget* widget, const QString& path, QStringList* written) {
  settle(300);
  if (!widget->grab().save(path)) return false;
  written->append(path);
  return true;
}

// Opens an export dialog with `open`, exports to `out`, closes the dialog
// (it deletes itself) and lets the pane repaint.
void exportThroughDialog(QWidget* pane, const std::function<void()>& open, const QString& out, data::Format format,
                         QStringList* written) {
  open();
  settle(200);
  QPointer<ExportDialog> dialog = pane->findChild<ExportDialog*>();
  if (!dialog) return;
  dialog->setOutput(out, format, data::Split::All);
  dialog->startExport();
  QElapsedTimer t;
  t.start();
  while (dialog && dialog->isRunning() && t.elapsed() < 60000) settle(50);
  settle(200);
  if (dialog) dialog->close();
  settle(300);
  if (QFileInfo::exists(out)) written->append(out);
}

}  // namespace

QStringList runScreenshotTour(MainWindow* window, const TourOptions& o, QString* error) {
  QStringList written;
  QDir().mkpath(o.outputDir);
  const QString out = QDir(o.outputDir).absolutePath() + QLatin1Char('/');
  ProjectContext* context = window->context();
  context->setAnnotator(QStringLiteral("demo"));
  if (!QFileInfo::exists(o.project)) {
    try {
      auto store = data::ProjectStore::create(o.project, data::SchemaKind::Style);
      for (const QString& file : o.demoFiles)
        store->importFile(file, data::Format::Auto, QStringLiteral("demo-import"));
      store->assignSplits(0.2, 42);
      // What a team lead writes in the label editor: annotators see it under the buttons.
      auto details = store->labelDetails();
      details[0].description = QStringLiteral("推动购买：优惠、推荐、下单");
      details[0].color = QStringLiteral("#e67e22");
      details[1].description = QStringLiteral("售后：退换、维修、物流问题");
      details[1].color = QStringLiteral("#2980b9");
      store->setLabelDetails(details);
    } catch (const std::exception& e) {
      *error = QString::fromUtf8(e.what());
      return {};
    }
  }
  if (!window->openProject(o.project)) {
    *error = QStringLiteral("cannot open %1").arg(o.project);
    return {};
  }
  window->resize(o.windowSize);
  window->show();
  settle(500);

  // A short tiny-model training run with its charts, then a review session on its model.
  TrainPane* train = window->trainPane();
  window->panes()->setCurrentWidget(train);
  TrainConfig config = train->form()->config();
  config.numTrainEpochs = 3;
  config.evalSteps = 5;
  config.loggingSteps = 1;
  config.maxLength = 128;
  train->form()->setConfig(config);
  if (train->start()) {
    QElapsedTimer t;
    t.start();
    while (train->session()->isRunning() && t.elapsed() < 8 * 60 * 1000) settle(200);
    settle(300);
    save(window, out + QStringLiteral("train.png"), &written);

    // The run's model loaded in the annotate pane: most uncertain first, with
    // its suggestion shown; three labels typed as an annotator would (saved).
    window->panes()->setCurrentWidget(window->annotatePane());
    AnnotatePane* annotate = window->annotatePane();
    annotate->loadModel(config.outputDir);
    t.restart();
    while (annotate->suggestions()->isRunning() && t.elapsed() < 5 * 60 * 1000) settle(100);
    annotate->setFocus();
    for (int key : {Qt::Key_1, Qt::Key_4, Qt::Key_2}) {
      QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key)));
      QApplication::sendEvent(annotate, &press);
    }
    annotate->noteEdit()->setText(QStringLiteral("和模型的建议不同，请复核"));
    save(window, out + QStringLiteral("annotate.png"), &written);
    ReviewPane* review = window->reviewPane();
    review->setModelDir(config.outputDir);
    window->panes()->setCurrentWidget(review);
    review->runModel();
    t.restart();
    while (review->isRunning() && t.elapsed() < 5 * 60 * 1000) settle(100);
    settle(300);
    review->view()->setFocus();
    review->view()->selectRow(0);
    for (int key : {Qt::Key_A, Qt::Key_K, Qt::Key_A}) {
      QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key)));
      QApplication::sendEvent(review->view(), &press);
    }
    save(window, out + QStringLiteral("review.png"), &written);
    // Help ▸ Keyboard Shortcuts (F1) over the review pane.
    if (ShortcutOverlay* overlay = window->showShortcuts()) {
      save(overlay, out + QStringLiteral("shortcuts.png"), &written);
      overlay->close();
    }
  } else {
    *error = QStringLiteral("training did not start: ") + train->statusText();
  }

  // The dataset table after the review session, so its prediction and review
  // columns (and the model-disagrees filter's data) are filled in.
  window->panes()->setCurrentWidget(window->datasetPane());
  settle(500);
  if (!save(window, out + QStringLiteral("dataset.png"), &written)) *error = QStringLiteral("cannot write PNGs");

  if (!o.exportDir.isEmpty()) {
    QDir().mkpath(o.exportDir);
    const QString dir = QDir(o.exportDir).absolutePath() + QLatin1Char('/');
    DatasetPane* dataset = window->datasetPane();
    ReviewPane* review = window->reviewPane();
    exportThroughDialog(
        dataset, [&] { dataset->openExportDialog(); }, dir + QStringLiteral("project.json"), data::Format::StyleJson,
        &written);
    window->panes()->setCurrentWidget(review);
    exportThroughDialog(
        review, [&] { review->openExportReviewed(); }, dir + QStringLiteral("reviewed.jsonl"), data::Format::Trl,
        &written);
    window->panes()->setCurrentWidget(dataset);
    settle(300);
  }

  // The review pane's data-quality queues: a second annotator disagrees on
  // three records (one adjudicated with a label key), then "Find likely wrong
  // labels…" over the demo project, its first flag accepted.
  {
    ReviewPane* review = window->reviewPane();
    window->panes()->setCurrentWidget(review);
    try {
      data::ProjectStore* store = context->store();
      int disagreed = 0;
      for (const data::Sample& s : store->samples())
        if (s.label >= 0 && disagreed < 3) {
          store->annotate(s.id, QStringLiteral("lily"), (s.label + 1) % store->labelSchema().size());
          ++disagreed;
        }
      context->notifyLabelsChanged();
    } catch (const std::exception& e) {
      *error = QString::fromUtf8(e.what());
    }
    const auto press = [](QWidget* to, int key) {
      QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key)));
      QApplication::sendEvent(to, &event);
    };
    review->showQueue(ReviewPane::Queue::Conflicts);
    press(review->queueView(), Qt::Key_1);
    save(window, out + QStringLiteral("review-conflicts.png"), &written);
    review->findLikelyWrongLabels();
    QElapsedTimer t;
    t.start();
    while (review->isFlagging() && t.elapsed() < 5 * 60 * 1000) settle(100);
    press(review->queueView(), Qt::Key_A);
    save(window, out + QStringLiteral("review-flags.png"), &written);
  }

  window->datasetPane()->openLabelEditor();
  if (auto* labels = window->datasetPane()->findChild<LabelEditorDialog*>()) {
    settle(300);
    save(labels, out + QStringLiteral("labels.png"), &written);
    labels->close();
  }

  if (!o.badData.isEmpty()) {
    window->panes()->setCurrentWidget(window->datasetPane());
    window->datasetPane()->openImportDialog(o.badData);
    ImportDialog* dialog = window->datasetPane()->findChild<ImportDialog*>();
    if (dialog) {
      QElapsedTimer t;
      t.start();
      while (dialog->isRunning() && t.elapsed() < 20000) settle(50);
      save(dialog, out + QStringLiteral("import-report.png"), &written);
      dialog->close();
    }
  }
  if (!o.rewardFiles.isEmpty()) {
    // A correctness project beside the demo one; a short reward run on it.
    const QString rewardProject = QFileInfo(o.project).absoluteDir().filePath(QStringLiteral("reward-demo.assay"));
    try {
      if (!QFileInfo::exists(rewardProject)) {
        auto store = data::ProjectStore::create(rewardProject, data::SchemaKind::Correctness);
        for (const QString& file : o.rewardFiles)
          store->importFile(file, data::Format::Auto, QStringLiteral("demo-import"));
        store->assignSplits(0.2, 42);
      }
    } catch (const std::exception& e) {
      *error = QString::fromUtf8(e.what());
      return written;
    }
    if (window->openProject(rewardProject)) {
      window->panes()->setCurrentWidget(train);
      TrainConfig reward = train->form()->config();
      reward.task = TrainTask::Reward;
      reward.numTrainEpochs = 3;
      reward.learningRate = 1e-3;
      reward.evalSteps = 25;
      reward.loggingSteps = 1;
      reward.maxLength = 96;
      train->form()->setConfig(reward);
      if (train->start()) {
        QElapsedTimer t;
        t.start();
        while (train->session()->isRunning() && t.elapsed() < 8 * 60 * 1000) settle(200);
        settle(300);
        save(window, out + QStringLiteral("train-reward.png"), &written);
      } else {
        *error = QStringLiteral("reward training did not start: ") + train->statusText();
      }
    }
  }

  return written;
}

}  // namespace assay
