// Measures the dataset pane on a large project, in the real main window
// (offscreen): time to open, to apply a label filter and a text search, and
// the process's memory after scrolling the whole table. Prints one line per
// figure with its target (issue 5). Text searches (1- and 2-character CJK,
// ASCII digits, combined with a label filter, a term that matches nothing)
// are timed in the pane once the background search index is built, each
// beside the same query as a plain SQL scan (the path before the index).
//
//   gui_bench [RECORDS=1000000] [WORKDIR=/tmp/assay-gui-bench] [STYLE_JSON]
// With STYLE_JSON (e.g. resources/demo/style_demo.json) it also trains the
// tiny model on it from the train pane and reports the GUI thread's event
// latency during the run (p50 / p99 of a 10 ms timer's lateness).
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QTabWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <cstdio>

#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/DatasetPane.h"
#include "dataset/SampleTableModel.h"
#include "dataset/SearchIndexBuilder.h"
#include "data/SampleQuery.h"
#include "data/TextSearchIndex.h"
#include "common/LatencyProbe.h"
#include "mainwindow/MainWindow.h"
#include "train/TrainForm.h"
#include "train/TrainPane.h"

namespace {

// Resident and peak memory of this process, in MB, from /proc.
std::pair<double, double> memoryMb() {
  QFile f(QStringLiteral("/proc/self/status"));
  double rss = 0, peak = 0;
  if (f.open(QIODevice::ReadOnly)) {
    for (const QByteArray& line : f.readAll().split('\n')) {
      if (line.startsWith("VmRSS:")) rss = line.mid(6).trimmed().split(' ')[0].toDouble() / 1024;
      if (line.startsWith("VmHWM:")) peak = line.mid(6).trimmed().split(' ')[0].toDouble() / 1024;
    }
  }
  return {rss, peak};
}

// A JSONL file of `n` style records: question + answer text, 4 in 5 labelled.
QString makeData(const QString& dir, qint64 n) {
  const QString path = dir + QStringLiteral("/records.jsonl");
  if (QFile::exists(path)) return path;
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return {};
  static const char* const kLabels[] = {"售前", "售后", "诚实", "有帮助", "无伤害"};
  QByteArray line;
  for (qint64 i = 0; i < n; ++i) {
    line = "{\"text\":\"用户问题：第" + QByteArray::number(i) + "号订单的发货时间是什么时候？\\n回答：您好，订单" +
           QByteArray::number(i * 7919 % 1000003) + "预计两天内发出，请耐心等待。\"";
    if (i % 5 != 4) line += QByteArray(",\"label\":\"") + kLabels[i % 5] + "\"";
    line += "}\n";
    f.write(line);
  }
  return path;
}

void report(const char* what, double value, const char* unit, const char* target) {
  std::printf("%-34s %10.1f %-3s  (target %s)\n", what, value, unit, target);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("AssayBench"));
  const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
  const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/assay-gui-bench");
  QDir().mkpath(dir);
  const QString project = dir + QStringLiteral("/bench-%1.assay").arg(n);
  if (!QFile::exists(project)) {
    QElapsedTimer t;
    t.start();
    auto store = assay::data::ProjectStore::create(project, assay::data::SchemaKind::Style);
    const auto summary = store->importFile(makeData(dir, n));
    store->assignSplits(0.2, 42);
    std::printf("built %lld-record project in %.1f s (not part of the figures)\n",
                static_cast<long long>(summary.imported), t.elapsed() / 1000.0);
  }
  std::printf("records: %lld   project: %s\n", static_cast<long long>(n), qPrintable(project));

  assay::MainWindow window;
  window.resize(1280, 820);
  window.show();
  QApplication::processEvents();
  QElapsedTimer t, openedAt;
  t.start();
  openedAt.start();
  window.openProject(project);
  QApplication::processEvents();  // first paint of the table
  report("open project (window ready)", t.elapsed(), "ms", "< 1000 ms");
  {
    // Label counts, the chart and the annotator list arrive from a worker.
    QEventLoop wait;
    QObject::connect(window.context(), &assay::ProjectContext::statsReady, &wait, &QEventLoop::quit);
    if (!window.context()->stats()) wait.exec();
    std::printf("  (statistics ready in the background after %lld ms; the GUI stays live meanwhile)\n",
                static_cast<long long>(t.elapsed()));
  }

  assay::DatasetPane* pane = window.datasetPane();
  auto* label = pane->findChild<QComboBox*>(QStringLiteral("labelFilter"));
  t.restart();
  label->setCurrentIndex(label->findData(2));  // 诚实
  pane->applyFilter();
  QApplication::processEvents();
  report("label filter (first page shown)", t.elapsed(), "ms", "< 200 ms");
  label->setCurrentIndex(0);

  auto* search = pane->findChild<QLineEdit*>(QStringLiteral("search"));
  // Each search is timed in the pane (index + SQL for the other filters, the
  // first chunk of ids shown) and, side by side, the way it ran before the
  // index: one SampleQuery scan in SQL for the same first chunk.
  assay::data::SampleQuery scanOnly(project);
  const auto timeSearch = [&](const char* what, const QString& text, int labelId) {
    search->setText(text);
    label->setCurrentIndex(labelId < 0 ? 0 : label->findData(labelId));
    QElapsedTimer s;
    s.start();
    pane->applyFilter();
    QApplication::processEvents();
    const double ms = s.elapsed();
    s.restart();
    const auto scanned = scanOnly.matchingIds(pane->currentFilter(), 0, assay::SampleTableModel::kIdChunk);
    const double scanMs = s.elapsed();
    report(what, ms, "ms", "< 200 ms");
    std::printf("  (\"%s\"%s: %d%s rows; SQL scan without the index: %.0f ms, %zu rows)\n", qPrintable(text),
                labelId < 0 ? "" : " + label", pane->model()->rowCount(), pane->model()->allFetched() ? "" : "+",
                scanMs, scanned.size());
    return ms;
  };
  // The index build starts when the project opens; report when it is done.
  {
    QEventLoop wait;
    QObject::connect(pane->searchIndex(), &assay::SearchIndexBuilder::updated, &wait, &QEventLoop::quit);
    if (pane->searchIndex()->isBuilding()) wait.exec();
    const auto [rssNow, peakNow] = memoryMb();
    std::printf(
        "  (search index ready %lld ms after open, in the background: %lld records, %.1f MB; RSS now %.0f MB)\n",
        static_cast<long long>(openedAt.elapsed()), static_cast<long long>(pane->searchIndex()->index()->records()),
        pane->searchIndex()->index()->bytes() / 1048576.0, rssNow);
  }
  timeSearch("text search, common term", QStringLiteral("订单4242"), -1);
  timeSearch("text search, rare term", QStringLiteral("第999999号"), -1);
  timeSearch("text search, no match", QStringLiteral("退"), -1);
  timeSearch("text search, 1 CJK char (all rows)", QStringLiteral("候"), -1);
  timeSearch("text search, 2 CJK chars (all rows)", QStringLiteral("发货"), -1);
  timeSearch("text search, ASCII digits", QStringLiteral("4242"), -1);
  timeSearch("text search + label filter", QStringLiteral("4242"), 2);
  timeSearch("text search (all rows) + label", QStringLiteral("发货"), 2);
  label->setCurrentIndex(0);
  search->clear();
  pane->applyFilter();

  // Scroll the whole table a screen at a time, as a user dragging through it would.
  auto* table = pane->findChild<QTableView*>();
  assay::SampleTableModel* model = pane->model();
  t.restart();
  while (model->canFetchMore()) model->fetchMore();
  const double fetchMs = t.elapsed();
  QScrollBar* bar = table->verticalScrollBar();
  t.restart();
  int screens = 0;
  for (int v = 0; v <= bar->maximum(); v += std::max(1, bar->pageStep() * 50)) {
    bar->setValue(v);
    table->viewport()->repaint();
    ++screens;
  }
  const double scrollMs = t.elapsed();
  const auto [rss, peak] = memoryMb();
  std::printf("fetched %d ids in %.0f ms; painted %d screens in %.0f ms (%.2f ms/screen)\n", model->rowCount(), fetchMs,
              screens, scrollMs, scrollMs / std::max(1, screens));
  report("RSS after scrolling through", rss, "MB", "< 500 MB");
  report("peak RSS", peak, "MB", "< 500 MB");

  if (argc > 3) {
    const QString small = dir + QStringLiteral("/latency-%1.assay").arg(QDateTime::currentMSecsSinceEpoch());
    {
      auto store = assay::data::ProjectStore::create(small, assay::data::SchemaKind::Style);
      store->importFile(QString::fromLocal8Bit(argv[3]));
      store->assignSplits(0.2, 42);
    }
    window.openProject(small);
    window.panes()->setCurrentWidget(window.trainPane());
    assay::TrainConfig config = window.trainPane()->form()->config();
    config.numTrainEpochs = 2;
    config.loggingSteps = 1;
    config.evalSteps = 5;
    window.trainPane()->form()->setConfig(config);
    QEventLoop wait;
    QObject::connect(window.trainPane()->session(), &assay::TrainingSession::finished, &wait, &QEventLoop::quit);
    QObject::connect(window.trainPane()->session(), &assay::TrainingSession::failed, &wait, &QEventLoop::quit);
    t.restart();
    if (window.trainPane()->start()) wait.exec();
    const assay::LatencyProbe* probe = window.trainPane()->latencyProbe();
    std::printf("training run (tiny, 2 epochs on %s): %.1f s, %d latency samples, max %.1f ms\n", argv[3],
                t.elapsed() / 1000.0, probe->samples(), probe->maxMs());
    report("GUI latency p50 during training", probe->percentileMs(50), "ms", "-");
    report("GUI latency p99 during training", probe->percentileMs(99), "ms", "< 50 ms");
  }
  return 0;
}
