// Edits from the dataset table: relabel a selection, soft delete and
// restore, each one transaction and one undo step (RecordEditHistory); a
// deleted record leaves counts, export, the split and the table's queries,
// and comes back with a restore. Also the table's note column, "has note"
// filter and SQL sort order (SampleQuery).
#include <sqlite3.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "data/RecordEditHistory.h"
#include "data/SampleQuery.h"
#include "data/TextSearchIndex.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;
using assay::testing::textSample;

namespace {

std::vector<int> labelsOf(const ProjectStore& store, const std::vector<qint64>& ids) {
  std::vector<int> out;
  for (qint64 id : ids) out.push_back(store.sample(id).label);
  return out;
}

}  // namespace

class TstRecordEdits : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;
  int projects_ = 0;

  // Five texts (labels 0, 1, unlabeled, 3, unlabeled) and one pair.
  std::unique_ptr<ProjectStore> makeStore(std::vector<qint64>* ids, QString* path = nullptr) {
    const QString file = dir_.filePath(QStringLiteral("p%1.assay").arg(++projects_));
    auto store = ProjectStore::create(file, SchemaKind::Style);
    Sample pair;
    pair.kind = SampleKind::Pair;
    pair.text = QStringLiteral("prompt");
    pair.chosen = QStringLiteral("good");
    pair.rejected = QStringLiteral("bad");
    *ids = store->addSamples(
        {textSample(QStringLiteral("alpha"), 0, Split::Train), textSample(QStringLiteral("bravo"), 1, Split::Train),
         textSample(QStringLiteral("charlie"), -1, Split::Test), textSample(QStringLiteral("delta"), 3, Split::Test),
         textSample(QStringLiteral("echo")), pair});
    if (path) *path = file;
    return store;
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void relabelSelectionIsOneUndoStep() {
    std::vector<qint64> ids;
    auto store = makeStore(&ids);
    const size_t historyBefore = store->labelHistory().size();
    RecordEditHistory edits;
    const std::vector<qint64> selection{ids[0], ids[1], ids[2], ids[5]};  // the pair carries no class label
    QCOMPARE(edits.relabel(*store, selection, 2, QStringLiteral("alice")),
             (std::vector<qint64>{ids[0], ids[1], ids[2]}));
    QCOMPARE(labelsOf(*store, ids), (std::vector<int>{2, 2, 2, 3, -1, -1}));
    const std::vector<LabelChange> history = store->labelHistory();
    QCOMPARE(history.size(), historyBefore + 3);
    QCOMPARE(history.back().annotator, QStringLiteral("alice"));
    QCOMPARE(history.back().oldLabel, -1);
    QCOMPARE(history.back().newLabel, 2);
    QCOMPARE(store->annotations(ids[0]).back().annotator, QStringLiteral("alice"));

    QVERIFY(edits.undo(*store, QStringLiteral("alice")));
    QCOMPARE(labelsOf(*store, ids), (std::vector<int>{0, 1, -1, 3, -1, -1}));
    QVERIFY(store->annotations(ids[2]).empty());
    QVERIFY(!edits.canUndo());
    QVERIFY(edits.canRedo());

    QVERIFY(edits.redo(*store, QStringLiteral("alice")));
    QCOMPARE(labelsOf(*store, ids), (std::vector<int>{2, 2, 2, 3, -1, -1}));
    QVERIFY(edits.undo(*store, QStringLiteral("alice")));  // the redo's annotations are what this takes back
    QCOMPARE(labelsOf(*store, ids), (std::vector<int>{0, 1, -1, 3, -1, -1}));
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
  }

  void deletedRecordLeavesCountsExportAndSplit() {
    std::vector<qint64> ids;
    QString path;
    auto store = makeStore(&ids, &path);
    RecordEditHistory edits;
    QCOMPARE(edits.remove(*store, {ids[1], ids[3]}, QStringLiteral("alice")), (std::vector<qint64>{ids[1], ids[3]}));
    QVERIFY(store->isDeleted(ids[1]));
    QCOMPARE(store->sample(ids[1]).text, QStringLiteral("bravo"));  // still in the file
    QCOMPARE(store->sampleCount(), 4);
    QCOMPARE(store->sampleCount(Split::Test), 1);
    QCOMPARE(store->samples().size(), size_t(4));
    const ProjectStats stats = store->stats();
    QCOMPARE(stats.samples, 4);
    QCOMPARE(stats.deleted, 2);
    QCOMPARE(stats.all.perLabel[1], 0);
    QCOMPARE(stats.all.perLabel[3], 0);
    QCOMPARE(stats.all.perLabel[0], 1);
    const QString exported = dir_.filePath(QStringLiteral("deleted.txt"));
    QCOMPARE(store->exportTo(exported, Format::Text).written, 3);  // the texts left; the pair is skipped
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("bravo") && !text.contains("delta") && text.contains("alpha"));

    // A re-split leaves deleted records where they were.
    store->assignSplits(0.5, 7, true);
    QCOMPARE(store->sample(ids[1]).split, Split::Train);
    QCOMPARE(store->sample(ids[3]).split, Split::Test);

    SampleQuery query(path);
    QCOMPARE(query.count({}), 4);
    SampleFilter deleted;
    deleted.deletedOnly = true;
    QCOMPARE(query.matchingIds(deleted, 0, 100), (std::vector<qint64>{ids[1], ids[3]}));
    QVERIFY(query.rows({ids[1]}).at(0).deleted);
    SampleFilter unlabeled;
    unlabeled.label = -1;
    QCOMPARE(query.matchingIds(unlabeled, 0, 100), (std::vector<qint64>{ids[2], ids[4]}));

    const std::vector<SampleDeletion> history = store->deletionHistory(ids[1]);
    QCOMPARE(history.size(), size_t(1));
    QVERIFY(history[0].deleted);
    QCOMPARE(history[0].by, QStringLiteral("alice"));

    // Restore by undo brings them back into every count; redo deletes again.
    QVERIFY(edits.undo(*store, QStringLiteral("alice")));
    QCOMPARE(store->sampleCount(), 6);
    QCOMPARE(store->stats().all.perLabel[1], 1);
    QCOMPARE(store->exportTo(exported, Format::Text).written, 5);
    QCOMPARE(store->deletionHistory(ids[1]).size(), size_t(2));
    QVERIFY(!store->deletionHistory(ids[1]).back().deleted);
    QVERIFY(edits.redo(*store, QStringLiteral("alice")));
    QCOMPARE(store->sampleCount(), 4);
    // An explicit restore is a step of its own.
    QCOMPARE(edits.restore(*store, {ids[3], ids[4]}, QStringLiteral("bob")), (std::vector<qint64>{ids[3]}));
    QCOMPARE(store->sampleCount(), 5);
    QVERIFY(edits.undo(*store, QStringLiteral("bob")));
    QVERIFY(store->isDeleted(ids[3]));
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
  }

  void deletedHistoryIsAppendOnly() {
    std::vector<qint64> ids;
    QString path;
    auto store = makeStore(&ids, &path);
    store->setDeleted({ids[0]}, true, QStringLiteral("alice"));
    // The trigger refuses changes to the history (a raw connection, as a careless script would).
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    char* error = nullptr;
    QVERIFY(sqlite3_exec(raw, "DELETE FROM sample_deletions", nullptr, nullptr, &error) != SQLITE_OK);
    QVERIFY(QString::fromUtf8(error).contains("append-only"));
    sqlite3_free(error);
    sqlite3_close(raw);
  }

  void readOnlyProjectRefuses() {
    std::vector<qint64> ids;
    QString path;
    makeStore(&ids, &path).reset();
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    RecordEditHistory edits;
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        if (attempt == 0) edits.relabel(*store, {ids[0]}, 2, QStringLiteral("alice"));
        else edits.remove(*store, {ids[0]}, QStringLiteral("alice"));
        QFAIL("a read-only project must refuse");
      } catch (const StoreError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("read-only")), e.what());
      }
    }
    QVERIFY(!edits.canUndo());
    QCOMPARE(store->sample(ids[0]).label, 0);
    QVERIFY(!store->isDeleted(ids[0]));
  }

  void noteColumnAndHasNoteFilter() {
    std::vector<qint64> ids;
    QString path;
    auto store = makeStore(&ids, &path);
    store->annotate(ids[2], QStringLiteral("alice"), 1, QStringLiteral("first thought"));
    store->annotate(ids[2], QStringLiteral("bob"), 1, QStringLiteral("checked the source"));
    store->annotate(ids[4], QStringLiteral("alice"), 0);
    SampleQuery query(path);
    SampleFilter notes;
    notes.hasNoteOnly = true;
    QCOMPARE(query.matchingIds(notes, 0, 100), (std::vector<qint64>{ids[2]}));
    QCOMPARE(query.count(notes), 1);
    QCOMPARE(query.rows({ids[2]}).at(0).note, QStringLiteral("checked the source"));
    QVERIFY(query.rows({ids[4]}).at(0).note.isEmpty());
  }

  void sortedPagesByTheKey() {
    std::vector<qint64> ids;
    QString path;
    auto store = makeStore(&ids, &path);
    SampleQuery query(path);
    SampleOrder byText{SampleOrder::Key::Text, false};
    // Texts: alpha bravo charlie delta echo, and the pair shows its prompt.
    const std::vector<qint64> ascending{ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]};
    QCOMPARE(query.matchingIds({}, 0, 100, byText), ascending);
    // Page by page (keyset on text and id) gives the same order.
    std::vector<qint64> paged;
    for (qint64 after = 0;;) {
      const std::vector<qint64> page = query.matchingIds({}, after, 2, byText);
      if (page.empty()) break;
      paged.insert(paged.end(), page.begin(), page.end());
      after = page.back();
    }
    QCOMPARE(paged, ascending);
    SampleOrder byTextDown{SampleOrder::Key::Text, true};
    std::vector<qint64> descending(ascending.rbegin(), ascending.rend());
    QCOMPARE(query.matchingIds({}, 0, 100, byTextDown), descending);
    QCOMPARE(query.matchingIds({}, ids[3], 100, byTextDown), (std::vector<qint64>{ids[2], ids[1], ids[0]}));
    // By label: unlabeled (and the pair) first, ties by id.
    SampleOrder byLabel{SampleOrder::Key::Label, false};
    QCOMPARE(query.matchingIds({}, 0, 100, byLabel),
             (std::vector<qint64>{ids[2], ids[4], ids[5], ids[0], ids[1], ids[3]}));
    std::vector<qint64> pagedByLabel;
    for (qint64 after = 0;;) {
      const std::vector<qint64> page = query.matchingIds({}, after, 1, byLabel);
      if (page.empty()) break;
      pagedByLabel.push_back(page.at(0));
      after = page.back();
    }
    QCOMPARE(pagedByLabel, query.matchingIds({}, 0, 100, byLabel));
    // Sorted with a filter and with an indexed search.
    SampleFilter test;
    test.split = Split::Test;
    QCOMPARE(query.matchingIds(test, 0, 100, byTextDown), (std::vector<qint64>{ids[3], ids[2]}));
    auto index = std::make_shared<TextSearchIndex>();
    index->catchUp(path);
    query.setSearchIndex(index);
    SampleFilter search;
    search.search = QStringLiteral("a");  // alpha bravo charlie delta
    QCOMPARE(query.matchingIds(search, 0, 100, byTextDown), (std::vector<qint64>{ids[3], ids[2], ids[1], ids[0]}));
    // Every key runs.
    for (auto key : {SampleOrder::Key::Annotators, SampleOrder::Key::Split, SampleOrder::Key::Prediction,
                     SampleOrder::Key::Review, SampleOrder::Key::Flags, SampleOrder::Key::Note})
      QCOMPARE(query.matchingIds({}, 0, 100, SampleOrder{key, true}).size(), size_t(6));
  }

  void indexedSearchLeavesDeletedOut() {
    std::vector<qint64> ids;
    QString path;
    auto store = makeStore(&ids, &path);
    store->setDeleted({ids[1]}, true, QStringLiteral("alice"));
    SampleQuery query(path);
    auto index = std::make_shared<TextSearchIndex>();
    index->catchUp(path);
    query.setSearchIndex(index);
    SampleFilter search;
    search.search = QStringLiteral("a");
    QCOMPARE(query.matchingIds(search, 0, 100), (std::vector<qint64>{ids[0], ids[2], ids[3]}));
    QCOMPARE(query.matchingIds(search, 0, 1), (std::vector<qint64>{ids[0]}));
    QCOMPARE(query.matchingIds(search, ids[0], 1), (std::vector<qint64>{ids[2]}));
    QCOMPARE(query.count(search), 3);
  }
};

ASSAY_TEST_GUILESS_MAIN(TstRecordEdits)
#include "tst_record_edits.moc"
