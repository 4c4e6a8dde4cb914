#pragma once
#include <QMainWindow>

class QTabWidget;

namespace assay {

// The workbench window: menus, status bar and the tab that hosts each pane.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);

  // Opens a project file; returns false (and tells the user) if it cannot.
  bool openProject(const QString& path);

 private:
  void buildMenus();
  void chooseAndOpenProject();

  QTabWidget* panes_ = nullptr;
  QString projectPath_;
};

}  // namespace assay
