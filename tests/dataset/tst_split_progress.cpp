// ProjectStore::assignSplits with a progress callback, as the dataset pane
// runs it in the background: the same split as without one, progress that
// only grows and ends at its total, and a cancel (the callback throwing) in
// either pass that leaves the project as it was.
#include <QTemporaryDir>
#include <QtTest>

#include "data/ProjectStore.h"
#include "TestRegistry.h"

using namespace assay::data;

class TestSplitProgress : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int counter_ = 0;

  QString project(int count) {
    const QString path = dir_.filePath(QString("p%1.assay").arg(counter_++));
    const auto store = ProjectStore::create(path, SchemaKind::Style);
    std::vector<Sample> samples;
    for (int i = 0; i < count; ++i) {
      Sample s;
      s.text = QString("用户问题：第%1个问题\n回答：好的。").arg(i);
      s.label = i % 7 == 0 ? -1 : i % 5;
      samples.push_back(s);
    }
    store->addSamples(samples);
    return path;
  }
  static std::vector<int> splits(const ProjectStore& store) {
    std::vector<int> out;
    store.forEachSample(Split::All, [&out](const Sample& s) { out.push_back(int(s.split)); });
    return out;
  }

 private Q_SLOTS:
  void sameSplitWithProgress() {
    const int n = 20000;
    const auto plain = ProjectStore::open(project(n));
    const auto reported = ProjectStore::open(project(n));
    plain->assignSplits(0.2, 42);
    std::vector<std::pair<qint64, qint64>> seen;
    reported->assignSplits(0.2, 42, false, [&seen](qint64 done, qint64 total) { seen.emplace_back(done, total); });
    QCOMPARE(splits(*reported), splits(*plain));
    QCOMPARE(reported->sampleCount(Split::Test), plain->sampleCount(Split::Test));
    QVERIFY(seen.size() > 4);
    for (size_t i = 1; i < seen.size(); ++i) {
      QVERIFY(seen[i].first >= seen[i - 1].first);
      QCOMPARE(seen[i].second, seen.front().second);
    }
    QCOMPARE(seen.back().first, seen.back().second);
    QCOMPARE(reported->setting("split_seed"), QString("42"));
  }

  void cancelLeavesTheProjectAsItWas() {
    const int n = 20000;
    const auto store = ProjectStore::open(project(n));
    store->assignSplits(0.3, 1);
    const std::vector<int> before = splits(*store);
    struct Cancel {};
    // Once in the scan, once in the update (the second half of the steps).
    for (const bool inUpdate : {false, true}) {
      bool thrown = false;
      try {
        store->assignSplits(0.5, 9, true, [inUpdate](qint64 done, qint64 total) {
          if (done > 0 && (done > total / 2) == inUpdate && done < total) throw Cancel();
        });
      } catch (const Cancel&) {
        thrown = true;
      }
      QVERIFY2(thrown, inUpdate ? "update" : "scan");
      QCOMPARE(splits(*store), before);
      QCOMPARE(store->setting("split_seed"), QString("1"));
      QCOMPARE(store->sampleCount(Split::Unassigned), qint64(0));
    }
  }
};

ASSAY_TEST_APPLESS_MAIN(TestSplitProgress)
#include "tst_split_progress.moc"
