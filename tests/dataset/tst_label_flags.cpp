// The flagger's results in a project: a run and its flags round trip, the
// latest run is the one read (open flags first, most confident first);
// accepting relabels as the reviewer (the label history names them) or, for
// a pair, soft-deletes it; dismissing changes nothing but the flag; each
// undoes in one step.
#include <QTemporaryDir>
#include <QtTest>

#include "TestRegistry.h"
#include "data/LabelFlags.h"
#include "data/ProjectStore.h"

using namespace assay::data;

class TestLabelFlags : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::unique_ptr<ProjectStore> store_;
  std::vector<qint64> ids_;  // texts 0..3 (labels 0, 0, 1, 1), then one pair

 private Q_SLOTS:
  void init() {
    store_.reset();
    const QString path = dir_.filePath(QStringLiteral("flags.assay"));
    QFile::remove(path);
    store_ = ProjectStore::create(path, SchemaKind::Correctness);
    std::vector<Sample> samples(5);
    for (int i = 0; i < 4; ++i) samples[size_t(i)].text = QStringLiteral("地址 %1").arg(i);
    samples[4].kind = SampleKind::Pair;
    samples[4].text = QStringLiteral("问");
    samples[4].chosen = QStringLiteral("问 好答案");
    samples[4].rejected = QStringLiteral("问 坏答案");
    ids_ = store_->addSamples(samples);
    for (int i = 0; i < 4; ++i) store_->annotate(ids_[size_t(i)], QStringLiteral("alice"), i / 2);
  }

  void runRoundTripAndLatestRunWins() {
    QVERIFY(!latestFlagRun(*store_));
    QVERIFY(latestRunFlags(*store_).empty());
    saveFlagRun(*store_, QStringLiteral("old"), QStringLiteral("ngram, 5 folds, seed 1"), 5,
                {{ids_[0], 0, 1, 0.9, 0.8}});
    const qint64 run =
        saveFlagRun(*store_, QStringLiteral("lead"), QStringLiteral("ngram, 5 folds, seed 42"), 5,
                    {{ids_[1], 0, 1, 0.7, 0.4}, {ids_[2], 1, 0, 0.95, 0.9}, {ids_[4], -1, -1, 0.8, 0.6}});
    const auto info = latestFlagRun(*store_);
    QVERIFY(info);
    QCOMPARE(info->id, run);
    QCOMPARE(info->createdBy, QStringLiteral("lead"));
    QCOMPARE(info->method, QStringLiteral("ngram, 5 folds, seed 42"));
    QCOMPARE(info->records, qint64(5));
    QCOMPARE(info->flagged, qint64(3));
    const auto flags = latestRunFlags(*store_);
    QCOMPARE(int(flags.size()), 3);
    QCOMPARE(flags[0].sampleId, ids_[2]);  // score 0.9
    QCOMPARE(flags[0].givenLabel, 1);
    QCOMPARE(flags[0].suggestedLabel, 0);
    QCOMPARE(flags[0].probability, 0.95);
    QCOMPARE(flags[0].score, 0.9);
    QCOMPARE(flags[1].sampleId, ids_[4]);
    QVERIFY(flags[1].isPair());
    QCOMPARE(flags[2].sampleId, ids_[1]);
    QCOMPARE(flags[2].resolution, FlagResolution::Open);
    QCOMPARE(flaggedSampleIds(*store_), (std::vector<qint64>{ids_[1], ids_[2], ids_[4]}));
    // Resolved flags go after the open ones; openOnly leaves them out.
    dismissLabelFlag(*store_, flags[0].id, QStringLiteral("rita"));
    const auto after = latestRunFlags(*store_);
    QCOMPARE(after.back().id, flags[0].id);
    QCOMPARE(after.back().resolution, FlagResolution::Dismissed);
    QCOMPARE(after.back().resolvedBy, QStringLiteral("rita"));
    QCOMPARE(int(latestRunFlags(*store_, true).size()), 2);
    QCOMPARE(flaggedSampleIds(*store_), (std::vector<qint64>{ids_[1], ids_[4]}));
  }

  void refusesUnknownSamplesAndLabels() {
    const auto save = [this](qint64 sampleId, int given, int suggested) {
      saveFlagRun(*store_, QStringLiteral("x"), QStringLiteral("m"), 1, {{sampleId, given, suggested, 0.5, 0.5}});
    };
    QVERIFY_THROWS_EXCEPTION(StoreError, save(999, 0, 1));
    QVERIFY_THROWS_EXCEPTION(StoreError, save(ids_[0], 0, 7));
    QVERIFY_THROWS_EXCEPTION(StoreError, save(ids_[0], 0, -1));
    QVERIFY(!latestFlagRun(*store_));  // all or nothing
  }

  void acceptRelabelsAsReviewerAndUndoes() {
    saveFlagRun(*store_, QStringLiteral("lead"), QStringLiteral("m"), 5, {{ids_[1], 0, 1, 0.7, 0.4}});
    const qint64 flagId = latestRunFlags(*store_)[0].id;
    const qint64 historyBefore = qint64(store_->labelHistory().size());
    const FlagUndo undo = acceptLabelFlag(*store_, flagId, QStringLiteral("rita"));
    QCOMPARE(store_->sample(ids_[1]).label, 1);
    const auto history = store_->labelHistory(ids_[1]);
    QCOMPARE(history.back().annotator, QStringLiteral("rita"));
    QCOMPARE(history.back().oldLabel, 0);
    QCOMPARE(history.back().newLabel, 1);
    const StoredLabelFlag accepted = labelFlag(*store_, flagId);
    QCOMPARE(accepted.resolution, FlagResolution::Accepted);
    QCOMPARE(accepted.resolvedBy, QStringLiteral("rita"));
    QVERIFY(!accepted.resolvedAt.isEmpty());
    // A resolved flag cannot be resolved again.
    QVERIFY_THROWS_EXCEPTION(StoreError, acceptLabelFlag(*store_, flagId, QStringLiteral("rita")));
    QVERIFY_THROWS_EXCEPTION(StoreError, dismissLabelFlag(*store_, flagId, QStringLiteral("rita")));

    undoFlagResolution(*store_, undo, QStringLiteral("rita"));
    QCOMPARE(store_->sample(ids_[1]).label, 0);
    QCOMPARE(labelFlag(*store_, flagId).resolution, FlagResolution::Open);
    QVERIFY(labelFlag(*store_, flagId).resolvedBy.isEmpty());
    QCOMPARE(qint64(store_->labelHistory().size()), historyBefore + 2);  // the relabel and its undo
    QCOMPARE(store_->labelHistory(ids_[1]).back().newLabel, 0);
    QVERIFY_THROWS_EXCEPTION(StoreError, undoFlagResolution(*store_, undo, QStringLiteral("rita")));
  }

  void acceptingAPairDeletesItAndUndoRestores() {
    saveFlagRun(*store_, QStringLiteral("lead"), QStringLiteral("m"), 5, {{ids_[4], -1, -1, 0.8, 0.6}});
    const qint64 flagId = latestRunFlags(*store_)[0].id;
    const FlagUndo undo = acceptLabelFlag(*store_, flagId, QStringLiteral("rita"));
    QVERIFY(store_->isDeleted(ids_[4]));
    QCOMPARE(store_->deletionHistory(ids_[4]).back().by, QStringLiteral("rita"));
    QCOMPARE(store_->sampleCount(), qint64(4));
    undoFlagResolution(*store_, undo, QStringLiteral("rita"));
    QVERIFY(!store_->isDeleted(ids_[4]));
    QCOMPARE(store_->deletionHistory(ids_[4]).back().deleted, false);
    QCOMPARE(labelFlag(*store_, flagId).resolution, FlagResolution::Open);
  }

  void dismissKeepsTheLabelAndUndoes() {
    saveFlagRun(*store_, QStringLiteral("lead"), QStringLiteral("m"), 5, {{ids_[3], 1, 0, 0.6, 0.2}});
    const qint64 flagId = latestRunFlags(*store_)[0].id;
    const qint64 historyBefore = qint64(store_->labelHistory().size());
    const FlagUndo undo = dismissLabelFlag(*store_, flagId, QStringLiteral("rita"));
    QCOMPARE(store_->sample(ids_[3]).label, 1);
    QCOMPARE(qint64(store_->labelHistory().size()), historyBefore);
    QCOMPARE(labelFlag(*store_, flagId).resolution, FlagResolution::Dismissed);
    undoFlagResolution(*store_, undo, QStringLiteral("rita"));
    QCOMPARE(labelFlag(*store_, flagId).resolution, FlagResolution::Open);
    QCOMPARE(store_->sample(ids_[3]).label, 1);
    QVERIFY_THROWS_EXCEPTION(StoreError, acceptLabelFlag(*store_, 12345, QStringLiteral("rita")));
    QVERIFY_THROWS_EXCEPTION(StoreError, acceptLabelFlag(*store_, flagId, QStringLiteral(" ")));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestLabelFlags)
#include "tst_label_flags.moc"
