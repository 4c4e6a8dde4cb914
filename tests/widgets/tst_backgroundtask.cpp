// BackgroundTask: finished() belongs to the job that was started last.
#include <QSignalSpy>
#include <QtTest>
#include <QScopeGuard>
#include <atomic>

#include "common/BackgroundTask.h"
#include "TestRegistry.h"

using namespace assay;

class TstBackgroundTask : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void runsAJobAndReportsItsEnd() {
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    std::atomic_int ran{0};
    task.start([&ran](BackgroundTask&) { ++ran; });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(ran.load(), 1);
    QVERIFY(task.error().isEmpty());
    QVERIFY(!task.wasCancelled());
  }

  // Job 1 ends, job 2 starts before job 1's queued finished() was delivered:
  // a stale delivery must not announce job 2 while it is still writing its
  // results (the review pane's heap corruption was a dangling QStringBuilder
  // in ExportDialog, tst_exportdialog; this guard is needed all the same).
  void aStaleEndDoesNotAnnounceTheNextJob() {
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    task.start([](BackgroundTask&) {});
    // Wait for job 1's thread to stop without running the event loop, so its
    // finished() stays queued.
    QDeadlineTimer deadline(10000);
    while (task.isRunning() && !deadline.hasExpired()) QThread::msleep(1);
    QVERIFY(!task.isRunning());
    std::atomic_bool release{false};
    // Declared after `task`, so destroyed first: a failed check never leaves
    // job 2 blocking the task's destructor.
    const auto releaseOnExit = qScopeGuard([&release] { release = true; });
    task.start([&release](BackgroundTask&) {
      while (!release) QThread::msleep(1);
    });
    QVERIFY(task.isRunning());
    QCoreApplication::processEvents();  // delivers job 1's stale end
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);  // job 2 is still running: nothing announced
    release = true;
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
  }

  void errorsAndCancelAreReported() {
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    task.start([](BackgroundTask&) { throw std::runtime_error("disk on fire"); });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(task.error(), QStringLiteral("disk on fire"));
    task.start([](BackgroundTask& t) {
      for (;;) {
        t.report(1, 2);  // throws Cancelled once cancel() was called
        QThread::msleep(1);
      }
    });
    task.cancel();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(task.wasCancelled());
    QVERIFY(task.error().isEmpty());
  }
};

ASSAY_TEST_GUILESS_MAIN(TstBackgroundTask)
#include "tst_backgroundtask.moc"
