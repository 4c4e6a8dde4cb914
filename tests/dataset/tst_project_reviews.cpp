// Schema v3 records beside the labels: annotation notes, stored model
// predictions (latest per sample and model), append-only reviews and the
// export of reviewed samples.
#include <QTemporaryDir>
#include <QtTest>

#include "data/DataFormat.h"
#include "data/ProjectStore.h"
#include "RawSql.h"
#include "TestRegistry.h"

using namespace assay::data;
using assay::testing::sql;

class TestProjectReviews : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void init() { QVERIFY(dir_.isValid()); }
  void annotationNotes();
  void predictionsLatestPerModelSurviveReopen();
  void reviewsAreAppendOnly();
  void verdictAndLabelInOneTransaction();
  void predictedSamplesInOneQuery();
  void exportReviewedWritesOnlyReviewed();

 private:
  QString newPath() { return dir_.filePath(QString("p%1.assay").arg(counter_++)); }
  QTemporaryDir dir_;
  int counter_ = 0;
};

void TestProjectReviews::annotationNotes() {
  const QString path = newPath();
  {
    const auto store = ProjectStore::create(path, SchemaKind::Style);
    Sample s;
    s.text = "用户问题：能退吗？\n回答：七天无理由退货。";
    const qint64 id = store->addSamples({s}).at(0);
    store->annotate(id, "alice", 1, "退货政策，不是售前");
    store->annotate(id, "bob", 1);
  }
  const auto store = ProjectStore::open(path);  // notes are durable
  const std::vector<Annotation> a = store->annotations(1);
  QCOMPARE(a.size(), size_t(2));
  QCOMPARE(a[0].note, QString("退货政策，不是售前"));
  QVERIFY(a[1].note.isEmpty());
  QVERIFY(sql(path, {"SELECT note FROM annotations WHERE annotator = 'bob'"}).isNull());  // no note: NULL, not ""
}

void TestProjectReviews::predictionsLatestPerModelSurviveReopen() {
  const QString path = newPath();
  {
    const auto store = ProjectStore::create(path, SchemaKind::Correctness);
    Sample a, b;
    a.text = "浙江省杭州市西湖区文三路90号";
    b.text = "北京市海淀区中关村大街1号";
    store->addSamples({a, b});
    StoredPrediction p;
    p.sampleId = 1;
    p.model = "/models/run1";
    p.label = 0;
    p.labelName = "正确";
    p.confidence = 0.75;
    p.probabilities = {{"正确", 0.75}, {"错误", 0.25}};
    p.pCorrect = 0.75;
    StoredPrediction q = p;
    q.sampleId = 2;
    q.label = -1;  // a label the project does not have
    q.labelName = "unknown";
    q.pCorrect.reset();
    store->savePredictions({p, q});
    p.label = 1;  // the same model again: replaces its answer for sample 1
    p.labelName = "错误";
    p.confidence = 0.6;
    p.probabilities = {{"正确", 0.4}, {"错误", 0.6}};
    store->savePredictions({p});
    p.model = "/models/run2";  // another model: kept beside it
    store->savePredictions({p});
    StoredPrediction bad = p;
    bad.sampleId = 99;
    try {
      store->savePredictions({p, bad});
      QFAIL("a prediction for a missing sample must fail");
    } catch (const StoreError& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("99"), e.what());
    }
  }
  const auto store = ProjectStore::open(path);
  const std::vector<StoredPrediction> run1 = store->predictions("/models/run1");
  QCOMPARE(run1.size(), size_t(2));
  QCOMPARE(run1[0].sampleId, 1);
  QCOMPARE(run1[0].label, 1);
  QCOMPARE(run1[0].labelName, QString("错误"));
  QCOMPARE(run1[0].confidence, 0.6);
  QCOMPARE(run1[0].probabilities.size(), size_t(2));
  QCOMPARE(run1[0].probabilities[0].first, QString("正确"));  // the model's order, not sorted
  QCOMPARE(run1[0].probabilities[1].second, 0.6);
  QCOMPARE(*run1[0].pCorrect, 0.75);
  QVERIFY(run1[0].time.isValid());
  QCOMPARE(run1[1].label, -1);
  QCOMPARE(run1[1].labelName, QString("unknown"));
  QVERIFY(!run1[1].pCorrect);
  QCOMPARE(store->predictions().size(), size_t(3));  // every model
  QCOMPARE(sql(path, {"SELECT count(*) FROM predictions WHERE sample_id = 99"}).toInt(),
           0);  // the failed batch left nothing
}

void TestProjectReviews::reviewsAreAppendOnly() {
  const QString path = newPath();
  const auto store = ProjectStore::create(path, SchemaKind::Style);
  Sample s;
  s.text = "用户问题：几点开门？\n回答：早上九点。";
  s.label = 2;
  store->addSamples({s, s});
  store->addReview(1, "rita", Verdict::Accepted, 3);
  store->addReview(1, "sam", Verdict::Skipped, 4);  // a skip keeps no label
  const qint64 third = store->addReview(2, "rita", Verdict::Relabelled, 0);
  QVERIFY(third > 0);
  const std::vector<Review> all = store->reviews();
  QCOMPARE(all.size(), size_t(3));
  QCOMPARE(all[0].verdict, Verdict::Accepted);
  QCOMPARE(all[0].label, 3);
  QCOMPARE(all[0].reviewer, QString("rita"));
  QCOMPARE(all[1].verdict, Verdict::Skipped);
  QCOMPARE(all[1].label, -1);
  QCOMPARE(store->reviews(2).size(), size_t(1));
  QCOMPARE(store->reviews(2)[0].verdict, Verdict::Relabelled);
  QCOMPARE(store->sample(1).label, 2);  // a review alone changes no label
  QVERIFY_THROWS_EXCEPTION(StoreError, store->addReview(7, "rita", Verdict::Accepted, 1));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->addReview(1, "rita", Verdict::KeptHuman, -1));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->addReview(1, " ", Verdict::Accepted, 1));
  QString error;
  sql(path, {"UPDATE reviews SET verdict = 'accepted' WHERE id = 2"}, &error);
  QVERIFY2(error.contains("append-only"), qPrintable(error));
  error.clear();
  sql(path, {"DELETE FROM reviews"}, &error);
  QVERIFY2(error.contains("append-only"), qPrintable(error));
  QCOMPARE(store->reviews().size(), size_t(3));
  QCOMPARE(verdictName(Verdict::KeptHuman), QString("kept-human"));
}

// recordVerdict: the label and its verdict are saved together or not at all.
void TestProjectReviews::verdictAndLabelInOneTransaction() {
  const QString path = newPath();
  const auto store = ProjectStore::create(path, SchemaKind::Style);
  Sample s;
  s.text = "用户问题：能退吗？\n回答：七天无理由退货。";
  s.label = 2;
  store->addSamples({s, s});
  const auto count = [&path](const char* table) {
    return sql(path, {QString("SELECT count(*) FROM %1").arg(table)}).toInt();
  };
  const int annotations = count("annotations"), history = count("label_history");

  const qint64 id = store->recordVerdict(1, "rita", Verdict::Relabelled, 3);
  QVERIFY(id > 0);
  QCOMPARE(store->sample(1).label, 3);
  QCOMPARE(store->annotations(1).back().annotator, QString("rita"));
  QCOMPARE(store->annotations(1).back().label, 3);
  QCOMPARE(store->reviews(1).back().verdict, Verdict::Relabelled);
  QCOMPARE(store->reviews(1).back().label, 3);
  QCOMPARE(count("label_history"), history + 1);
  store->recordVerdict(2, "rita", Verdict::Skipped, 4);  // a skip writes no label
  QCOMPARE(store->sample(2).label, 2);
  QCOMPARE(count("annotations"), annotations + 1);
  QCOMPARE(store->reviews(2).back().label, -1);

  // Refused before the transaction: nothing written.
  QVERIFY_THROWS_EXCEPTION(StoreError, store->recordVerdict(2, "rita", Verdict::Accepted, 9));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->recordVerdict(7, "rita", Verdict::Accepted, 1));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->recordVerdict(2, " ", Verdict::Accepted, 1));
  // The review insert fails after the label was written: the label rolls back too.
  QString error;
  sql(path, {"CREATE TRIGGER refuse_reviews BEFORE INSERT ON reviews BEGIN SELECT RAISE(ABORT, 'refused'); END"},
      &error);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->recordVerdict(2, "rita", Verdict::Relabelled, 0));
  QCOMPARE(store->sample(2).label, 2);
  QCOMPARE(count("annotations"), annotations + 1);
  QCOMPARE(count("label_history"), history + 1);
  QCOMPARE(store->reviews().size(), size_t(2));
  sql(path, {"DROP TRIGGER refuse_reviews"});

  // A read-only project: neither.
  const auto readOnly = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
  QVERIFY_THROWS_EXCEPTION(StoreError, readOnly->recordVerdict(2, "rita", Verdict::Relabelled, 0));
  QCOMPARE(store->sample(2).label, 2);
  QCOMPARE(count("annotations"), annotations + 1);
  QCOMPARE(store->reviews().size(), size_t(2));

  // The shared rule of the review pane's keys and clicks.
  QCOMPARE(reviewChoice(ReviewAction::Accept, -1, 3, 1).verdict, Verdict::Accepted);
  QCOMPARE(reviewChoice(ReviewAction::Accept, -1, 3, 1).label, 3);
  QCOMPARE(reviewChoice(ReviewAction::KeepHuman, -1, 3, 1).label, 1);
  QCOMPARE(reviewChoice(ReviewAction::PickLabel, 1, 3, 1).verdict, Verdict::KeptHuman);
  QCOMPARE(reviewChoice(ReviewAction::PickLabel, 3, 3, 1).verdict, Verdict::Relabelled);
  QCOMPARE(reviewChoice(ReviewAction::Skip, 2, 3, 1).label, -1);
}

// The review pane's "Show stored": each prediction with its sample's text and current label.
void TestProjectReviews::predictedSamplesInOneQuery() {
  const QString path = newPath();
  const auto store = ProjectStore::create(path, SchemaKind::Correctness);
  Sample a, b, c;
  a.text = "浙江省杭州市西湖区文三路90号";
  b.text = "北京市海淀区中关村大街1号";
  b.label = 1;
  c.text = "上海市";
  store->addSamples({a, b, c});
  std::vector<StoredPrediction> batch;
  for (const qint64 id : {2, 1}) {
    StoredPrediction p;
    p.sampleId = id;
    p.model = "/models/run1";
    p.label = 0;
    p.labelName = "正确";
    p.confidence = 0.5 + 0.1 * double(id);
    p.probabilities = {{"正确", p.confidence}, {"错误", 1 - p.confidence}};
    batch.push_back(p);
  }
  StoredPrediction other = batch.front();
  other.model = "/models/run2";
  other.sampleId = 3;
  batch.push_back(other);
  store->savePredictions(batch);
  const std::vector<PredictedSample> rows = store->predictedSamples("/models/run1");
  const std::vector<StoredPrediction> plain = store->predictions("/models/run1");
  QCOMPARE(rows.size(), size_t(2));
  QCOMPARE(rows[0].prediction.sampleId, qint64(1));
  QCOMPARE(rows[0].text, a.text);
  QCOMPARE(rows[0].humanLabel, -1);
  QCOMPARE(rows[1].text, b.text);
  QCOMPARE(rows[1].humanLabel, 1);
  for (size_t i = 0; i < rows.size(); ++i) {
    QCOMPARE(rows[i].prediction.sampleId, plain[i].sampleId);
    QCOMPARE(rows[i].prediction.confidence, plain[i].confidence);
    QCOMPARE(rows[i].prediction.probabilities, plain[i].probabilities);
    QCOMPARE(rows[i].prediction.time, plain[i].time);
  }
  QCOMPARE(store->predictedSamples().size(), size_t(3));  // every model
  QVERIFY(store->predictedSamples("/models/none").empty());
}

void TestProjectReviews::exportReviewedWritesOnlyReviewed() {
  const QString path = newPath();
  const auto store = ProjectStore::create(path, SchemaKind::Style);
  std::vector<Sample> samples;
  for (int i = 0; i < 6; ++i) {
    Sample s;
    s.text = QString("用户问题：第%1个问题\n回答：第%1个回答。").arg(i);
    s.label = i % 5;
    samples.push_back(s);
  }
  store->addSamples(samples);
  store->annotate(5, "rita", 1);
  store->addReview(5, "rita", Verdict::Relabelled, 1);
  store->addReview(2, "rita", Verdict::KeptHuman, 1);
  store->addReview(2, "sam", Verdict::Accepted, 1);  // reviewed twice: written once
  store->addReview(4, "rita", Verdict::Skipped);     // skipped only: not reviewed
  const QString out = dir_.filePath("reviewed.json");
  const ExportResult r = store->exportReviewed(out, Format::StyleJson);
  QCOMPARE(r.written, 2);
  QFile f(out);
  QVERIFY(f.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(f.readAll());
  QVERIFY(text.contains("第1个问题"));
  QVERIFY(text.contains("第4个问题"));  // sample 5, with its reviewed label 售后
  QVERIFY(!text.contains("第3个问题"));
  QVERIFY(!text.contains("第0个问题"));
  QCOMPARE(text.count("售后"), 2);  // both with label 售后 (sample 5's reviewed label)
}

ASSAY_TEST_APPLESS_MAIN(TestProjectReviews)
#include "tst_project_reviews.moc"
