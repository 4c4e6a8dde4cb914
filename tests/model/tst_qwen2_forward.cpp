// Qwen2 classifier behaviour that needs no reference: pooling index rule,
// position ids, batch vs one-at-a-time equality under both paddings,
// repeat_kv order, config.json round trip and validation.
#include <torch/torch.h>

#include <QtTest>

#include "model/Qwen2Attention.h"
#include "model/Qwen2ForSequenceClassification.h"
#include "model/RotaryEmbedding.h"
#include "ModelTestUtil.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::test;
using Model = Qwen2ForSequenceClassificationImpl;

Q_DECLARE_METATYPE(std::vector<int64_t>)

class TestQwen2Forward : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void poolsRightmostNonPadToken_data();
  void poolsRightmostNonPadToken();
  void positionIdsStartAtFirstRealToken();
  void batchEqualsOneAtATime_data();
  void batchEqualsOneAtATime();
  void leftPaddingPositionsOnlyShiftRotaryPhase();
  void trailingPaddingToMaxLengthChangesNothing();
  void bfloat16ModelStaysFiniteUnderLeftPadding();
  void repeatKvMatchesHeadOrder();
  void rotaryTurnsHfPairsAndKeepsScores();
  void fusedRmsNormMatchesTheTensorForm();
  void rmsNormWritesBfloat16ForBfloat16Products();
  void groupedAttentionEqualsRepeatedKv();
  void parameterNamesAreHuggingFaces();
  void configRoundTripsThroughJson();
  void configRejectsBadFields_data();
  void configRejectsBadFields();
  void tinyPresetHasAboutAMillionParameters();
  void dropoutActsOnlyWhileTraining();
};

void TestQwen2Forward::poolsRightmostNonPadToken_data() {
  QTest::addColumn<std::vector<int64_t>>("row");
  QTest::addColumn<int64_t>("expected");
  QTest::newRow("no padding") << std::vector<int64_t>{5, 6, 7} << int64_t(2);
  QTest::newRow("right padding") << std::vector<int64_t>{5, 6, 0, 0} << int64_t(1);
  QTest::newRow("left padding") << std::vector<int64_t>{0, 0, 5, 6} << int64_t(3);
  QTest::newRow("pad inside text") << std::vector<int64_t>{5, 0, 6, 0} << int64_t(2);
  QTest::newRow("all padding") << std::vector<int64_t>{0, 0, 0} << int64_t(0);
}

void TestQwen2Forward::poolsRightmostNonPadToken() {
  QFETCH(std::vector<int64_t>, row);
  QFETCH(int64_t, expected);
  const auto ids = torch::tensor(row, torch::kLong).unsqueeze(0);
  QCOMPARE(Model::lastNonPaddingIndex(ids, 0).item<int64_t>(), expected);
}

void TestQwen2Forward::positionIdsStartAtFirstRealToken() {
  const auto mask = torch::tensor({0, 0, 1, 1, 1, 1, 1, 0}, torch::kLong).view({2, 4});
  const auto pos = Model::positionIdsFromMask(mask);
  QVERIFY(torch::equal(pos, torch::tensor({0, 0, 0, 1, 0, 1, 2, 2}, torch::kLong).view({2, 4})));
}

void TestQwen2Forward::batchEqualsOneAtATime_data() {
  QTest::addColumn<bool>("leftPadding");
  QTest::newRow("right padding") << false;
  QTest::newRow("left padding") << true;
}

void TestQwen2Forward::batchEqualsOneAtATime() {
  QFETCH(bool, leftPadding);
  torch::manual_seed(3);
  Qwen2ForSequenceClassification model(smallConfig());
  model->eval();
  torch::NoGradGuard noGrad;
  const std::vector<int64_t> lengths{9, 4, 1, 7};
  const auto [ids, mask] = paddedBatch(lengths, 50, leftPadding);
  const auto batch = model->forward(ids, mask);
  QCOMPARE(batch.sizes().vec(), (std::vector<int64_t>{4, 3}));
  for (size_t r = 0; r < lengths.size(); ++r) {
    const auto row = ids[r].masked_select(mask[r].to(torch::kBool)).unsqueeze(0);
    const auto single = model->forward(row, torch::ones_like(row));
    QVERIFY2(torch::allclose(batch[r], single[0], 0, 1e-6),
             qPrintable(
                 QStringLiteral("row %1 differs by %2").arg(r).arg((batch[r] - single[0]).abs().max().item<float>())));
  }
}

void TestQwen2Forward::leftPaddingPositionsOnlyShiftRotaryPhase() {
  // Documents the choice of position ids: with pad keys masked, rotary
  // attention sees only position differences, so HF's default arange and our
  // mask-derived positions agree on left-padded rows up to rounding -- and a
  // model without that invariance (a wrong mask) would make them differ.
  torch::manual_seed(4);
  Qwen2ForSequenceClassification model(smallConfig());
  torch::NoGradGuard noGrad;
  const auto [ids, mask] = paddedBatch({3, 8}, 50, /*left=*/true);
  const auto arange = torch::arange(ids.size(1)).unsqueeze(0).expand_as(ids).contiguous();
  const auto ours = model->forward(ids, mask);
  QVERIFY(torch::equal(ours, model->forward(ids, mask, Model::positionIdsFromMask(mask))));
  QVERIFY(torch::allclose(ours, model->forward(ids, mask, arange), 0, 1e-5));
  // Unmasking the pads makes the padded row see them, so it must change.
  const auto unmasked = model->forward(ids, torch::ones_like(mask), arange);
  QVERIFY(!torch::allclose(ours[0], unmasked[0], 0, 1e-4));
  QVERIFY(torch::allclose(ours[1], unmasked[1], 0, 1e-5));
}

void TestQwen2Forward::trailingPaddingToMaxLengthChangesNothing() {
  // The original rm_train.py pads to max_length; the extra pad columns must not move logits.
  torch::manual_seed(6);
  Qwen2ForSequenceClassification model(smallConfig());
  torch::NoGradGuard noGrad;
  const auto [ids, mask] = paddedBatch({5, 9, 2}, 50, false);
  const auto wide = torch::zeros({3, 64}, torch::kLong);
  auto wideIds = wide.clone(), wideMask = wide.clone();
  wideIds.narrow(1, 0, ids.size(1)).copy_(ids);
  wideMask.narrow(1, 0, ids.size(1)).copy_(mask);
  QVERIFY(torch::allclose(model->forward(ids, mask), model->forward(wideIds, wideMask), 0, 1e-6));
  // Gradients flow through the trimmed path too.
  torch::AutoGradMode grad(true);
  model->forward(wideIds, wideMask).sum().backward();
  QVERIFY(
      model->model->layers->ptr<Qwen2DecoderLayerImpl>(0)->self_attn->q_proj->weight.grad().abs().sum().item<float>() >
      0);
}

void TestQwen2Forward::bfloat16ModelStaysFiniteUnderLeftPadding() {
  // Left-pad query rows see no key at all; their masked scores must stay
  // finite in bfloat16 too, or NaN would leak into the real tokens.
  torch::manual_seed(8);
  Qwen2ForSequenceClassification model(smallConfig());
  torch::NoGradGuard noGrad;
  const auto [ids, mask] = paddedBatch({3, 8}, 50, /*left=*/true);
  const auto reference = model->forward(ids, mask);
  model->to(torch::kBFloat16);
  const auto low = model->forward(ids, mask).to(torch::kFloat);
  QVERIFY(torch::isfinite(low).all().item<bool>());
  QVERIFY(torch::allclose(low, reference, 0.05, 0.05));
}

void TestQwen2Forward::repeatKvMatchesHeadOrder() {
  const auto x = torch::arange(2 * 3 * 1 * 1, torch::kFloat).view({2, 3, 1, 1});
  const auto r = repeatKv(x, 2);
  QCOMPARE(r.sizes().vec(), (std::vector<int64_t>{2, 6, 1, 1}));
  QVERIFY(torch::equal(r[0].flatten(), torch::tensor({0.f, 0.f, 1.f, 1.f, 2.f, 2.f})));
}

void TestQwen2Forward::rotaryTurnsHfPairsAndKeepsScores() {
  // HF: q*cos + rotate_half(q)*sin with cos/sin of cat(freqs, freqs).
  torch::manual_seed(3);
  const int64_t b = 2, s = 5, heads = 3, d = 8;
  const auto q = torch::randn({b, s, heads, d}), k = torch::randn({b, s, heads, d});
  const auto positions = torch::tensor({{0L, 1L, 2L, 3L, 4L}, {0L, 0L, 0L, 1L, 7L}});
  RotaryEmbedding rotary(d, 10000.0);
  const auto angles = rotary->forward(positions);
  const auto invFreq = 1.0 / torch::pow(10000.0, torch::arange(0, d, 2).to(torch::kFloat) / double(d));
  const auto freqs = positions.to(torch::kFloat).unsqueeze(-1) * invFreq;  // [b, s, d/2]
  const auto full = torch::cat({freqs, freqs}, -1).unsqueeze(2);           // [b, s, 1, d]
  const auto hf = [&](const torch::Tensor& x) {
    const auto rotated = torch::cat({-x.narrow(-1, d / 2, d / 2), x.narrow(-1, 0, d / 2)}, -1);
    return x * full.cos() + rotated * full.sin();
  };
  // Ours holds HF's pair (i, i + d/2) side by side at (2i, 2i + 1).
  const auto ours = applyRotary(q, angles);
  const auto hfQ = hf(q);
  for (int64_t i = 0; i < d / 2; ++i) {
    QVERIFY(torch::allclose(ours.select(-1, 2 * i), hfQ.select(-1, i), 1e-5, 1e-6));
    QVERIFY(torch::allclose(ours.select(-1, 2 * i + 1), hfQ.select(-1, i + d / 2), 1e-5, 1e-6));
  }
  // Every query-key score equals HF's.
  const auto scores = torch::einsum("bshd,bthd->bhst", {ours, applyRotary(k, angles)});
  QVERIFY(torch::allclose(scores, torch::einsum("bshd,bthd->bhst", {hfQ, hf(k)}), 1e-5, 1e-5));
  // Picking positions picks their angles.
  const auto index = torch::tensor({{4L, 1L}, {2L, 4L}});
  const auto picked = applyRotary(q.index({torch::arange(b).unsqueeze(1), index}), pickAngles(angles, index));
  QVERIFY(torch::allclose(picked, ours.index({torch::arange(b).unsqueeze(1), index}), 1e-6, 1e-6));
}

void TestQwen2Forward::fusedRmsNormMatchesTheTensorForm() {
  // The float32 path (row loops, hand-derived backward) against HF's
  // formula through autograd: output, input gradient, weight gradient.
  torch::manual_seed(9);
  RmsNorm norm(24, 1e-6);
  {
    torch::NoGradGuard noGrad;
    norm->weight.copy_(torch::randn({24}));
  }
  const auto base = torch::randn({3, 70, 24}) * 3;  // 210 rows: more than one chunk of the weight's sum
  auto x = base.clone().requires_grad_(true);
  auto xRef = base.clone().requires_grad_(true);
  auto wRef = norm->weight.detach().clone().requires_grad_(true);
  const auto y = norm(x);
  const auto yRef = wRef * (xRef * torch::rsqrt(xRef.pow(2).mean(-1, true) + 1e-6));
  QVERIFY(torch::allclose(y, yRef, 1e-5, 1e-6));
  const auto dy = torch::randn_like(y);
  (y * dy).sum().backward();
  (yRef * dy).sum().backward();
  QVERIFY(torch::allclose(x.grad(), xRef.grad(), 1e-4, 1e-5));
  QVERIFY(torch::allclose(norm->weight.grad(), wRef.grad(), 1e-4, 1e-4));
  // A zero row (a padding embedding) stays zero and finite.
  const auto zero = norm(torch::zeros({1, 24}));
  QVERIFY(torch::equal(zero, torch::zeros({1, 24})));
}

void TestQwen2Forward::rmsNormWritesBfloat16ForBfloat16Products() {
  // forwardAs(x, bf16) must give the float32 output rounded once, and its
  // backward must take the bfloat16 gradient a bfloat16 product hands back
  // and give what the float32 path gives for that gradient.
  torch::manual_seed(10);
  RmsNorm norm(40, 1e-6);  // 40: two 16-lane blocks and a tail
  {
    torch::NoGradGuard noGrad;
    norm->weight.copy_(torch::randn({40}));
  }
  const auto base = torch::randn({2, 33, 40}) * 3;
  auto x = base.clone().requires_grad_(true), xRef = base.clone().requires_grad_(true);
  const auto y = norm->forwardAs(x, torch::kBFloat16);
  const auto yRef = norm(xRef);
  QCOMPARE(y.scalar_type(), torch::kBFloat16);
  QVERIFY(torch::equal(y, yRef.to(torch::kBFloat16)));
  const auto weightGradBefore = norm->weight.grad().defined() ? norm->weight.grad().clone() : torch::zeros({40});
  const auto dy = torch::randn(y.sizes()).to(torch::kBFloat16);
  y.backward(dy);
  QCOMPARE(x.grad().scalar_type(), torch::kFloat);
  const auto bf16WeightGrad = norm->weight.grad().clone() - weightGradBefore;
  yRef.backward(dy.to(torch::kFloat));
  QVERIFY(torch::allclose(x.grad(), xRef.grad(), 1e-5, 1e-6));
  QVERIFY(torch::allclose(bf16WeightGrad, norm->weight.grad() - bf16WeightGrad - weightGradBefore, 1e-5, 1e-5));
}

void TestQwen2Forward::groupedAttentionEqualsRepeatedKv() {
  // GQA 4:2 must equal MHA whose k/v weights repeat each kv head per repeat_kv.
  torch::manual_seed(5);
  auto gqaConfig = smallConfig(4, 2);
  auto mhaConfig = smallConfig(4, 4);
  Qwen2ForSequenceClassification gqa(gqaConfig), mha(mhaConfig);
  torch::NoGradGuard noGrad;
  auto src = gqa->named_parameters();
  const int64_t hd = gqaConfig.headDim();
  for (auto& item : mha->named_parameters()) {
    const auto& s = src[item.key()];
    if (s.sizes() == item.value().sizes()) {
      item.value().copy_(s);
    } else {  // k/v projection: [2*hd, ...] -> [4*hd, ...] with heads 0,0,1,1
      auto view = s.view({2, 1, hd, -1}).expand({2, 2, hd, s.dim() == 2 ? s.size(1) : 1});
      item.value().copy_(view.reshape(item.value().sizes()));
    }
  }
  const auto [ids, mask] = paddedBatch({6, 3}, 50, false);
  QVERIFY(torch::allclose(gqa->forward(ids, mask), mha->forward(ids, mask), 0, 1e-6));
}

void TestQwen2Forward::parameterNamesAreHuggingFaces() {
  Qwen2ForSequenceClassification model(smallConfig());
  auto params = model->named_parameters();
  for (const char* name :
       {"model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.q_proj.bias",
        "model.layers.1.self_attn.k_proj.bias", "model.layers.1.self_attn.o_proj.weight",
        "model.layers.0.mlp.gate_proj.weight", "model.layers.0.mlp.up_proj.weight",
        "model.layers.0.mlp.down_proj.weight", "model.layers.0.input_layernorm.weight",
        "model.layers.0.post_attention_layernorm.weight", "model.norm.weight", "score.weight"})
    QVERIFY2(params.contains(name), name);
  QVERIFY(!params.contains("model.layers.0.self_attn.o_proj.bias"));
  QVERIFY(!params.contains("score.bias"));
  QCOMPARE(params.size(), size_t(3 + 2 * 12));
  // HF init: pad row zero, norms one, biases zero.
  QCOMPARE(params["model.embed_tokens.weight"][0].abs().sum().item<float>(), 0.f);
  QCOMPARE(params["model.norm.weight"].min().item<float>(), 1.f);
  QCOMPARE(params["model.layers.0.self_attn.v_proj.bias"].abs().sum().item<float>(), 0.f);
}

void TestQwen2Forward::configRoundTripsThroughJson() {
  auto c = smallConfig(4, 1, true, 2);
  c.labels = QStringList{"正确", "错误"};
  c.ropeTheta = 1e6;
  const auto j = c.toJson();
  QCOMPARE(j["architectures"][0].get<std::string>(), std::string("Qwen2ForSequenceClassification"));
  QCOMPARE(j["model_type"].get<std::string>(), std::string("qwen2"));
  QCOMPARE(j["id2label"]["1"].get<std::string>(), std::string("错误"));
  QCOMPARE(j["label2id"]["正确"].get<int>(), 0);
  QCOMPARE(j["num_labels"].get<int>(), 2);
  const auto back = Qwen2Config::fromJson(j);
  QCOMPARE(back.labels, c.labels);
  QCOMPARE(back.numKeyValueHeads, int64_t(1));
  QCOMPARE(back.ropeTheta, 1e6);
  QCOMPARE(back.tieWordEmbeddings, true);
  QCOMPARE(back.padTokenId, int64_t(0));
  QCOMPARE(back.toJson(), j);
}

void TestQwen2Forward::configRejectsBadFields_data() {
  QTest::addColumn<QString>("patch");  // JSON merged into a valid config
  QTest::addColumn<QString>("expected");
  QTest::newRow("missing hidden") << R"({"hidden_size":null})"
                                  << "hidden_size";
  QTest::newRow("string layers") << R"({"num_hidden_layers":"2"})"
                                 << "num_hidden_layers";
  QTest::newRow("heads not dividing") << R"({"num_attention_heads":5})"
                                      << "divisible";
  QTest::newRow("kv not dividing") << R"({"num_key_value_heads":3})"
                                   << "num_key_value_heads";
  QTest::newRow("id2label gap") << R"({"id2label":{"1":null},"num_labels":null})"
                                << "id 1";
  QTest::newRow("num_labels disagrees") << R"({"num_labels":4})"
                                        << "num_labels";
  QTest::newRow("rope scaling") << R"({"rope_scaling":{"type":"yarn"}})"
                                << "rope_scaling";
  QTest::newRow("pad outside vocab") << R"({"pad_token_id":50})"
                                     << "pad_token_id";
  QTest::newRow("attention dropout 1") << R"({"attention_dropout":1.0})"
                                       << "attention_dropout";
  QTest::newRow("negative hidden dropout") << R"({"hidden_dropout":-0.1})"
                                           << "hidden_dropout";
  // Found by fuzz_model_config: two billion LABEL_i names hung the load.
  QTest::newRow("absurd num_labels") << R"({"num_labels":2000000000,"id2label":null,"label2id":null})"
                                     << "num_labels 2000000000 is above";
  QTest::newRow("absurd vocab") << R"({"vocab_size":100000000000})"
                                << "\"vocab_size\" 100000000000 is above";
  QTest::newRow("absurd positions") << R"({"max_position_embeddings":9000000000000})"
                                    << "max_position_embeddings";
}

void TestQwen2Forward::configRejectsBadFields() {
  QFETCH(QString, patch);
  QFETCH(QString, expected);
  auto j = smallConfig().toJson();
  j.merge_patch(nlohmann::json::parse(patch.toStdString()));
  try {
    Qwen2Config::fromJson(j);
    QFAIL("bad config accepted");
  } catch (const std::runtime_error& e) {
    QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
  }
}

void TestQwen2Forward::tinyPresetHasAboutAMillionParameters() {
  const auto c = tinyPresetConfig(3000, {"a", "b", "c", "d", "e"}, 0);
  Qwen2ForSequenceClassification model(c);
  int64_t count = 0;
  for (const auto& p : model->parameters()) count += p.numel();
  // About a million: 4 layers of width 128 plus a 3,000-character embedding.
  QVERIFY2(count > 800'000 && count < 2'000'000, qPrintable(QString::number(count)));
  QCOMPARE(c.hiddenSize, int64_t(128));
  QCOMPARE(c.numHiddenLayers, int64_t(4));
  QCOMPARE(model->config().padTokenId, int64_t(0));
  QCOMPARE(model->config().numLabels(), int64_t(5));
}

void TestQwen2Forward::dropoutActsOnlyWhileTraining() {
  auto c = smallConfig();
  c.attentionDropout = 0.2;
  c.hiddenDropout = 0.3;
  const auto back = Qwen2Config::fromJson(c.toJson());
  QCOMPARE(back.attentionDropout, 0.2);
  QCOMPARE(back.hiddenDropout, 0.3);
  auto plainConfig = c;
  plainConfig.attentionDropout = plainConfig.hiddenDropout = 0.0;
  QVERIFY(!plainConfig.toJson().contains("hidden_dropout"));  // HF's config.json stays as HF writes it

  torch::manual_seed(7);
  Qwen2ForSequenceClassification withDropout(c);
  Qwen2ForSequenceClassification plain(plainConfig);
  torch::NoGradGuard noGrad;
  auto source = withDropout->named_parameters();
  for (auto& item : plain->named_parameters()) item.value().copy_(source[item.key()]);
  const auto [ids, mask] = paddedBatch({7, 4, 9}, 50, false);
  withDropout->eval();
  plain->eval();
  // Evaluation (every prediction) is exactly the model without dropout.
  QVERIFY(torch::equal(withDropout->forward(ids, mask), plain->forward(ids, mask)));
  withDropout->train();
  const auto a = withDropout->forward(ids, mask), b = withDropout->forward(ids, mask);
  QVERIFY(!torch::allclose(a, plain->forward(ids, mask)));
  QVERIFY(!torch::allclose(a, b));  // a fresh mask per forward
}

ASSAY_TEST_APPLESS_MAIN(TestQwen2Forward)
#include "tst_qwen2_forward.moc"
