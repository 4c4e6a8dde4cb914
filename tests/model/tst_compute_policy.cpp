// The compute policy on the whole model: the fused path (custom kernels,
// stacked products, grouped attention) against the reference path (plain
// LibTorch as Hugging Face writes Qwen2), with the same weights. Logits,
// rewards, the next-token loss and every parameter's gradient must agree:
// float32 to float rounding, bfloat16 products to bfloat16 rounding. And the
// reference path must really be plain: its autograd graph holds no custom
// function.
#include <torch/torch.h>

#include <QtTest>
#include <set>
#include <string>

#include "ModelTestUtil.h"
#include "TestRegistry.h"
#include "model/Lora.h"
#include "model/NextTokenLoss.h"
#include "model/Qwen2ForSequenceClassification.h"
#include "train/Batching.h"

using namespace assay;
using namespace assay::test;

namespace {

double relativeError(const torch::Tensor& got, const torch::Tensor& want) {
  const auto g = got.to(torch::kDouble), w = want.to(torch::kDouble);
  return (g - w).norm().item<double>() / std::max(w.norm().item<double>(), 1e-12);
}

// Every parameter's gradient after backward() of `loss`, then cleared.
std::map<std::string, torch::Tensor> gradientsOf(Qwen2ForSequenceClassification& model, const torch::Tensor& loss) {
  model->zero_grad();
  loss.backward();
  std::map<std::string, torch::Tensor> grads;
  for (const auto& p : model->named_parameters())
    if (p.value().grad().defined()) grads[p.key()] = p.value().grad().clone();
  model->zero_grad();
  return grads;
}

// The names of the autograd nodes that produced `t`.
std::set<std::string> graphNodes(const torch::Tensor& t) {
  std::set<std::string> names;
  std::vector<torch::autograd::Node*> stack{t.grad_fn().get()};
  std::set<torch::autograd::Node*> seen;
  while (!stack.empty()) {
    auto* node = stack.back();
    stack.pop_back();
    if (!node || !seen.insert(node).second) continue;
    names.insert(node->name());
    for (const auto& edge : node->next_edges()) stack.push_back(edge.function.get());
  }
  return names;
}

bool anyCustomFunction(const std::set<std::string>& nodes) {
  for (const auto& n : nodes)
    if (n.find("CppNode") != std::string::npos) return true;
  return false;
}

struct Comparison {
  torch::Tensor fusedOut, referenceOut;
  std::map<std::string, torch::Tensor> fusedGrads, referenceGrads;
};

// Runs `lossOf` (which returns {the compared output, a scalar loss}) under
// both kernel paths with the given precision.
template <typename Fn>
Comparison compare(Qwen2ForSequenceClassification& model, MatmulPrecision precision, Fn lossOf) {
  Comparison c;
  model->setComputePolicy({precision, KernelPath::Fused});
  auto [out, loss] = lossOf();
  c.fusedOut = out.detach().to(torch::kFloat);
  c.fusedGrads = gradientsOf(model, loss);
  model->setComputePolicy({precision, KernelPath::Reference});
  std::tie(out, loss) = lossOf();
  c.referenceOut = out.detach().to(torch::kFloat);
  c.referenceGrads = gradientsOf(model, loss);
  return c;
}

void checkAgreement(const Comparison& c, double tolerance) {
  const double outError = relativeError(c.fusedOut, c.referenceOut);
  QVERIFY2(outError < tolerance, qPrintable(QStringLiteral("outputs differ by %1").arg(outError)));
  QCOMPARE(c.fusedGrads.size(), c.referenceGrads.size());
  QVERIFY(c.fusedGrads.size() > 10);
  for (const auto& [name, grad] : c.referenceGrads) {
    QVERIFY2(c.fusedGrads.count(name), name.c_str());
    const double error = relativeError(c.fusedGrads.at(name), grad);
    QVERIFY2(error < tolerance, qPrintable(QStringLiteral("%1: gradients differ by %2").arg(name.c_str()).arg(error)));
  }
}

}  // namespace

class TestComputePolicy : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void referencePathRunsNoCustomKernel() {
    torch::manual_seed(1);
    Qwen2ForSequenceClassification model(smallConfig());
    const auto [ids, mask] = paddedBatch({6, 4, 5}, 50, false);
    const auto request = ForwardRequest::withNextTokenLoss({});
    model->setComputePolicy({MatmulPrecision::BFloat16, KernelPath::Fused});
    const auto fused = model->forward(ModelInput::padded(ids, mask), request);
    QVERIFY(anyCustomFunction(graphNodes(fused.logits.sum() + fused.nextTokenLoss)));
    model->setComputePolicy({MatmulPrecision::BFloat16, KernelPath::Reference});
    const auto reference = model->forward(ModelInput::padded(ids, mask), request);
    QVERIFY(!anyCustomFunction(graphNodes(reference.logits.sum() + reference.nextTokenLoss)));
    QCOMPARE(model->computePolicy().kernels, KernelPath::Reference);
    QCOMPARE(model->model->layers->ptr<Qwen2DecoderLayerImpl>(1)->mlp->down_proj->computePolicy().kernels,
             KernelPath::Reference);  // every layer was handed the policy
  }

  void classifierAgrees_data() {
    QTest::addColumn<bool>("bf16");
    QTest::addColumn<bool>("leftPadding");
    QTest::addColumn<bool>("lora");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("fp32, right padding") << false << false << false << 1e-4;
    QTest::newRow("fp32, left padding") << false << true << false << 1e-4;
    QTest::newRow("fp32, LoRA") << false << false << true << 1e-4;
    // The two paths round the same operands to bfloat16 but sum in different orders.
    QTest::newRow("bf16 products") << true << false << false << 3e-2;
  }
  void classifierAgrees() {
    QFETCH(bool, bf16);
    QFETCH(bool, leftPadding);
    QFETCH(bool, lora);
    QFETCH(double, tolerance);
    torch::manual_seed(2);
    Qwen2ForSequenceClassification model(smallConfig());
    if (lora) {
      applyLora(model, LoraSettings{});
      torch::NoGradGuard noGrad;  // a trained adapter, so that it changes the output
      for (auto& p : model->named_parameters())
        if (p.key().find("lora_B") != std::string::npos) p.value().normal_(0, 0.05);
    }
    const auto [ids, mask] = paddedBatch({7, 3, 5, 6}, 50, leftPadding);
    const auto labels = torch::tensor({0L, 2L, 1L, 1L});
    const auto c = compare(model, bf16 ? MatmulPrecision::BFloat16 : MatmulPrecision::Float32, [&] {
      const auto logits = model->forward(ModelInput::padded(ids, mask)).logits;
      return std::make_pair(logits, torch::nn::functional::cross_entropy(logits, labels));
    });
    checkAgreement(c, tolerance);
  }

  void rewardPairsWithNextTokenLossAgree() {
    torch::manual_seed(3);
    Qwen2ForSequenceClassification model(smallConfig(4, 2, false, 1));
    const std::vector<int32_t> chosen{5, 6, 7, 8, 9, 2}, rejected{5, 6, 7, 8, 9, 3}, c2{11, 12, 40}, r2{13, 14, 15};
    const auto packed = packSharedPrefixPairs({&chosen, &c2}, {&rejected, &r2}, 0);
    const auto frequent = torch::arange(50).lt(10);  // ids 0..9 by identity, the rest as one class
    const auto c = compare(model, MatmulPrecision::Float32, [&] {
      const auto out = model->forward(packed.modelInput(), ForwardRequest::withNextTokenLoss(frequent));
      const auto r = out.rewards();
      const auto task = -torch::log_sigmoid(r.select(1, 0) - r.select(1, 1)).mean();
      return std::make_pair(torch::cat({r.flatten(), out.nextTokenLoss.view({1})}), task + 0.5 * out.nextTokenLoss);
    });
    checkAgreement(c, 1e-4);
  }

  void hiddenStatesComeWithTheLogits() {
    torch::manual_seed(4);
    Qwen2ForSequenceClassification model(smallConfig());
    model->eval();
    const auto [ids, mask] = paddedBatch({4, 6}, 50, false);
    ForwardRequest request;
    request.hiddenStates = true;
    const auto out = model->forward(ModelInput::padded(ids, mask), request);
    QCOMPARE(out.hiddenStates.sizes().vec(), (std::vector<int64_t>{2, 6, 32}));
    QVERIFY(!out.nextTokenLoss.defined());
    // The logits are the score head read at each row's last real token.
    const auto pooled = torch::stack({out.hiddenStates[0][3], out.hiddenStates[1][5]});
    QVERIFY(torch::allclose(out.logits, model->score(pooled), 1e-6, 1e-6));
    QVERIFY(torch::allclose(out.logits, model->forward(ids, mask), 1e-5, 1e-5));
  }

  void kernelPathNamesRoundTrip() {
    QCOMPARE(parseKernelPath(kernelPathName(KernelPath::Reference)), KernelPath::Reference);
    QCOMPARE(parseKernelPath(QStringLiteral("fused")), KernelPath::Fused);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseKernelPath(QStringLiteral("fast")));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestComputePolicy)
#include "tst_compute_policy.moc"
