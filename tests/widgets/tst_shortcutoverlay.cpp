// Help ▸ Keyboard Shortcuts (F1, ?) lists every key of the current pane (each
// pane's shortcuts()) and the menus' keys; the train pane's status line with
// a project open.
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "annotate/AnnotatePane.h"
#include "common/ProjectContext.h"
#include "dataset/DatasetPane.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ShortcutOverlay.h"
#include "review/ReviewPane.h"
#include "TestProject.h"
#include "TestRegistry.h"
#include "train/TrainPane.h"

using namespace assay;

namespace {
bool lists(const QStringList& rows, const KeyHelp& key) {
  return rows.contains(key.keys + QStringLiteral("\t") + key.description);
}
}  // namespace

class TstShortcutOverlay : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void overlayListsTheCurrentPanesKeys() {
    MainWindow window;
    QVERIFY(window.openProject(testing::makeProject(dir_, QStringLiteral("keys"), data::SchemaKind::Style,
                                                    {testing::textSample(QStringLiteral("一条"))})));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (QWidget* pane : std::initializer_list<QWidget*>{window.reviewPane(), window.datasetPane(),
                                                         window.annotatePane(), window.trainPane()}) {
      window.panes()->setCurrentWidget(pane);
      ShortcutOverlay* overlay = window.showShortcuts();
      QVERIFY(overlay);
      const QStringList rows = overlay->rowTexts();
      const std::vector<KeyHelp> keys = dynamic_cast<HasShortcuts*>(pane)->shortcuts();
      QVERIFY(!keys.empty());
      for (const KeyHelp& key : keys) QVERIFY2(lists(rows, key), qPrintable(key.keys + QStringLiteral(" missing")));
      QVERIFY(rows.first().startsWith(window.panes()->tabText(window.panes()->currentIndex())));
      // The menus' keys too, read from the menus themselves.
      QVERIFY2(rows.contains(QStringLiteral("F1 / ?\tHelp ▸ Keyboard Shortcuts")), qPrintable(rows.join('\n')));
      QVERIFY(rows.contains(QStringLiteral("Ctrl+O\tFile ▸ Open Project")));
      overlay->close();
    }
    // The review pane's verdict and undo keys are among its own.
    const std::vector<KeyHelp> review = window.reviewPane()->shortcuts();
    QStringList reviewKeys;
    for (const KeyHelp& k : review) reviewKeys << k.keys;
    for (const QString& key : {QStringLiteral("A"), QStringLiteral("K"), QStringLiteral("S"), QStringLiteral("Ctrl+Z"),
                               QStringLiteral("Ctrl+Shift+Z / Ctrl+Y")})
      QVERIFY2(reviewKeys.contains(key), qPrintable(key));

    // F1 opens it from the keyboard, on the pane that is showing.
    window.panes()->setCurrentWidget(window.reviewPane());
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.findChild<ShortcutOverlay*>());
    ShortcutOverlay* overlay = window.findChild<ShortcutOverlay*>();
    QVERIFY(lists(overlay->rowTexts(), review.front()));
    overlay->close();
  }

  // Every pane fits a 1024×700 window (a label's long line once set a
  // minimum width of 1250 px), with a finished run's long summary shown.
  void windowFitsAt1024By700() {
    MainWindow window;
    QVERIFY(window.openProject(testing::makeProject(dir_, QStringLiteral("small"), data::SchemaKind::Style,
                                                    {testing::textSample(QStringLiteral("一条"), 0)})));
    // The train pane's status line as a finished run leaves it: one long line.
    for (QLabel* label : window.trainPane()->findChildren<QLabel*>())
      if (label->text().contains(QStringLiteral("small.assay")))
        label->setText(
            QStringLiteral("Finished: 15 steps. Best eval_f1_macro: baseline 0.9114 / model 0.1752 / blend "
                           "0.9129 (saved) · 13428 tokens/s · 4.5 s · GUI latency p50 0.3 ms · p99 19.5 ms "
                           "and a few more words to be sure it is longer than any window"));
    window.show();
    window.resize(1024, 700);
    QCoreApplication::processEvents();
    QStringList minimums;
    for (int i = 0; i < window.panes()->count(); ++i)
      minimums << QStringLiteral("%1: %2")
                      .arg(window.panes()->tabText(i))
                      .arg(window.panes()->widget(i)->minimumSizeHint().width());
    QVERIFY2(window.width() == 1024, qPrintable(minimums.join(QStringLiteral(", "))));
    QVERIFY2(window.height() == 700, qPrintable(QString::number(window.height())));
  }

  void trainPaneNamesTheOpenProject() {
    ProjectContext context;
    TrainPane pane(&context);
    QVERIFY(pane.statusText().contains(QStringLiteral("Open a project")));
    QString error;
    QVERIFY(context.open(testing::makeProject(dir_, QStringLiteral("trainable"), data::SchemaKind::Style,
                                              {testing::textSample(QStringLiteral("一条"), 0)}),
                         &error));
    QVERIFY2(!pane.statusText().contains(QStringLiteral("Open a project")), qPrintable(pane.statusText()));
    QVERIFY(pane.statusText().contains(QStringLiteral("trainable.assay")));
    context.close();
    QVERIFY(pane.statusText().contains(QStringLiteral("Open a project")));
  }
};

ASSAY_TEST_MAIN(TstShortcutOverlay)
#include "tst_shortcutoverlay.moc"
