// The option table (train/TrainOptions.h): every option has a unique flag,
// help text and a JSON key; toJson writes exactly the keys and values it wrote
// before the table (a golden string), fromJson reads every option back, and
// validate names the flag with the range the table gives.
#include <QSet>
#include <QtTest>
#include <cmath>

#include "TestRegistry.h"
#include "train/TrainOptions.h"

using namespace assay;

namespace {

// Every option away from its default.
TrainConfig nonDefault() {
  TrainConfig c;
  c.task = TrainTask::Reward;
  c.modelNameOrPath = QStringLiteral("/m");
  c.trainFile = QStringLiteral("t.jsonl");
  c.evalFile = QStringLiteral("e.jsonl");
  c.labelMapping = QStringLiteral("lm.json");
  c.failOnHealthWarning = true;
  c.project = QStringLiteral("p.assay");
  c.outputDir = QStringLiteral("out");
  c.resumeFromCheckpoint = QStringLiteral("ck");
  c.maxLength = 77;
  c.numTrainEpochs = 2.5;
  c.learningRate = 1e-3;
  c.perDeviceTrainBatchSize = 7;
  c.perDeviceEvalBatchSize = 9;
  c.weightDecay = 0.01;
  c.seed = 5;
  c.gradientAccumulationSteps = 3;
  c.evalSteps = 11;
  c.loggingSteps = 4;
  c.saveSteps = 13;
  c.saveTotalLimit = 6;
  c.warmupRatio = 0.1;
  c.maxGradNorm = 2;
  c.adamBeta1 = 0.8;
  c.adamBeta2 = 0.95;
  c.adamEpsilon = 1e-6;
  c.emaDecay = 0.99;
  c.lmLossCoefficient = 0.3;
  c.lmFrequentTokenShare = 0.1;
  c.validationFraction = 0.3;
  c.labelSmoothing = 0.1;
  c.tokenDropout = 0.05;
  c.nameSwap = 0.7;
  c.classWeights = true;
  c.centerRewardsCoefficient = 0.01;
  c.marginFromScores = true;
  c.usePeft = true;
  c.loraR = 4;
  c.loraAlpha = 8;
  c.loraDropout = 0.1;
  c.maxTrainMinutes = 3;
  c.numThreads = 2;
  c.precision = QStringLiteral("bf16");
  c.kernels = QStringLiteral("reference");
  c.demoInference = true;
  return c;
}

// A config that validates: only the out-of-range value under test is wrong.
TrainConfig valid() {
  TrainConfig c;
  c.trainFile = QStringLiteral("t.jsonl");
  c.outputDir = QStringLiteral("out");
  return c;
}

}  // namespace

class TestTrainOptions : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void everyOptionHasHelpAndAUniqueName() {
    const auto& table = trainOptions();
    QCOMPARE(int(table.size()), 45);
    QSet<QString> names;
    const QString help = trainOptionsHelp();
    for (const TrainOption& o : table) {
      const QString name = QLatin1String(o.name);
      QVERIFY2(!names.contains(name), o.name);
      names.insert(name);
      QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9_]+$")).match(name).hasMatch(), o.name);
      QVERIFY2(o.help && QString::fromLatin1(o.help).trimmed().size() > 10, o.name);
      QVERIFY2(!QString::fromLatin1(o.help).contains(QLatin1Char('\n')), o.name);
      QCOMPARE(findTrainOption(name), &o);
      // --help has a line for every flag, with its help text on it.
      const QString line =
          help.section(QStringLiteral("  --") + name + QLatin1Char(' '), 1).section(QLatin1Char('\n'), 0, 1);
      QVERIFY2(line.contains(QLatin1String(o.help)), o.name);
      // A switch has no value placeholder; a value flag has one.
      QCOMPARE(o.isSwitch(), QString::fromLatin1(o.metavar).isEmpty() && o.choices.isEmpty() &&
                                 !std::holds_alternative<TrainTask TrainConfig::*>(o.member));
    }
    QCOMPARE(findTrainOption(QStringLiteral("bogus")), nullptr);
    // The JSON keys are the flag names, one each.
    const auto j = TrainConfig{}.toJson();
    QCOMPARE(int(j.size()), int(table.size()));
    for (const auto& [key, value] : j.items()) QVERIFY2(names.contains(QString::fromStdString(key)), key.c_str());
    for (const char* group : {"data:", "schedule:", "optimizer:", "regularisation:", "reward:", "LoRA:", "machine:"})
      QVERIFY2(help.contains(QLatin1String(group)), group);
  }

  // The exact output of toJson before the table existed, plus the kernels and
  // fail_on_health_warning options added since.
  void toJsonIsUnchanged() {
    const std::string defaults =
        "{\"adam_beta1\":0.9,\"adam_beta2\":0.999,\"adam_epsilon\":1e-08,\"center_rewards_coefficient\":null,\"class_w"
        "eights\":false,\"demo_inference\":false,\"ema_decay\":null,\"eval_file\":\"\",\"eval_steps\":0,\"fail_on_health_warning\":false,\"gradient_"
        "accumu"
        "lation_steps\":1,\"kernels\":\"fused\",\"label_mapping\":\"\",\"label_smoothing_factor\":0.0,\"learning_"
        "rate\":0.0006,\"lm_frequent_"
        "token_share\":0.2,\"lm_loss_coefficient\":null,\"logging_steps\":10,\"lora_alpha\":16.0,\"lora_dropout\":0.0,"
        "\"lora_r\":8,\"margin_from_scores\":false,\"max_grad_norm\":1.0,\"max_length\":512,\"max_train_minutes\":null,"
        "\"model_name_or_path\":\"tiny\",\"name_swap\":null,\"num_threads\":0,\"num_train_epochs\":0.0,\"output_dir\":"
        "\"\","
        "\"per_device_eval_batch_size\":64,\"per_device_train_batch_size\":32,\"precision\":\"auto\",\"project\":\"\","
        "\"re"
        "sume_from_checkpoint\":\"\",\"save_steps\":0,\"save_total_limit\":2,\"seed\":42,\"task\":\"classify\",\"token_"
        "drop"
        "out\":0.0,\"train_file\":\"\",\"use_peft\":false,\"validation_fraction\":0.2,\"warmup_ratio\":0.06,\"weight_"
        "deca"
        "y\":0.1}";
    QCOMPARE(TrainConfig{}.toJson().dump(), defaults);
    const std::string changed =
        "{\"adam_beta1\":0.8,\"adam_beta2\":0.95,\"adam_epsilon\":1e-06,\"center_rewards_coefficient\":0.01,\"class_we"
        "ights\":true,\"demo_inference\":true,\"ema_decay\":0.99,\"eval_file\":\"e.jsonl\",\"eval_steps\":11,\"fail_on_health_warning\":true,"
        "\"gradient_a"
        "ccumulation_steps\":3,\"kernels\":\"reference\",\"label_mapping\":\"lm.json\",\"label_smoothing_factor\":0.1,"
        "\"learning_rate\":0.001,\"l"
        "m_frequent_token_share\":0.1,\"lm_loss_coefficient\":0.3,\"logging_steps\":4,\"lora_alpha\":8.0,\"lora_dropo"
        "ut\":0.1,\"lora_r\":4,\"margin_from_scores\":true,\"max_grad_norm\":2.0,\"max_length\":77,\"max_train_"
        "minutes\""
        ":3.0,\"model_name_or_path\":\"/"
        "m\",\"name_swap\":0.7,\"num_threads\":2,\"num_train_epochs\":2.5,\"output_dir\":\""
        "out\",\"per_device_eval_batch_size\":9,\"per_device_train_batch_size\":7,\"precision\":\"bf16\",\"project\":"
        "\"p."
        "assay\",\"resume_from_checkpoint\":\"ck\",\"save_steps\":13,\"save_total_limit\":6,\"seed\":5,\"task\":"
        "\"reward\",\""
        "token_dropout\":0.05,\"train_file\":\"t.jsonl\",\"use_peft\":true,\"validation_fraction\":0.3,\"warmup_"
        "ratio\":"
        "0.1,\"weight_decay\":0.01}";
    QCOMPARE(nonDefault().toJson().dump(), changed);
  }

  void fromJsonReadsEveryOption() {
    const TrainConfig c = nonDefault();
    const TrainConfig back = TrainConfig::fromJson(c.toJson());
    const TrainConfig defaults;
    for (const TrainOption& o : trainOptions()) {
      QVERIFY2(optionValueText(o, c) != optionValueText(o, defaults), o.name);  // the test changes every option
      QCOMPARE(optionValueText(o, back), optionValueText(o, c));
    }
    // Missing and null keys keep the defaults; unset optionals stay unset.
    const TrainConfig empty = TrainConfig::fromJson(nlohmann::json::object());
    for (const TrainOption& o : trainOptions()) QCOMPARE(optionValueText(o, empty), optionValueText(o, defaults));
    QVERIFY(!TrainConfig::fromJson(nlohmann::json{{"max_train_minutes", nullptr}}).maxTrainMinutes);
    for (const char* key : {"seed", "task", "precision", "use_peft", "name_swap"}) {
      try {
        TrainConfig::fromJson(nlohmann::json{{key, nlohmann::json::array()}});
        QFAIL(key);
      } catch (const std::runtime_error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String(key)), e.what());
      }
    }
  }

  void validateUsesTheTableRanges() {
    QVERIFY(valid().validate().isEmpty());
    const std::pair<void (*)(TrainConfig&), const char*> cases[] = {
        {[](TrainConfig& c) { c.maxLength = 1; }, "--max_length must be at least 2"},
        {[](TrainConfig& c) { c.learningRate = 0; }, "--learning_rate must be positive"},
        {[](TrainConfig& c) { c.learningRate = std::nan(""); }, "--learning_rate must be positive"},
        {[](TrainConfig& c) { c.perDeviceEvalBatchSize = 0; }, "--per_device_eval_batch_size must be at least 1"},
        {[](TrainConfig& c) { c.weightDecay = -1; }, "--weight_decay must not be negative"},
        {[](TrainConfig& c) { c.saveSteps = -1; }, "--save_steps must not be negative (0: at each evaluation)"},
        {[](TrainConfig& c) { c.validationFraction = 1; }, "--validation_fraction must be in (0, 1)"},
        {[](TrainConfig& c) { c.warmupRatio = 1; }, "--warmup_ratio must be in [0, 1)"},
        {[](TrainConfig& c) { c.adamBeta1 = -0.1; }, "--adam_beta1 must be in [0, 1)"},
        {[](TrainConfig& c) { c.emaDecay = 1; }, "--ema_decay must be in [0, 1) (0: no weight averaging)"},
        {[](TrainConfig& c) { c.maxTrainMinutes = -1; },
         "--max_train_minutes must not be negative (0: no time budget)"},
        {[](TrainConfig& c) { c.lmFrequentTokenShare = 1.5; },
         "--lm_frequent_token_share must be in [0, 1] (0: every token is predicted by identity)"},
        {[](TrainConfig& c) { c.precision = QStringLiteral("fp16"); },
         "--precision must be auto, fp32 or bf16, not 'fp16'"},
        {[](TrainConfig& c) { c.kernels = QStringLiteral("fast"); },
         "--kernels must be fused or reference, not 'fast'"},
        {[](TrainConfig& c) { c.usePeft = true, c.loraR = 0; }, "--lora_r must be at least 1"},
        {[](TrainConfig& c) { c.modelNameOrPath = QStringLiteral("/ckpt"), c.tokenDropout = 0.1; },
         "--token_dropout needs the tiny preset: a pretrained tokenizer has no unknown token to drop to"},
    };
    for (const auto& [change, message] : cases) {
      TrainConfig c = valid();
      change(c);
      QCOMPARE(c.validate(), QString::fromUtf8(message));
    }
    TrainConfig c = valid();
    c.loraR = 0;  // only checked with --use_peft
    QVERIFY(c.validate().isEmpty());
  }

  void presetDefaultsAndFormRanges() {
    QCOMPARE(findTrainOption(QStringLiteral("ema_decay"))->tinyDefault.value(), TrainConfig::kTinyEmaDecay);
    QCOMPARE(findTrainOption(QStringLiteral("lm_loss_coefficient"))->tinyDefault.value(), TrainConfig::kTinyLmLoss);
    QCOMPARE(findTrainOption(QStringLiteral("max_train_minutes"))->tinyDefault.value(), TrainConfig::kTinyTrainMinutes);
    QCOMPARE(optionDefaultText(*findTrainOption(QStringLiteral("ema_decay"))),
             QStringLiteral("0.999 for tiny, 0 for a checkpoint"));
    QCOMPARE(optionDefaultText(*findTrainOption(QStringLiteral("per_device_train_batch_size"))), QStringLiteral("32"));
    QCOMPARE(optionDefaultText(*findTrainOption(QStringLiteral("precision"))), QStringLiteral("auto"));
    // A form field's spin box allows only valid values and holds the default.
    const TrainConfig defaults;
    for (const TrainOption& o : trainOptions()) {
      if (!o.field || (o.field->lo == 0 && o.field->hi == 0)) continue;
      QVERIFY2(o.field->lo <= o.field->hi, o.name);
      if (o.range) QVERIFY2(o.range->contains(o.field->lo) && o.range->contains(o.field->hi), o.name);
      const double d = optionValueText(o, defaults).toDouble();
      if (!o.tinyDefault) QVERIFY2(d >= o.field->lo && d <= o.field->hi, o.name);
    }
  }
};

ASSAY_TEST_APPLESS_MAIN(TestTrainOptions)
#include "tst_train_options.moc"
