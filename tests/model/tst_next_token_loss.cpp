// The auxiliary next-token objective (model/NextTokenLoss.h): the loss on
// hand-computed logits, with and without coarse (frequent-token) targets;
// the frequent-token mask from record counts; and the classifier's two
// training forwards: logits equal to forward(), the loss equal to the
// reference computed from the hidden states, the shared-prefix pair loss
// equal to the chosen text run alone, and gradients reaching the embedding.
#include <torch/torch.h>

#include <QtTest>
#include <cmath>
#include <limits>

#include "model/NextTokenLoss.h"
#include "model/Qwen2ForSequenceClassification.h"
#include "ModelTestUtil.h"
#include "TestRegistry.h"
#include "train/Batching.h"

using namespace assay;

namespace {

double logSumExp(const std::vector<double>& v) {
  double m = -1e300;
  for (double x : v) m = std::max(m, x);
  double s = 0;
  for (double x : v) s += std::exp(x - m);
  return m + std::log(s);
}

// Two positions' logits over a 4-token vocabulary, through an identity
// embedding: hidden row t is exactly the logits of position t.
struct HandCase {
  torch::Tensor hidden = torch::tensor({{{1.0f, 2.0f, 0.5f, -1.0f}, {0.0f, 0.0f, 3.0f, 1.0f}, {9.f, 9.f, 9.f, 9.f}}});
  torch::Tensor embedding = torch::eye(4);
  torch::Tensor ids = torch::tensor({{0L, 1L, 3L}});  // position 0 predicts 1, position 1 predicts 3
  torch::Tensor predicts = torch::tensor({{true, true}});
};

}  // namespace

class TestNextTokenLoss : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void crossEntropyOnHandComputedLogits() {
    HandCase h;
    const double l0 = logSumExp({1, 2, 0.5, -1}) - 2;  // target 1
    const double l1 = logSumExp({0, 0, 3, 1}) - 1;     // target 3
    const double loss = nextTokenLoss(h.hidden, h.embedding, h.ids, h.predicts, {}).item<double>();
    QVERIFY(std::abs(loss - (l0 + l1) / 2) < 1e-5);
    // A position that predicts nothing does not count.
    const double first = nextTokenLoss(h.hidden, h.embedding, h.ids, torch::tensor({{true, false}}), {}).item<double>();
    QVERIFY(std::abs(first - l0) < 1e-5);
    QCOMPARE(nextTokenLoss(h.hidden, h.embedding, h.ids, torch::tensor({{false, false}}), {}).item<double>(), 0.0);
  }

  void rareTargetsAreOneEvent() {
    HandCase h;
    // Frequent: tokens 0 and 1 (the mask is shorter than the vocabulary:
    // ids past its end are not frequent). Target 1 keeps its own
    // probability; target 3 scores the summed mass of tokens 2 and 3.
    const auto frequent = torch::tensor({true, true, false});
    const double l0 = logSumExp({1, 2, 0.5, -1}) - 2;
    const double l1 = logSumExp({0, 0, 3, 1}) - logSumExp({3, 1});
    const double loss = nextTokenLoss(h.hidden, h.embedding, h.ids, h.predicts, frequent).item<double>();
    QVERIFY(std::abs(loss - (l0 + l1) / 2) < 1e-5);
    const auto reference =
        nextTokenLoss(h.hidden, h.embedding, h.ids, h.predicts, frequent, ComputePolicy::reference());
    QVERIFY(std::abs(reference.item<double>() - (l0 + l1) / 2) < 1e-5);
    // The coarse loss is never above the exact one (a coarser event is at least as likely).
    QVERIFY(loss < nextTokenLoss(h.hidden, h.embedding, h.ids, h.predicts, {}).item<double>());
  }

  void frequentTokensCountRecordsNotOccurrences() {
    const std::vector<int32_t> a{1, 1, 1, 1, 2}, b{2, 3}, c{2, 4}, d{5};
    const auto mask = frequentTokenMask({&a, &b, &c, &d}, 0.5);  // at least 2 of 4 records
    QCOMPARE(mask.size(0), int64_t(6));
    // token 1: 4 occurrences but one record; token 2: three records
    const std::vector<bool> expected{false, false, true, false, false, false};
    for (int64_t t = 0; t < 6; ++t) QCOMPARE(mask[t].item<bool>(), bool(expected[size_t(t)]));
    QVERIFY(frequentTokenMask({&a, &b, &c, &d}, 0.0).slice(0, 1).all().item<bool>());  // every seen token
    QVERIFY(!frequentTokenMask({&a, &b, &c, &d}, 0.0)[0].item<bool>());                // never seen
  }

  void classifierLogitsAndLossMatchTheReference() {
    torch::manual_seed(3);
    Qwen2ForSequenceClassification model(test::smallConfig());
    model->eval();
    const auto [ids, mask] = test::paddedBatch({7, 4, 6}, 50, /*leftPadding=*/false);
    const auto out = model->forward(ModelInput::padded(ids, mask), ForwardRequest::withNextTokenLoss({}));
    const auto& loss = out.nextTokenLoss;
    QVERIFY(torch::allclose(out.logits, model->forward(ids, mask), 1e-5, 1e-5));
    // Reference: log-softmax of hidden x embedding^T, over real next tokens only.
    const auto hidden = model->model->forward(ids, mask, Qwen2ForSequenceClassificationImpl::positionIdsFromMask(mask));
    const auto logp = torch::log_softmax(torch::matmul(hidden, model->model->embed_tokens->weight.t()), -1);
    double sum = 0;
    int count = 0;
    for (int64_t r = 0; r < ids.size(0); ++r)
      for (int64_t t = 0; t + 1 < ids.size(1); ++t)
        if (mask[r][t + 1].item<int64_t>() == 1) {
          sum -= logp[r][t][ids[r][t + 1].item<int64_t>()].item<double>();
          ++count;
        }
    QCOMPARE(count, 6 + 3 + 5);
    QVERIFY(std::abs(loss.item<double>() - sum / count) < 1e-4);
  }

  void gradientReachesTheEmbeddingAsOutputLayer() {
    torch::manual_seed(4);
    Qwen2ForSequenceClassification model(test::smallConfig());
    const auto [ids, mask] = test::paddedBatch({5, 5}, 50, false);
    model->forward(ModelInput::padded(ids, mask), ForwardRequest::withNextTokenLoss({})).nextTokenLoss.backward();
    // Row 0 is the pad row (no gradient as an input); a token that is never
    // an input still gets gradient through the output side.
    const auto grad = model->model->embed_tokens->weight.grad();
    QVERIFY(grad.defined());
    QVERIFY(grad.abs().sum(1).gt(0).sum().item<int64_t>() > 10 + 1);  // more rows than the inputs used
    QVERIFY(!model->score->weight.grad().defined() || model->score->weight.grad().abs().sum().item<double>() == 0);
  }

  void groupedLossAndGradientMatchTheGenericDefinition_data() {
    QTest::addColumn<bool>("bf16");
    QTest::newRow("float32 logits") << false;
    QTest::newRow("bfloat16 logits") << true;
  }
  void groupedLossAndGradientMatchTheGenericDefinition() {
    QFETCH(bool, bf16);
    torch::manual_seed(11);
    const int64_t n = 40, vocab = 30;
    const auto dtype = bf16 ? torch::kBFloat16 : torch::kFloat;
    const auto base = (torch::randn({n, vocab}) * 4).to(dtype);
    auto frequent = torch::zeros({vocab}, torch::kBool);
    frequent.slice(0, 0, 8).fill_(true);
    // Targets of both kinds: ids 0..7 are frequent, the rest rare.
    const auto targets = torch::randint(0, vocab, {n}, torch::kLong);
    QVERIFY(frequent.index({targets}).any().item<bool>() && frequent.index({targets}).logical_not().any().item<bool>());

    auto ours = base.clone().requires_grad_(true);
    auto theirs = base.to(torch::kFloat).requires_grad_(true);
    const auto loss = groupedTokenLoss(ours, targets, frequent);
    const auto reference = referenceGroupedTokenLoss(theirs, targets, frequent);
    QVERIFY(std::abs(loss.item<double>() - reference.item<double>()) < 1e-5);
    (loss * 3.0).backward();
    (reference * 3.0).backward();
    QCOMPARE(ours.grad().scalar_type(), dtype);   // the gradient comes back in the logits' dtype
    const double tolerance = bf16 ? 1e-2 : 1e-6;  // bfloat16 keeps ~3 significant digits
    QVERIFY(torch::allclose(ours.grad().to(torch::kFloat), theirs.grad(), tolerance, tolerance));
    // Each row's gradient sums to zero (probabilities minus a target distribution).
    QVERIFY(ours.grad().to(torch::kFloat).sum(1).abs().max().item<double>() < (bf16 ? 1e-3 : 1e-7));
  }

  void groupedLossStaysFiniteWhenRareTokensAreImprobable() {
    // Every rare logit 200 below the frequent ones: the exact loss is ~200,
    // beyond float's exponent range relative to the top logit; the loss stays
    // finite and large instead of turning into inf.
    auto logits = torch::full({1, 4}, -200.0f);
    logits.index_put_({0, torch::indexing::Slice(0, 2)}, 0.0f);
    logits.requires_grad_(true);
    const auto loss = groupedTokenLoss(logits, torch::tensor({3L}), torch::tensor({true, true, false, false}));
    QVERIFY(std::isfinite(loss.item<double>()));
    QVERIFY(loss.item<double>() > 80);
    loss.backward();
    QVERIFY(torch::isfinite(logits.grad()).all().item<bool>());
  }

  void groupedLossRejectsTargetsOutsideTheVocabulary() {
    const auto logits = torch::zeros({2, 4});
    const auto frequent = torch::tensor({true, true, false, false});
    for (const int64_t bad : {4L, -1L}) {
      try {
        groupedTokenLoss(logits, torch::tensor({0L, bad}), frequent);
        QFAIL("a target outside the vocabulary must be refused");
      } catch (const c10::Error& e) {
        QVERIFY2(QString::fromUtf8(e.what_without_backtrace()).contains("outside the vocabulary"),
                 e.what_without_backtrace());
      }
    }
  }

  void pairLossEqualsTheChosenTextAlone() {
    torch::manual_seed(5);
    Qwen2ForSequenceClassification model(test::smallConfig(4, 2, false, 1));
    model->eval();
    const std::vector<int32_t> chosen{5, 6, 7, 8, 9, 2}, rejected{5, 6, 7, 8, 9, 3}, c2{11, 12}, r2{13, 14, 15};
    const auto packed = packSharedPrefixPairs({&chosen, &c2}, {&rejected, &r2}, 0);
    const auto out = model->forward(packed.modelInput(), ForwardRequest::withNextTokenLoss({}));
    const auto& loss = out.nextTokenLoss;
    QVERIFY(torch::allclose(out.logits, model->forward(packed.modelInput()).logits, 1e-5, 1e-5));
    // Reference: the two chosen texts as a right-padded batch (5 + 1 predictions).
    const auto alone = padSequences({&chosen, &c2}, 0);
    const auto reference =
        model->forward(ModelInput::padded(alone.inputIds, alone.attentionMask), ForwardRequest::withNextTokenLoss({}))
            .nextTokenLoss;
    QVERIFY(std::abs(loss.item<double>() - reference.item<double>()) < 1e-4);
  }
};

ASSAY_TEST_GUILESS_MAIN(TestNextTokenLoss)
#include "tst_next_token_loss.moc"
