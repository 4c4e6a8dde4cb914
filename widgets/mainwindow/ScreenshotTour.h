#pragma once
// Drives the main window through each pane and saves a PNG of each, for
// docs/screenshots (installer/screenshots.sh runs it under Xvfb). It uses the
// real widgets and the real project, so a screenshot shows what a user sees.
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

namespace assay {

class MainWindow;

struct TourOptions {
  QString outputDir;      // PNGs are written here
  QString project;        // opened, or created from `demoFiles` when missing
  QStringList demoFiles;  // data files to import into a new (style) project
  QString badData;        // optional: a file with bad records, for the import report
  // Optional: correctness data (e.g. TRL pairs) for a second, correctness
  // project beside `project`, on which a short reward run draws the histograms.
  QStringList rewardFiles;
  // Optional: after the review session, the project and its reviewed
  // records are exported here through the two export dialogs, as a user
  // would (Export pressed, then Close): the scripted run the sanitizer
  // build checks for heap errors.
  QString exportDir;
  // The window's size for every PNG (installer/screenshots.sh: ASSAY_SCREENSHOT_SIZE).
  QSize windowSize{1400, 900};
};

// Runs the tour; returns the PNGs (and exported files) written (empty on
// failure, with `error` set).
QStringList runScreenshotTour(MainWindow* window, const TourOptions& options, QString* error);

}  // namespace assay
