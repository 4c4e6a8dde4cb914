// The annotate pane, driven by key events: every label lands in the store
// the moment its key is pressed, and Ctrl+Z takes it back there too.
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "annotate/AnnotatePane.h"
#include "annotate/LabelPicker.h"
#include "common/ProjectContext.h"
#include "data/SampleText.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;
using assay::testing::makeProject;
using assay::testing::textSample;

class TstAnnotatePane : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;
  int projects_ = 0;

  // A fresh style project: `n` unlabeled Q&A samples and one labelled text.
  QString styleProject(int n) {
    std::vector<Sample> samples;
    for (int i = 0; i < n; ++i)
      samples.push_back(textSample(QStringLiteral("用户问题：第%1个问题？\n回答：第%1个回答。").arg(i)));
    samples.push_back(textSample(QStringLiteral("already labelled"), 2));
    return makeProject(dir_, QStringLiteral("style%1").arg(projects_++), SchemaKind::Style, samples);
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void numberKeysSaveLabels() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY2(context.open(styleProject(4), &error), qPrintable(error));
    AnnotatePane pane(&context);
    pane.show();                    // the queue is built when the pane is first shown
    QCOMPARE(pane.queueSize(), 4);  // the labelled sample is not queued
    QTRY_VERIFY(context.stats());   // counted in the background
    const qint64 first = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_2);
    // Saved at once, under the annotator's name, with a history row.
    QCOMPARE(context.store()->sample(first).label, 1);
    const auto notes = context.store()->annotations(first);
    QCOMPARE(notes.size(), size_t(1));
    QCOMPARE(notes[0].annotator, QStringLiteral("alice"));
    QCOMPARE(context.store()->labelHistory(first).back().newLabel, 1);
    QCOMPARE(pane.position(), 1);
    const qint64 second = pane.currentSampleId();
    QVERIFY(second != first);
    QTest::keyClick(&pane, Qt::Key_5);
    QCOMPARE(context.store()->sample(second).label, 4);
    QVERIFY2(pane.progressText().contains(QStringLiteral("3 / 5")), qPrintable(pane.progressText()));
    QVERIFY2(pane.progressText().contains(QStringLiteral("today 2")), qPrintable(pane.progressText()));
    // A key beyond the label set does nothing.
    const qint64 third = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_7);
    QCOMPARE(context.store()->sample(third).label, -1);
    QCOMPARE(pane.currentSampleId(), third);
  }

  void undoTakesBackSavedLabel() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY(context.open(styleProject(3), &error));
    AnnotatePane pane(&context);
    pane.show();  // the queue is built when the pane is first shown
    const qint64 first = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_1);
    QTest::keyClick(&pane, Qt::Key_3);
    QCOMPARE(pane.position(), 2);
    QTest::keyClick(&pane, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(pane.position(), 1);
    const qint64 second = pane.currentSampleId();
    QCOMPARE(context.store()->sample(second).label, -1);
    QCOMPARE(context.store()->annotations(second).size(), size_t(0));
    // The history stays append-only: set then undone.
    const auto history = context.store()->labelHistory(second);
    QCOMPARE(history.size(), size_t(2));
    QCOMPARE(history[1].oldLabel, 2);
    QCOMPARE(history[1].newLabel, -1);
    QTest::keyClick(&pane, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(pane.currentSampleId(), first);
    QCOMPARE(context.store()->sample(first).label, -1);
    QVERIFY(!pane.canUndo());
    QVERIFY(!pane.undo());
  }

  void undoRestoresEarlierLabel() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("bob"));
    QString error;
    QVERIFY(context.open(styleProject(2), &error));
    AnnotatePane pane(&context);
    pane.show();  // the queue is built when the pane is first shown
    const qint64 first = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_1);
    QTest::keyClick(&pane, Qt::Key_Left);  // back to the labelled one
    QCOMPARE(pane.currentSampleId(), first);
    QTest::keyClick(&pane, Qt::Key_4);  // relabel 售前 → 有帮助
    QCOMPARE(context.store()->sample(first).label, 3);
    QTest::keyClick(&pane, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(context.store()->sample(first).label, 0);  // the earlier label, not "unlabeled"
    QCOMPARE(context.store()->annotations(first).size(), size_t(1));
  }

  void skipBackForward() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY(context.open(styleProject(3), &error));
    AnnotatePane pane(&context);
    pane.show();  // the queue is built when the pane is first shown
    const qint64 first = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_S);
    QCOMPARE(pane.position(), 1);
    QCOMPARE(context.store()->sample(first).label, -1);  // skipping saves nothing
    QTest::keyClick(&pane, Qt::Key_Right);
    QCOMPARE(pane.position(), 2);
    QTest::keyClick(&pane, Qt::Key_Left);
    QTest::keyClick(&pane, Qt::Key_Left);
    QTest::keyClick(&pane, Qt::Key_Left);  // stops at the start
    QCOMPARE(pane.position(), 0);
    QCOMPARE(pane.currentSampleId(), first);
  }

  void questionAndAnswerShownApart() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY(context.open(styleProject(1), &error));
    AnnotatePane pane(&context);
    pane.show();  // the queue is built when the pane is first shown
    QCOMPARE(pane.questionText(), QStringLiteral("第0个问题？"));
    QCOMPARE(pane.answerText(), QStringLiteral("第0个回答。"));
    QString q, a;
    QVERIFY(!splitQuestionAnswer(QStringLiteral("张三，北京市朝阳区"), &q, &a));
    QVERIFY(splitQuestionAnswer(QStringLiteral("用户问题:A?\n回答:B"), &q, &a));
    QCOMPARE(q, QStringLiteral("A?"));
    QCOMPARE(a, QStringLiteral("B"));
  }

  void correctnessKeys() {
    const QString path =
        makeProject(dir_, QStringLiteral("correct"), SchemaKind::Correctness,
                    {textSample(QStringLiteral("张三，北京市朝阳区望京街道123号院5号楼，邮编：100102")),
                     textSample(QStringLiteral("李四，上海市1浦东新区，邮编：2001")),
                     textSample(QStringLiteral("王五，广州市天河区，电话：138"))});
    ProjectContext context;
    context.setAnnotator(QStringLiteral("carol"));
    QString error;
    QVERIFY(context.open(path, &error));
    AnnotatePane pane(&context);
    pane.show();  // the queue is built when the pane is first shown
    const qint64 a = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_Y);
    const qint64 b = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_N);
    const qint64 c = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_2);
    QCOMPARE(context.store()->sample(a).label, 0);  // 正确
    QCOMPARE(context.store()->sample(b).label, 1);  // 错误
    QCOMPARE(context.store()->sample(c).label, 1);
    QCOMPARE(pane.currentSampleId(), qint64(0));  // end of the queue
  }

  void styleModeIgnoresYesNo() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY(context.open(styleProject(1), &error));
    AnnotatePane pane(&context);
    pane.show();  // the queue is built when the pane is first shown
    const qint64 id = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_Y);
    QCOMPARE(context.store()->sample(id).label, -1);
    QCOMPARE(pane.currentSampleId(), id);
  }

  void randomOrderIsSeeded() {
    std::vector<qint64> ids(50);
    for (size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<qint64>(i + 1);
    const auto a = orderQueue(ids, QueueOrder::Random, 7);
    const auto b = orderQueue(ids, QueueOrder::Random, 7);
    const auto c = orderQueue(ids, QueueOrder::Random, 8);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QVERIFY(a != ids);
    auto sorted = a;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, ids);  // a permutation
    QCOMPARE(orderQueue({3, 1, 2}, QueueOrder::Sequential, 7), (std::vector<qint64>{1, 2, 3}));
  }

  void uncertaintyOrder() {
    // Lowest certainty first; ties by id; unscored ids last, by id.
    const std::unordered_map<qint64, double> certainty{{1, 0.9}, {2, 0.35}, {3, 0.6}, {4, 0.35}, {6, 0.01}};
    QCOMPARE(orderByUncertainty({1, 2, 3, 4, 5, 6, 7}, certainty), (std::vector<qint64>{6, 2, 4, 3, 1, 5, 7}));
    QCOMPARE(orderByUncertainty({9, 8}, {}), (std::vector<qint64>{8, 9}));
  }

  void noteTypedWithoutTriggeringKeysAndSavedWithLabel() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("erin"));
    const QString path = makeProject(dir_, QStringLiteral("note"), SchemaKind::Correctness,
                                     {textSample(QStringLiteral("李四，上海市1浦东新区，邮编：2001")),
                                      textSample(QStringLiteral("王五，广州市天河区，电话：138"))});
    QString error;
    QVERIFY(context.open(path, &error));
    AnnotatePane pane(&context);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.setFocus();
    const qint64 first = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_E);  // into the note field
    QVERIFY(pane.noteEdit()->hasFocus());
    // Label keys (1, 2, Y, N, S) and arrows are text here, not commands.
    QTest::keyClicks(pane.noteEdit(), QStringLiteral("1 Y N S 2 "));
    QKeyEvent chinese(QEvent::KeyPress, 0, Qt::NoModifier, QStringLiteral("邮编"));  // as an input method sends it
    QApplication::sendEvent(pane.noteEdit(), &chinese);
    QTest::keyClick(pane.noteEdit(), Qt::Key_Left);
    QTest::keyClick(pane.noteEdit(), Qt::Key_Right);
    QCOMPARE(pane.noteEdit()->text(), QStringLiteral("1 Y N S 2 邮编"));
    QCOMPARE(context.store()->sample(first).label, -1);
    QCOMPARE(pane.currentSampleId(), first);
    QVERIFY(context.store()->annotations(first).empty());
    QTest::keyClick(pane.noteEdit(), Qt::Key_Escape);  // back to labelling
    QVERIFY(!pane.noteEdit()->hasFocus());
    QTest::keyClick(&pane, Qt::Key_N);
    QCOMPARE(context.store()->sample(first).label, 1);
    QCOMPARE(context.store()->annotations(first).back().note, QStringLiteral("1 Y N S 2 邮编"));
    QVERIFY(pane.noteEdit()->text().isEmpty());  // the next sample starts without a note
    // Enter leaves the field too; a label without a note saves an empty one.
    const qint64 second = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_E);
    QTest::keyClick(pane.noteEdit(), Qt::Key_Return);
    QTest::keyClick(&pane, Qt::Key_Y);
    QCOMPARE(context.store()->sample(second).label, 0);
    QVERIFY(context.store()->annotations(second).back().note.isEmpty());
    // Going back shows the note saved with the label.
    QTest::keyClick(&pane, Qt::Key_Left);
    QTest::keyClick(&pane, Qt::Key_Left);
    QCOMPARE(pane.currentSampleId(), first);
    QCOMPARE(pane.noteEdit()->text(), QStringLiteral("1 Y N S 2 邮编"));
  }

  void labelsPersistAcrossReopen() {
    const QString path = styleProject(2);
    qint64 id = 0;
    {
      ProjectContext context;
      context.setAnnotator(QStringLiteral("dave"));
      QString error;
      QVERIFY(context.open(path, &error));
      AnnotatePane pane(&context);
      pane.show();  // the queue is built when the pane is first shown
      id = pane.currentSampleId();
      QTest::keyClick(&pane, Qt::Key_3);
    }
    auto store = ProjectStore::open(path);
    QCOMPARE(store->sample(id).label, 2);
    QCOMPARE(store->annotations(id).back().annotator, QStringLiteral("dave"));
  }

  // Twelve user labels: keys 1-9 reach the first nine, L opens the quick
  // picker, whose filter narrows the list and Enter labels the sample.
  void quickPickerBeyondNineLabels() {
    QStringList names;
    for (int i = 1; i <= 12; ++i) names << QStringLiteral("类别%1").arg(i);
    const QString path = dir_.filePath(QStringLiteral("twelve.assay"));
    {
      auto store = ProjectStore::create(path, LabelSchema::fromNames(names));
      store->addSamples({textSample(QStringLiteral("第一条")), textSample(QStringLiteral("第二条"))});
    }
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY2(context.open(path, &error), qPrintable(error));
    AnnotatePane pane(&context);
    pane.show();
    QVERIFY(pane.findChild<QPushButton*>(QStringLiteral("moreLabels")));
    const qint64 first = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_9);
    QCOMPARE(context.store()->sample(first).label, 8);
    const qint64 second = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_L);
    LabelPicker* picker = pane.labelPicker();
    QVERIFY(picker && picker->isVisible());
    QCOMPARE(picker->visibleCount(), 12);
    auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("labelFilter"));
    QVERIFY(filter);
    filter->insert(QStringLiteral("类别1"));  // QTest types Latin-1 only
    QCOMPARE(picker->visibleCount(), 4);      // 1, 10, 11, 12
    QTest::keyClicks(filter, QStringLiteral("2"));
    QCOMPARE(picker->visibleCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(!picker->isVisible());
    QCOMPARE(context.store()->sample(second).label, 11);
    QCOMPARE(context.store()->annotations(second).back().annotator, QStringLiteral("alice"));
  }
};

ASSAY_TEST_MAIN(TstAnnotatePane)
#include "tst_annotatepane.moc"
