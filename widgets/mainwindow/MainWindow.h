#pragma once
// The workbench window: menus, status bar and the tabs that host each pane.
// Settings (annotator name, layout, recent projects, last directories) live
// in QSettings.
#include <QMainWindow>
#include <QUrl>

class QLabel;
class QMenu;
class QTabWidget;

namespace assay {

class AnnotatePane;
class DatasetPane;
class ProjectContext;
class ReviewPane;
class ShortcutOverlay;
class TrainPane;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens a project file; returns false (and tells the user) if it cannot.
  bool openProject(const QString& path);
  // A dropped or chosen data file: imported into the open project.
  void importFile(const QString& file);
  // What a drop does: *.assay files are opened, anything else imported.
  void openDroppedFiles(const QList<QUrl>& urls);

  ProjectContext* context() const { return context_; }
  QTabWidget* panes() const { return panes_; }
  DatasetPane* datasetPane() const { return dataset_; }
  AnnotatePane* annotatePane() const { return annotate_; }
  TrainPane* trainPane() const { return train_; }
  ReviewPane* reviewPane() const { return review_; }
  QStringList recentProjects() const;
  // Help ▸ Keyboard Shortcuts (F1, ?): the current pane's keys and the menus'.
  ShortcutOverlay* showShortcuts();

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void buildMenus();
  // Texts in the current language: tab titles, menus (rebuilt), status bar.
  void retranslateUi();
  void chooseAndOpenProject();
  void createProject();
  void chooseAnnotator();
  void triggerInCurrentPane(const QKeySequence& key);
  void rememberRecent(const QString& path);
  void fillRecentMenu();
  void updateStatus();

  ProjectContext* context_ = nullptr;
  QTabWidget* panes_ = nullptr;
  DatasetPane* dataset_ = nullptr;
  AnnotatePane* annotate_ = nullptr;
  TrainPane* train_ = nullptr;
  ReviewPane* review_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QLabel* projectLabel_ = nullptr;
  QLabel* countsLabel_ = nullptr;
  QLabel* annotatorLabel_ = nullptr;
};

}  // namespace assay
