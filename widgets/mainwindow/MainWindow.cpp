#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include "annotate/AnnotatePane.h"
#include "common/Language.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/DatasetPane.h"
#include "mainwindow/ShortcutOverlay.h"
#include "review/ReviewPane.h"
#include "train/TrainPane.h"

namespace assay {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("projects/recent");
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setObjectName(QStringLiteral("AssayMainWindow"));
  setWindowTitle(tr("Assay"));
  setAcceptDrops(true);
  context_ = new ProjectContext(this);
  QSettings settings;
  QString annotator = settings.value(QStringLiteral("annotator/name")).toString();
  if (annotator.isEmpty()) annotator = qEnvironmentVariable("USER", QStringLiteral("annotator"));
  context_->setAnnotator(annotator);

  panes_ = new QTabWidget(this);
  panes_->setDocumentMode(true);
  dataset_ = new DatasetPane(context_, panes_);
  annotate_ = new AnnotatePane(context_, panes_);
  panes_->addTab(dataset_, QString());
  panes_->addTab(annotate_, QString());
  train_ = new TrainPane(context_, panes_);
  review_ = new ReviewPane(context_, panes_);
  panes_->addTab(train_, QString());
  panes_->addTab(review_, QString());
  connect(train_, &TrainPane::openModelRequested, this, [this](const QString& dir) {
    review_->setModelDir(dir);
    panes_->setCurrentWidget(review_);
    review_->runModel();
  });
  // The pre-training health dialog's "Show duplicates".
  connect(train_, &TrainPane::showRecordsRequested, this, [this](const std::vector<qint64>& ids, const QString& title) {
    panes_->setCurrentWidget(dataset_);
    dataset_->showRecords(ids, title);
  });
  setCentralWidget(panes_);
  connect(panes_, &QTabWidget::currentChanged, this, [this](int) {
    if (panes_->currentWidget() == annotate_) annotate_->setFocus();
  });

  projectLabel_ = new QLabel(this);
  countsLabel_ = new QLabel(this);
  annotatorLabel_ = new QLabel(this);
  statusBar()->addWidget(projectLabel_, 1);
  statusBar()->addPermanentWidget(countsLabel_);
  statusBar()->addPermanentWidget(annotatorLabel_);
  connect(context_, &ProjectContext::projectOpened, this, &MainWindow::updateStatus);
  connect(context_, &ProjectContext::projectClosed, this, &MainWindow::updateStatus);
  connect(context_, &ProjectContext::dataChanged, this, &MainWindow::updateStatus);
  connect(context_, &ProjectContext::annotatorChanged, this, &MainWindow::updateStatus);
  connect(context_, &ProjectContext::statsReady, this, &MainWindow::updateStatus);

  retranslateUi();
  resize(1280, 820);
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  panes_->setCurrentIndex(settings.value(QStringLiteral("window/pane"), 0).toInt());
  updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent* event) {
  QMainWindow::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

void MainWindow::retranslateUi() {
  panes_->setTabText(panes_->indexOf(dataset_), tr("Dataset"));
  panes_->setTabText(panes_->indexOf(annotate_), tr("Annotate"));
  panes_->setTabText(panes_->indexOf(train_), tr("Train"));
  panes_->setTabText(panes_->indexOf(review_), tr("Review"));
  // Menus are rebuilt rather than renamed action by action. The old ones go
  // later: a language switch arrives from inside one of their actions.
  const QList<QMenu*> old = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
  menuBar()->clear();
  for (QMenu* menu : old) menu->deleteLater();
  buildMenus();
  updateStatus();
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::createProject);
  file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseAndOpenProject);
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
  file->addSeparator();
  file->addAction(tr("&Import Data…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                  [this]() { dataset_->openImportDialog(); });
  file->addAction(tr("&Export Data…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                  [this]() { dataset_->openExportDialog(); });
  file->addAction(tr("Export &Reviewed Records…"), this, [this]() { review_->openExportReviewed(); });
  file->addSeparator();
  file->addAction(tr("&Close Project"), QKeySequence::Close, context_, &ProjectContext::close);
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  // Undo and redo belong to the current pane (a label, a table edit, a
  // verdict). Each pane owns its Ctrl+Z while it has the focus; these entries
  // only show the keys and route a click (a second shortcut at window level
  // would make Qt's shortcut map ambiguous, and neither would fire).
  QAction* undo =
      edit->addAction(tr("&Undo"), this, [this]() { triggerInCurrentPane(QKeySequence(QKeySequence::Undo)); });
  undo->setShortcut(QKeySequence::Undo);
  undo->setShortcutContext(Qt::WidgetShortcut);
  QAction* redo = edit->addAction(tr("&Redo"), this,
                                  [this]() { triggerInCurrentPane(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)); });
  redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  redo->setShortcutContext(Qt::WidgetShortcut);
  edit->addSeparator();
  edit->addAction(tr("Annotator &Name…"), this, &MainWindow::chooseAnnotator);
  edit->addAction(tr("&Labels…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                  [this]() { dataset_->openLabelEditor(); });

  QMenu* view = menuBar()->addMenu(tr("&View"));
  for (int i = 0; i < panes_->count(); ++i) {
    view->addAction(panes_->tabText(i), QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this,
                    [this, i]() { panes_->setCurrentIndex(i); });
  }
  view->addSeparator();
  QMenu* language = view->addMenu(tr("&Language"));
  auto* group = new QActionGroup(language);
  const std::pair<QString, QString> choices[] = {{QStringLiteral("system"), tr("System default")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
  for (const auto& [code, name] : choices) {
    QAction* action = language->addAction(name);
    action->setCheckable(true);
    action->setChecked(preferredLanguage() == code);
    group->addAction(action);
    // Applies at once: every widget gets QEvent::LanguageChange.
    connect(action, &QAction::triggered, this, [code = code]() { switchLanguage(QCoreApplication::instance(), code); });
  }

  // Data quality, in the review pane: its queues show what these find.
  QMenu* tools = menuBar()->addMenu(tr("&Tools"));
  tools->addAction(tr("Find &Likely Wrong Labels…"), this, [this]() {
    panes_->setCurrentWidget(review_);
    review_->findLikelyWrongLabels();
  });
  tools->addAction(tr("Review Annotator &Conflicts"), this, [this]() {
    panes_->setCurrentWidget(review_);
    review_->showQueue(ReviewPane::Queue::Conflicts);
  });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  // "?" stays text in a line edit or text box: they take it before shortcuts.
  help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
      ->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
  help->addAction(tr("&About Assay"), this, [this]() {
    QMessageBox::about(this, tr("About Assay"),
                       tr("Assay %1 — a workbench for reward models: label, train, review.").arg(ASSAY_VERSION));
  });
}

ShortcutOverlay* MainWindow::showShortcuts() {
  if (auto* open = findChild<ShortcutOverlay*>()) open->close();  // WA_DeleteOnClose: shows the current pane's keys
  QWidget* pane = panes_->currentWidget();
  const auto* keyed = dynamic_cast<const HasShortcuts*>(pane);
  auto* overlay = new ShortcutOverlay(panes_->tabText(panes_->currentIndex()),
                                      keyed ? keyed->shortcuts() : std::vector<KeyHelp>{},
                                      ShortcutOverlay::menuShortcuts(menuBar()), this);
  overlay->setAttribute(Qt::WA_DeleteOnClose);
  overlay->show();
  return overlay;
}

// A pane's undo and redo are its own actions (pane-wide shortcuts); the
// annotate pane takes Ctrl+Z in keyPressEvent instead.
void MainWindow::triggerInCurrentPane(const QKeySequence& key) {
  QWidget* pane = panes_->currentWidget();
  for (QAction* action : pane->actions())
    if (action->isEnabled() && action->shortcuts().contains(key)) {
      action->trigger();
      return;
    }
  if (pane == annotate_ && key == QKeySequence(QKeySequence::Undo)) annotate_->undo();
}

void MainWindow::chooseAndOpenProject() {
  QSettings settings;
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open Project"), settings.value(QStringLiteral("dirs/projects")).toString(),
                                   tr("Assay projects (*.assay)"));
  if (path.isEmpty()) return;
  settings.setValue(QStringLiteral("dirs/projects"), QFileInfo(path).absolutePath());
  openProject(path);
}

void MainWindow::createProject() {
  QSettings settings;
  QString path =
      QFileDialog::getSaveFileName(this, tr("New Project"), settings.value(QStringLiteral("dirs/projects")).toString(),
                                   tr("Assay projects (*.assay)"));
  if (path.isEmpty()) return;
  if (!path.endsWith(QLatin1String(".assay"))) path += QLatin1String(".assay");
  const QStringList schemes{tr("style (售前, 售后, 诚实, 有帮助, 无伤害)"), tr("correctness (正确 / 错误)"),
                            tr("your own labels…")};
  bool ok = false;
  const QString scheme =
      QInputDialog::getItem(this, tr("New Project"), tr("Labelling scheme:"), schemes, 0, false, &ok);
  if (!ok) return;
  data::LabelSchema labels =
      data::LabelSchema::forKind(scheme == schemes[1] ? data::SchemaKind::Correctness : data::SchemaKind::Style);
  if (scheme == schemes[2]) {
    const QString names = QInputDialog::getText(
        this, tr("New Project"), tr("Labels, separated by commas (more can be added later in Edit ▸ Labels):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    try {
      labels = data::LabelSchema::fromNames(names.split(QLatin1Char(','), Qt::SkipEmptyParts));
    } catch (const std::invalid_argument& e) {
      QMessageBox::warning(this, tr("New Project"), QString::fromUtf8(e.what()));
      return;
    }
  }
  QString error;
  if (!context_->create(path, labels, &error)) {
    QMessageBox::warning(this, tr("New Project"), error);
    return;
  }
  settings.setValue(QStringLiteral("dirs/projects"), QFileInfo(path).absolutePath());
  rememberRecent(path);
}

bool MainWindow::openProject(const QString& path) {
  QString error;
  if (!context_->open(path, &error)) {
    QMessageBox::warning(this, tr("Open Project"), error);
    return false;
  }
  rememberRecent(QFileInfo(path).absoluteFilePath());
  return true;
}

void MainWindow::importFile(const QString& file) {
  if (!context_->isOpen()) {
    QMessageBox::information(this, tr("Import Data"), tr("Open or create a project first, then drop the file again."));
    return;
  }
  panes_->setCurrentWidget(dataset_);
  dataset_->openImportDialog(file);
}

void MainWindow::chooseAnnotator() {
  bool ok = false;
  const QString name = QInputDialog::getText(this, tr("Annotator Name"), tr("Labels are saved under this name:"),
                                             QLineEdit::Normal, context_->annotator(), &ok);
  if (!ok || name.trimmed().isEmpty()) return;
  context_->setAnnotator(name);
  QSettings().setValue(QStringLiteral("annotator/name"), context_->annotator());
}

QStringList MainWindow::recentProjects() const { return QSettings().value(kRecentKey).toStringList(); }

void MainWindow::rememberRecent(const QString& path) {
  QStringList recent = recentProjects();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > kMaxRecent) recent.removeLast();
  QSettings().setValue(kRecentKey, recent);
}

void MainWindow::fillRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = recentProjects();
  if (recent.isEmpty()) recentMenu_->addAction(tr("(none)"))->setEnabled(false);
  for (const QString& path : recent)
    recentMenu_->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, this,
                           [this, path]() { openProject(path); });
}

void MainWindow::updateStatus() {
  annotatorLabel_->setText(tr("Annotator: %1").arg(context_->annotator()));
  if (!context_->isOpen()) {
    setWindowTitle(tr("Assay"));
    projectLabel_->setText(tr("No project open — File ▸ Open Project, or drop a .assay file here"));
    countsLabel_->clear();
    return;
  }
  const data::ProjectStore* store = context_->store();
  if (store->readOnly()) {
    // Said before the first label is lost to an error: nothing can be saved.
    setWindowTitle(tr("Assay — %1 (read-only)").arg(QFileInfo(context_->path()).fileName()));
    projectLabel_->setText(tr("%1 — read-only (%2): labels, imports and label changes cannot be saved")
                               .arg(context_->path(), store->readOnlyReason()));
  } else {
    setWindowTitle(tr("Assay — %1").arg(QFileInfo(context_->path()).fileName()));
    projectLabel_->setText(context_->path());
  }
  const data::ProjectStats* stats = context_->stats();
  if (!stats) {
    countsLabel_->setText(tr("counting…"));
    return;
  }
  countsLabel_->setText(tr("%1 samples · %2 labeled · train %3 · test %4")
                            .arg(stats->samples)
                            .arg(stats->texts - stats->all.unlabeled)
                            .arg(stats->train.total)
                            .arg(stats->test.total));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("window/pane"), panes_->currentIndex());
  settings.setValue(QStringLiteral("annotator/name"), context_->annotator());
  event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  openDroppedFiles(event->mimeData()->urls());
  event->acceptProposedAction();
}

void MainWindow::openDroppedFiles(const QList<QUrl>& urls) {
  for (const QUrl& url : urls) {
    const QString path = url.toLocalFile();
    if (path.isEmpty()) continue;
    if (path.endsWith(QLatin1String(".assay"))) openProject(path);
    else importFile(path);
  }
}

}  // namespace assay
