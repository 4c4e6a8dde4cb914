#include <QApplication>
#include <QStringList>

#include "common/Language.h"
#include "mainwindow/MainWindow.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Assay");
  QApplication::setApplicationName("Assay");
  assay::installTranslations(&app);
  assay::MainWindow window;
  const QStringList args = QApplication::arguments();
  if (args.size() > 1) window.openProject(args.at(1));
  window.show();
  return QApplication::exec();
}
