#include <QApplication>
#include <QCommandLineParser>
#include <QStringList>
#include <cstdio>

#include "common/Language.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ScreenshotTour.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Assay");
  QApplication::setApplicationName("Assay");
  QApplication::setApplicationVersion(ASSAY_VERSION);
  // Desktops match the window to share/applications/assay.desktop (and its icon).
  QGuiApplication::setDesktopFileName(QStringLiteral("assay"));
  assay::installTranslations(&app);

  QCommandLineParser parser;
  parser.setApplicationDescription("Assay: label, train and review reward models.");
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument("project", "An Assay project (*.assay) to open.");
  QCommandLineOption shots("screenshots", "Save a PNG of each pane into DIR, then quit.", "DIR");
  QCommandLineOption demo(
      "demo-data", "With --screenshots: data FILE imported when the project does not exist (repeatable).", "FILE");
  QCommandLineOption bad("bad-data", "With --screenshots: a FILE with bad records, to show the import report.", "FILE");
  QCommandLineOption reward("reward-data",
                            "With --screenshots: correctness data FILE for a short reward run (repeatable).", "FILE");
  QCommandLineOption exports(
      "export-dir",
      "With --screenshots: also export the project and its reviewed records through the export dialogs into DIR.",
      "DIR");
  QCommandLineOption size("screenshot-size", "With --screenshots: the window's size, e.g. 1024x700 (default 1400x900).",
                          "WxH");
  parser.addOptions({shots, demo, bad, reward, exports, size});
  parser.process(app);

  assay::MainWindow window;
  const QStringList args = parser.positionalArguments();
  if (parser.isSet(shots)) {
    if (args.isEmpty()) {
      std::fprintf(stderr, "assay: --screenshots needs a project path\n");
      return 2;
    }
    assay::TourOptions options{parser.value(shots),   args.at(0),           parser.values(demo), parser.value(bad),
                               parser.values(reward), parser.value(exports)};
    if (parser.isSet(size)) {
      const QStringList wh = parser.value(size).split(QLatin1Char('x'));
      const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
      if (wh.size() != 2 || w < 320 || h < 240) {
        std::fprintf(stderr, "assay: --screenshot-size needs WIDTHxHEIGHT, e.g. 1024x700\n");
        return 2;
      }
      options.windowSize = QSize(w, h);
    }
    QString error;
    const QStringList written = assay::runScreenshotTour(&window, options, &error);
    for (const QString& png : written) std::printf("%s\n", qPrintable(png));
    if (!error.isEmpty()) std::fprintf(stderr, "assay: %s\n", qPrintable(error));
    return written.isEmpty() ? 1 : 0;
  }
  if (!args.isEmpty()) window.openProject(args.at(0));
  window.show();
  return QApplication::exec();
}
