// What TRL hands back opens in Assay: random tiny Qwen2 reward models laid
// out as transformers and PEFT save them (config.json with
// Qwen2ForSequenceClassification, num_labels 1 as id2label {"0":"LABEL_0"},
// bf16 or fp32 safetensors, one file or shards with an index; a LoRA adapter
// with base_model.model.* names and the score head as modules_to_save is
// written on disk) give the rewards of the merged weights through
// Predictor::load, the path of predict, eval, serve and the review pane.
#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "model/Checkpoint.h"
#include "model/Lora.h"
#include "model/SafetensorsWriter.h"
#include "review/Predictor.h"
#include "TestRegistry.h"

using namespace assay;
using Json = nlohmann::json;

namespace {

Qwen2Config tinyRewardConfig() {
  Qwen2Config c;
  c.vocabSize = 300;  // tests/data/text/bpe_small's ids fit
  c.hiddenSize = 32;
  c.intermediateSize = 48;
  c.numHiddenLayers = 2;
  c.numAttentionHeads = 4;
  c.numKeyValueHeads = 2;
  c.rmsNormEps = 1e-6;
  c.ropeTheta = 10000.0;
  c.padTokenId = 0;
  c.labels = QStringList{"LABEL_0"};
  return c;
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(bytes);
}

// config.json as transformers writes it for TRL's reward model.
void writeTransformersConfig(const QString& dir, const char* dtype) {
  const Json j = {{"architectures", {"Qwen2ForSequenceClassification"}},
                  {"model_type", "qwen2"},
                  {"hidden_size", 32},
                  {"intermediate_size", 48},
                  {"num_hidden_layers", 2},
                  {"num_attention_heads", 4},
                  {"num_key_value_heads", 2},
                  {"vocab_size", 300},
                  {"rms_norm_eps", 1e-6},
                  {"rope_theta", 10000.0},
                  {"hidden_act", "silu"},
                  {"max_position_embeddings", 512},
                  {"tie_word_embeddings", false},
                  {"id2label", {{"0", "LABEL_0"}}},
                  {"label2id", {{"LABEL_0", 0}}},
                  {"pad_token_id", 0},
                  {"torch_dtype", dtype},
                  {"use_cache", false},
                  {"transformers_version", "4.46.0"}};
  writeFile(QDir(dir).filePath("config.json"), QByteArray::fromStdString(j.dump(2)));
}

void copyTokenizer(const QString& dir) {
  QFile::copy(QStringLiteral(ASSAY_TEST_DATA "/text/bpe_small/tokenizer.json"), QDir(dir).filePath("tokenizer.json"));
}

const QStringList kTexts{"hello world", "a longer answer with more words in it", "x"};

std::vector<double> rewardsOf(const QString& dir, const QString& base = {}) {
  return Predictor::load(dir, base)->rewards(kTexts);
}

}  // namespace

class TestTrlLayouts : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(root_.isValid()); }

  void fullModelOneFileAndShards() {
    torch::manual_seed(3);
    Qwen2ForSequenceClassification model(tinyRewardConfig());
    const NamedTensors bf16 = exportStateDict(model, torch::kBFloat16);

    const QString single = root_.filePath("trl_single");
    QDir().mkpath(single);
    writeTransformersConfig(single, "bfloat16");
    copyTokenizer(single);
    writeSafetensors(QDir(single).filePath("model.safetensors"), bf16);

    const QString sharded = root_.filePath("trl_sharded");
    QDir().mkpath(sharded);
    writeTransformersConfig(sharded, "bfloat16");
    copyTokenizer(sharded);
    NamedTensors first(bf16.begin(), bf16.begin() + bf16.size() / 2),
        second(bf16.begin() + bf16.size() / 2, bf16.end());
    Json map = Json::object();
    int64_t bytes = 0;
    for (const auto& [name, t] : first) map[name] = "model-00001-of-00002.safetensors", bytes += t.nbytes();
    for (const auto& [name, t] : second) map[name] = "model-00002-of-00002.safetensors", bytes += t.nbytes();
    writeSafetensors(QDir(sharded).filePath("model-00001-of-00002.safetensors"), first);
    writeSafetensors(QDir(sharded).filePath("model-00002-of-00002.safetensors"), second);
    writeFile(QDir(sharded).filePath("model.safetensors.index.json"),
              QByteArray::fromStdString(Json{{"metadata", {{"total_size", bytes}}}, {"weight_map", map}}.dump()));

    const auto p = Predictor::load(single);
    QCOMPARE(int(p->card().kind), int(ModelKind::PairwiseReward));
    const auto one = rewardsOf(single);
    QCOMPARE(one.size(), size_t(3));
    QVERIFY(one[0] != one[1]);
    QCOMPARE(rewardsOf(sharded), one);  // the same bf16 tensors, split over two files
  }

  void peftAdapterBesideItsBase() {
    torch::manual_seed(4);
    Qwen2ForSequenceClassification model(tinyRewardConfig());
    // The base, as downloaded from the hub, beside TRL's output directory
    // and named as the last part of base_model_name_or_path.
    const QString base = root_.filePath("Qwen2.5-0.5B-Instruct");
    QDir().mkpath(base);
    writeTransformersConfig(base, "float32");
    copyTokenizer(base);
    writeSafetensors(QDir(base).filePath("model.safetensors"), exportStateDict(model, torch::kFloat));

    LoraSettings lora;
    lora.r = 4;
    lora.alpha = 8;
    applyLora(model, lora);
    {
      torch::NoGradGuard noGrad;
      for (auto& item : model->named_parameters())
        if (item.key().find("lora_B") != std::string::npos || item.key() == "score.weight")
          item.value().normal_(0, 0.2);  // a trained adapter and head
    }
    const QString adapter = root_.filePath("output");
    saveLoraAdapter(adapter, model, lora, "Qwen/Qwen2.5-0.5B-Instruct");
    copyTokenizer(adapter);  // TRL saves the tokenizer beside the adapter
    {
      QFile f(QDir(adapter).filePath("adapter_config.json"));
      QVERIFY(f.open(QIODevice::ReadOnly));
      const Json cfg = Json::parse(f.readAll().toStdString());
      QCOMPARE(cfg["task_type"].get<std::string>(), std::string("SEQ_CLS"));
      QVERIFY(cfg["modules_to_save"].dump().find("score") != std::string::npos);
    }

    // The merged weights, as `peft merge_and_unload` + save_pretrained give them.
    const QString merged = root_.filePath("merged");
    QDir().mkpath(merged);
    writeTransformersConfig(merged, "float32");
    copyTokenizer(merged);
    writeSafetensors(QDir(merged).filePath("model.safetensors"), exportStateDict(model, torch::kFloat));
    const auto expected = rewardsOf(merged);
    const auto baseOnly = rewardsOf(base);

    const auto got = rewardsOf(adapter);
    QCOMPARE(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      QVERIFY2(std::abs(got[i] - expected[i]) < 1e-4, qPrintable(QString::number(got[i] - expected[i])));
      QVERIFY(std::abs(got[i] - baseOnly[i]) > 1e-3);  // the adapter and head count
    }
    const auto explicitBase = rewardsOf(adapter, base);  // --base_model DIR
    for (size_t i = 0; i < got.size(); ++i) QVERIFY(std::abs(explicitBase[i] - expected[i]) < 1e-4);

    // A base that is nowhere on disk: the error names the adapter config and --base_model.
    const QString lonely = root_.filePath("elsewhere/output");
    QDir().mkpath(lonely);
    for (const char* f : {"adapter_config.json", "adapter_model.safetensors", "tokenizer.json"})
      QVERIFY(QFile::copy(QDir(adapter).filePath(f), QDir(lonely).filePath(f)));
    try {
      Predictor::load(lonely);
      QFAIL("loaded an adapter without its base");
    } catch (const std::runtime_error& e) {
      const QString what = e.what();
      QVERIFY2(what.contains("adapter_config.json") && what.contains("--base_model"), e.what());
    }
  }

 private:
  QTemporaryDir root_;
};

ASSAY_TEST_APPLESS_MAIN(TestTrlLayouts)
#include "tst_trl_layouts.moc"
