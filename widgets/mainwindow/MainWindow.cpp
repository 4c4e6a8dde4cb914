#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace assay {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Assay"));
  panes_ = new QTabWidget(this);
  panes_->setDocumentMode(true);
  setCentralWidget(panes_);
  buildMenus();
  statusBar()->showMessage(tr("No project open"));
  QSettings settings;
  restoreGeometry(settings.value("window/geometry").toByteArray());
  resize(1200, 800);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseAndOpenProject);
  open->setShortcut(QKeySequence::Open);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
  quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::chooseAndOpenProject() {
  QSettings settings;
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open Project"), settings.value("dirs/projects").toString(),
      tr("Assay projects (*.assay)"));
  if (!path.isEmpty()) {
    settings.setValue("dirs/projects", QFileInfo(path).absolutePath());
    openProject(path);
  }
}

bool MainWindow::openProject(const QString& path) {
  if (!QFileInfo(path).isReadable()) {
    QMessageBox::warning(this, tr("Open Project"), tr("Cannot read %1").arg(path));
    return false;
  }
  projectPath_ = path;
  setWindowTitle(tr("Assay — %1").arg(QFileInfo(path).fileName()));
  statusBar()->showMessage(path);
  return true;
}

}  // namespace assay
