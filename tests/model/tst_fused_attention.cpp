// The attention block's fused pieces (model/FusedAttention.h) against the
// tensor operations they replace: the scaled masked softmax (values and
// gradients, float32 and bfloat16, a mask shared over the batch, a fully
// masked row) and the q/k/v head split with bias and rotary (values and the
// gradients of the product and the bias, float32 and bfloat16).
#include <torch/torch.h>

#include <QtTest>
#include <limits>

#include "model/FusedAttention.h"
#include "model/RotaryEmbedding.h"
#include "TestRegistry.h"

using namespace assay;

namespace {

double maxRelative(const torch::Tensor& a, const torch::Tensor& b) {
  const auto fa = a.to(torch::kFloat), fb = b.to(torch::kFloat);
  return ((fa - fb).abs().max() / fb.abs().max().clamp_min(1e-30)).item<double>();
}

// Additive causal mask with the last `padded` keys of batch row 1 blocked,
// as the classifier builds it: [batch, 1, queries, keys].
torch::Tensor causalMask(int64_t batch, int64_t seq, int64_t padded) {
  auto visible = torch::ones({seq, seq}, torch::kBool).tril().view({1, 1, seq, seq}).repeat({batch, 1, 1, 1});
  if (batch > 1 && padded > 0) visible[1].slice(-1, seq - padded).fill_(false);
  return torch::zeros(visible.sizes()).masked_fill_(visible.logical_not(), std::numeric_limits<float>::lowest());
}

torch::Tensor referenceSoftmax(const torch::Tensor& scores, double scale, const torch::Tensor& mask) {
  const auto b = scores.size(0), kv = scores.size(1), q = mask.size(2), k = scores.size(3);
  const auto x = scores.to(torch::kFloat).mul(scale).view({b, kv, -1, q, k}) + mask.unsqueeze(2);
  return torch::softmax(x, -1).view(scores.sizes());
}

// Split, bias and rotary written with tensor operations (the layout of
// applyRotary), heads first.
std::vector<torch::Tensor> referenceHeads(const torch::Tensor& qkv, const torch::Tensor& bias,
                                          const RotaryAngles& angles, int64_t heads, int64_t kvHeads) {
  const auto b = qkv.size(0), s = qkv.size(1), d = qkv.size(2) / (heads + 2 * kvHeads);
  const auto x = qkv.to(torch::kFloat) + bias;
  const auto parts = x.split_with_sizes({heads * d, kvHeads * d, kvHeads * d}, -1);
  return {applyRotary(parts[0].reshape({b, s, heads, d}), angles).transpose(1, 2),
          applyRotary(parts[1].reshape({b, s, kvHeads, d}), angles).transpose(1, 2),
          parts[2].reshape({b, s, kvHeads, d}).transpose(1, 2)};
}

}  // namespace

class TestFusedAttention : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    torch::set_num_threads(1);
    torch::manual_seed(11);
  }

  void softmaxMatchesTheTensorForm_data() {
    // 7 keys run only the kernels' scalar tail; 37 run two 16-lane blocks and a tail.
    QTest::addColumn<int64_t>("seq");
    QTest::newRow("7 keys") << int64_t(7);
    QTest::newRow("37 keys") << int64_t(37);
  }
  void softmaxMatchesTheTensorForm() {
    QFETCH(int64_t, seq);
    // 2 kv heads x 2 groups.
    const auto mask = causalMask(2, seq, 2);
    const auto data = torch::randn({2, 2, 2 * seq, seq}) * 4;
    auto in = data.clone().requires_grad_(true), refIn = data.clone().requires_grad_(true);
    const auto probs = scaledMaskedSoftmax(in, 0.35, mask, torch::kFloat);
    const auto expected = referenceSoftmax(refIn, 0.35, mask);
    QVERIFY2(maxRelative(probs, expected) < 1e-6, qPrintable(QString::number(maxRelative(probs, expected))));
    QVERIFY(torch::allclose(probs.sum(-1), torch::ones({2, 2, 2 * seq}), 1e-6, 1e-6));
    // Blocked keys get exactly 0, as torch::softmax gives: not exp(-87) / sum,
    // a denormal that made the kernel twice as slow.
    const auto blocked = (mask.unsqueeze(2) < 0).expand({2, 2, 2, seq, seq}).reshape(probs.sizes());
    QVERIFY(blocked.any().item<bool>());
    QVERIFY(probs.masked_select(blocked).eq(0).all().item<bool>());
    const auto upstream = torch::randn(probs.sizes());
    (probs * upstream).sum().backward();
    (expected * upstream).sum().backward();
    QVERIFY2(maxRelative(in.grad(), refIn.grad()) < 1e-5,
             qPrintable(QString::number(maxRelative(in.grad(), refIn.grad()))));
  }

  void softmaxInBfloat16RoundsOnlyAtTheEdges_data() { softmaxMatchesTheTensorForm_data(); }
  void softmaxInBfloat16RoundsOnlyAtTheEdges() {
    QFETCH(int64_t, seq);
    const auto mask = causalMask(3, seq, 4);
    const auto data = (torch::randn({3, 1, 2 * seq, seq}) * 3).to(torch::kBFloat16);
    auto in = data.clone().requires_grad_(true);
    const auto probs = scaledMaskedSoftmax(in, 0.2, mask, torch::kBFloat16);
    QCOMPARE(probs.scalar_type(), torch::kBFloat16);
    const auto expected = referenceSoftmax(data, 0.2, mask);
    QVERIFY2(maxRelative(probs, expected.to(torch::kBFloat16)) < 1e-6 + 4e-3,
             qPrintable(QString::number(maxRelative(probs, expected))));
    const auto upstream = torch::randn(probs.sizes()).to(torch::kBFloat16);
    probs.backward(upstream);
    QCOMPARE(in.grad().scalar_type(), torch::kBFloat16);
    auto refIn = data.to(torch::kFloat).requires_grad_(true);
    referenceSoftmax(refIn, 0.2, mask).backward(upstream.to(torch::kFloat));
    QVERIFY2(maxRelative(in.grad(), refIn.grad()) < 1e-2,
             qPrintable(QString::number(maxRelative(in.grad(), refIn.grad()))));
  }

  void sharedMaskAndFullyMaskedRows() {
    // A mask of batch 1 serves every batch row; a row with every key blocked
    // comes out uniform, as torch::softmax gives.
    auto mask = causalMask(1, 5, 0);
    mask[0][0][3].fill_(std::numeric_limits<float>::lowest());
    const auto scores = torch::randn({2, 2, 5, 5});
    const auto probs = scaledMaskedSoftmax(scores, 1.0, mask, torch::kFloat);
    QVERIFY(torch::allclose(probs, referenceSoftmax(scores, 1.0, mask), 1e-6, 1e-7));
    QVERIFY(torch::allclose(probs[1][1][3], torch::full({5}, 0.2f), 1e-6, 1e-7));
  }

  void headSplitMatchesTheTensorForm_data() {
    // Head dim 6 runs the rotary pairs in the scalar loop; 32 (16 pairs) in
    // one 16-lane block; 40 in a block and a tail.
    QTest::addColumn<bool>("bf16");
    QTest::addColumn<int64_t>("d");
    for (const int64_t d : {6, 32, 40}) {
      QTest::addRow("float32, head dim %d", int(d)) << false << d;
      QTest::addRow("bfloat16, head dim %d", int(d)) << true << d;
    }
  }
  void headSplitMatchesTheTensorForm() {
    QFETCH(bool, bf16);
    QFETCH(int64_t, d);
    const int64_t b = 2, s = 5, heads = 4, kvHeads = 2;
    RotaryEmbedding rotary(d, 10000.0);
    const auto angles = rotary->forward(torch::arange(s).view({1, s}).repeat({b, 1}) + torch::tensor({{0L}, {3L}}));
    const auto type = bf16 ? torch::kBFloat16 : torch::kFloat;
    const auto data = torch::randn({b, s, (heads + 2 * kvHeads) * d}).to(type);
    const auto biasData = torch::randn({(heads + 2 * kvHeads) * d});
    auto qkv = data.clone().requires_grad_(true), bias = biasData.clone().requires_grad_(true);
    const auto fused = splitHeadsRotary(qkv, bias, angles, heads, kvHeads, type);
    auto refQkv = data.to(torch::kFloat).requires_grad_(true), refBias = biasData.clone().requires_grad_(true);
    const auto expected = referenceHeads(refQkv, refBias, angles, heads, kvHeads);
    const std::vector<torch::Tensor> got{fused.q, fused.k, fused.v};
    const double tolerance = bf16 ? 8e-3 : 1e-6;
    torch::Tensor loss = torch::zeros({}), refLoss = torch::zeros({});
    for (size_t i = 0; i < 3; ++i) {
      QCOMPARE(got[i].sizes().vec(), expected[i].sizes().vec());
      QVERIFY(got[i].is_contiguous());
      QCOMPARE(got[i].scalar_type(), type);
      QVERIFY2(maxRelative(got[i], expected[i]) < tolerance,
               qPrintable(QString::number(maxRelative(got[i], expected[i]))));
      const auto upstream = torch::randn(expected[i].sizes());
      loss = loss + (got[i].to(torch::kFloat) * upstream).sum();
      refLoss = refLoss + (expected[i] * upstream).sum();
    }
    loss.backward();
    refLoss.backward();
    QCOMPARE(qkv.grad().scalar_type(), type);
    QVERIFY2(maxRelative(qkv.grad(), refQkv.grad()) < tolerance,
             qPrintable(QString::number(maxRelative(qkv.grad(), refQkv.grad()))));
    QVERIFY2(maxRelative(bias.grad(), refBias.grad()) < (bf16 ? 1e-2 : 1e-5),
             qPrintable(QString::number(maxRelative(bias.grad(), refBias.grad()))));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestFusedAttention)
#include "tst_fused_attention.moc"
