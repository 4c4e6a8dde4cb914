// Several annotators in one project (data/ProjectMerge.h, data/Adjudication.h):
// merging another project (new / equal / conflicting labels; samples matched
// by id when the content is the same, else by content; merging twice adds
// nothing; labels the project lacks), the new / equal / conflicting count of
// an import by a second annotator, and adjudication (append-only, withdraw,
// the conflicts list, resolution: adjudicated > majority > tie skipped).
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "TestRegistry.h"
#include "data/Adjudication.h"
#include "data/ProjectMerge.h"
#include "data/ProjectStore.h"

using namespace assay::data;

namespace {

Sample text(const QString& t, int label = -1) {
  Sample s;
  s.text = t;
  s.label = label;
  return s;
}

// annotator -> latest label, as the agreement statistics see it.
std::map<QString, int> latest(const ProjectStore& store, qint64 id) {
  std::map<QString, int> out;
  for (const Annotation& a : store.annotations(id)) out[a.annotator] = a.label;
  return out;
}

}  // namespace

class TestProjectMerge : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void mergeCountsNewEqualConflicting() {
    // PROJECT: t1 0, t2 0, t3 1 by alice; t4 unlabeled. (ids 1..4)
    const QString project = path("m1"), other = path("o1");
    auto store = ProjectStore::create(project, SchemaKind::Correctness);
    store->addSamples({text("t1", 0), text("t2", 0), text("t3", 1), text("t4")}, "alice");
    // OTHER: t1 0 (equal), t2 1 (conflicting), t4 1 (new: nobody labelled
    // it), t5 0 (a new sample). Its ids 1, 2 hold the same texts as the
    // project's (matched by id); its id 3 is t4 (the project's 3 is t3:
    // matched by content); its id 4 is t5 (the project's 4 is t4: added).
    {
      auto o = ProjectStore::create(other, SchemaKind::Correctness);
      o->addSamples({text("t1", 0), text("t2", 1), text("t4", 1), text("t5", 0)}, "bob");
      setAdjudication(*o, 2, 1, "carol");
    }
    const MergeSummary s = mergeProject(*store, other);
    QCOMPARE(s.otherSamples, 4);
    QCOMPARE(s.matchedById, 2);
    QCOMPARE(s.matchedByContent, 1);
    QCOMPARE(s.added, 1);
    QCOMPARE(s.annotationsCopied, 4);
    QCOMPARE(s.annotationsRepeated, 0);
    QCOMPARE(s.adjudicationsCopied, 1);
    QCOMPARE(s.labels.added, 2);
    QCOMPARE(s.labels.equal, 1);
    QCOMPARE(s.labels.conflicting, 1);
    QCOMPARE(store->sampleCount(), 5);
    QCOMPARE(latest(*store, 2), (std::map<QString, int>{{"alice", 0}, {"bob", 1}}));
    QCOMPARE(store->sample(2).label, 0);  // alice spoke last: a merge never overrides her
    QCOMPARE(latest(*store, 4), (std::map<QString, int>{{"bob", 1}}));
    QCOMPARE(store->sample(4).label, 1);  // was unlabeled: bob's label is the current one
    QCOMPARE(store->sample(5).text, QString("t5"));
    QCOMPARE(store->sample(5).label, 0);
    QCOMPARE(latest(*store, 5), (std::map<QString, int>{{"bob", 0}}));
    QVERIFY(currentAdjudication(*store, 2));
    QCOMPARE(currentAdjudication(*store, 2)->decidedBy, QString("carol"));
    // Annotator and time travel with the label.
    const auto bobs = store->annotations(2);
    const auto theirs = ProjectStore::open(other)->annotations(2);
    QCOMPARE(bobs.back().time, theirs.back().time);

    // Merging twice adds nothing.
    const MergeSummary again = mergeProject(*store, other);
    QVERIFY(!again.changed());
    QCOMPARE(again.added, 0);
    QCOMPARE(again.annotationsCopied, 0);
    QCOMPARE(again.annotationsRepeated, 4);
    QCOMPARE(again.adjudicationsCopied, 0);
    QCOMPARE(again.labels.total(), 0);
    QCOMPARE(again.matchedById + again.matchedByContent, 4);  // t5 is found now
    QCOMPARE(store->sampleCount(), 5);
  }

  void sameIdWithOtherContentIsMatchedByContent() {
    const QString project = path("m2"), other = path("o2");
    auto store = ProjectStore::create(project, SchemaKind::Correctness);
    store->addSamples({text("x", 0), text("y", 0)}, "alice");
    {
      auto o = ProjectStore::create(other, SchemaKind::Correctness);
      o->addSamples({text("y", 1), text("x", 0)}, "bob");  // ids swapped
    }
    const MergeSummary s = mergeProject(*store, other);
    QCOMPARE(s.matchedById, 0);
    QCOMPARE(s.matchedByContent, 2);
    QCOMPARE(s.added, 0);
    QCOMPARE(latest(*store, 2), (std::map<QString, int>{{"alice", 0}, {"bob", 1}}));
    QCOMPARE(latest(*store, 1), (std::map<QString, int>{{"alice", 0}, {"bob", 0}}));
    QCOMPARE(s.labels.equal, 1);
    QCOMPARE(s.labels.conflicting, 1);
  }

  void labelsThePojectLacksNeedAddLabels() {
    const QString project = path("m3"), other = path("o3");
    auto store = ProjectStore::create(project, LabelSchema::fromNames({"spam", "ham"}));
    store->addSamples({text("a", 0)}, "alice");
    {
      auto o = ProjectStore::create(other, LabelSchema::fromNames({"ham", "spam", "eggs"}));
      o->addSamples({text("a", 1), text("b", 2), text("c", 0)}, "bob");  // spam, eggs, ham
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, mergeProject(*store, other));
    QCOMPARE(store->sampleCount(), 1);  // nothing changed
    MergeOptions add;
    add.addLabels = true;
    const MergeSummary s = mergeProject(*store, other, add);
    QCOMPARE(s.labelsAdded, QStringList{"eggs"});
    const int eggs = store->labelSchema().idOf("eggs");
    QCOMPARE(eggs, 2);
    QCOMPARE(latest(*store, 1), (std::map<QString, int>{{"alice", 0}, {"bob", 0}}));  // spam is spam
    QCOMPARE(store->sample(2).label, eggs);
    QCOMPARE(store->sample(3).label, 1);  // ham
    QCOMPARE(s.labels.equal, 1);
    QCOMPARE(s.labels.added, 2);
  }

  void mergeIntoItselfIsRefused() {
    const QString project = path("m4");
    auto store = ProjectStore::create(project, SchemaKind::Correctness);
    QVERIFY_THROWS_EXCEPTION(StoreError, mergeProject(*store, project));
    QVERIFY_THROWS_EXCEPTION(StoreError, mergeProject(*store, path("missing")));
  }

  void importBySecondAnnotatorCountsNewEqualConflicting() {
    auto store = ProjectStore::create(path("i1"), SchemaKind::Correctness);
    store->addSamples({text("t1", 0), text("t2", 0), text("t3", 1), text("t4")}, "alice");
    const QString file = write("bob.jsonl",
                               "{\"text\": \"t1\", \"label\": \"正确\"}\n"    // equal
                               "{\"text\": \"t2\", \"label\": \"错误\"}\n"    // conflicting
                               "{\"text\": \"t4\", \"label\": \"错误\"}\n"    // new: unlabeled
                               "{\"text\": \"t9\", \"label\": \"正确\"}\n");  // new sample
    const ImportMark mark = markBeforeImport(*store);
    const ImportSummary s = store->importFile(file, Format::Auto, "bob");
    QCOMPARE(s.imported, 1);
    const LabelMergeCounts c = importedLabelCounts(*store, "bob", mark);
    QCOMPARE(c.added, 2);
    QCOMPARE(c.equal, 1);
    QCOMPARE(c.conflicting, 1);
    // The same file again: no label changes, nothing to count.
    const ImportMark second = markBeforeImport(*store);
    store->importFile(file, Format::Auto, "bob");
    QCOMPARE(importedLabelCounts(*store, "bob", second).total(), 0);
  }

  void adjudicationIsAppendOnlyAndWithdrawable() {
    auto store = ProjectStore::create(path("a1"), SchemaKind::Correctness);
    store->addSamples({text("s1"), text("s2")});
    QVERIFY(!currentAdjudication(*store, 1));
    QCOMPARE(setAdjudication(*store, 1, 1, "rita"), -1);
    QCOMPARE(currentAdjudication(*store, 1)->label, 1);
    QCOMPARE(setAdjudication(*store, 1, 0, "sam"), 1);  // returns what an undo restores
    QCOMPARE(currentAdjudication(*store, 1)->label, 0);
    QCOMPARE(currentAdjudication(*store, 1)->decidedBy, QString("sam"));
    QVERIFY(currentAdjudication(*store, 1)->decidedAt.isValid());
    QCOMPARE(withdrawAdjudication(*store, 1, "sam"), 0);
    QVERIFY(!currentAdjudication(*store, 1));
    QCOMPARE(adjudicationHistory(*store, 1).size(), size_t(3));
    QCOMPARE(adjudicationHistory(*store, 1).back().label, -1);
    QVERIFY(adjudicationHistory(*store, 2).empty());
    QVERIFY_THROWS_EXCEPTION(StoreError, setAdjudication(*store, 1, 7, "sam"));   // no such label
    QVERIFY_THROWS_EXCEPTION(StoreError, setAdjudication(*store, 99, 0, "sam"));  // no such sample
    QVERIFY_THROWS_EXCEPTION(StoreError, setAdjudication(*store, 1, 0, " "));     // nobody
  }

  void conflictsResolveByAdjudicationThenMajority() {
    auto store = ProjectStore::create(path("a2"), SchemaKind::Correctness);
    const std::vector<qint64> ids =
        store->addSamples({text("majority"), text("tie"), text("adjudicated"), text("agreed"), text("single")});
    const auto label = [&](qint64 id, const char* who, int l) { store->annotate(id, who, l); };
    label(ids[0], "alice", 0), label(ids[0], "bob", 1), label(ids[0], "carol", 1);
    label(ids[1], "alice", 0), label(ids[1], "bob", 1);
    label(ids[2], "alice", 0), label(ids[2], "bob", 0), label(ids[2], "carol", 1);
    label(ids[3], "alice", 1), label(ids[3], "bob", 1);
    label(ids[4], "alice", 1);
    setAdjudication(*store, ids[2], 1, "rita");  // over the majority's 0

    const std::vector<ConflictingSample> conflicts = conflictingSamples(*store);
    QCOMPARE(conflicts.size(), size_t(3));
    QCOMPARE(conflicts[0].sampleId, ids[0]);
    QCOMPARE(conflicts[0].text, QString("majority"));
    QCOMPARE(conflicts[0].labels, (std::vector<std::pair<QString, int>>{{"alice", 0}, {"bob", 1}, {"carol", 1}}));
    QCOMPARE(conflicts[0].majorityLabel, 1);
    QVERIFY(!conflicts[0].adjudication);
    QCOMPARE(conflicts[1].majorityLabel, -1);
    QCOMPARE(conflicts[1].resolvedLabel(), -1);
    QCOMPARE(conflicts[2].adjudication->label, 1);
    QCOMPARE(conflicts[2].resolvedLabel(), 1);

    ConflictResolution r = resolveConflicts(*store);
    QCOMPARE(r.byAdjudication, 1);
    QCOMPARE(r.byMajority, 1);
    QCOMPARE(r.skippedTies, 1);
    QCOMPARE(r.labels, (std::map<qint64, int>{{ids[0], 1}, {ids[1], -1}, {ids[2], 1}}));

    // An adjudication settles a tie; withdrawing it brings the majority back.
    setAdjudication(*store, ids[1], 0, "rita");
    withdrawAdjudication(*store, ids[2], "rita");
    r = resolveConflicts(*store);
    QCOMPARE(r.labels, (std::map<qint64, int>{{ids[0], 1}, {ids[1], 0}, {ids[2], 0}}));
    QCOMPARE(r.byAdjudication, 1);
    QCOMPARE(r.byMajority, 2);
    QCOMPARE(r.skippedTies, 0);
    // A deleted sample is no conflict.
    store->setDeleted({ids[0]}, true, "alice");
    QCOMPARE(resolveConflicts(*store).conflicts(), 2);
  }

  void aPersonsCorrectionOfAFileIsNoTie() {
    auto store = ProjectStore::create(path("a3"), SchemaKind::Correctness);
    const QString file = write("vendor.jsonl",
                               "{\"text\": \"v1\", \"label\": \"正确\"}\n"
                               "{\"text\": \"v2\", \"label\": \"正确\"}\n");
    store->importFile(file);         // credited to import:vendor.jsonl
    store->annotate(1, "alice", 1);  // alice corrects the file
    store->annotate(2, "alice", 1);
    store->annotate(2, "bob", 0);  // two people disagree: a tie between them
    QVERIFY(isFileCredit("import:vendor.jsonl"));
    QVERIFY(isFileCredit("import"));
    QVERIFY(!isFileCredit("importer"));
    const std::vector<ConflictingSample> conflicts = conflictingSamples(*store);
    QCOMPARE(conflicts.size(), size_t(2));  // both still disagree in the statistics' sense
    QVERIFY(conflicts[0].personOverFile());
    QCOMPARE(conflicts[0].resolvedLabel(), 1);
    QVERIFY(!conflicts[1].personOverFile());
    QCOMPARE(conflicts[1].resolvedLabel(), -1);
    const ConflictResolution r = resolveConflicts(*store);
    QCOMPARE(r.byPersonOverFile, 1);
    QCOMPARE(r.skippedTies, 1);
    QCOMPARE(r.conflicts(), 1);
    QCOMPARE(r.labels, (std::map<qint64, int>{{1, 1}, {2, -1}}));
  }

 private:
  QString path(const QString& name) const { return dir_.filePath(name + ".assay"); }
  QString write(const QString& name, const QByteArray& bytes) {
    const QString p = dir_.filePath(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(p));
    f.write(bytes);
    return p;
  }
  QTemporaryDir dir_;
};

ASSAY_TEST_APPLESS_MAIN(TestProjectMerge)
#include "tst_project_merge.moc"
