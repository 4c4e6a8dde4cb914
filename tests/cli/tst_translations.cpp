// assay_i18n: the .qm files are embedded in the static library and found at
// run time by a program that only links it (assay-cli's case), the Chinese
// translation of core's log lines is rm_train.py's wording, and
// ASSAY_LANGUAGE picks the command line's language.
#include <QCoreApplication>
#include <QFile>
#include <QtTest>

#include "i18n/Translations.h"
#include "TestRegistry.h"

class TestTranslations : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void qmFilesAreEmbedded() {
    QVERIFY(QFile(QStringLiteral(":/i18n/assay_zh_CN.qm")).exists());
    QVERIFY(QFile(QStringLiteral(":/i18n/assay_en.qm")).exists());
  }

  void coreLinesFollowTheLanguage() {
    const char* distribution = "📊 Label distribution of the training data:";
    const char* budget =
        "⏱️ Time budget %1 minutes: %2 s per step, %3 s per evaluation → %4 steps planned (%5 epochs%6)";
    QVERIFY(assay::i18n::installTranslations(QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("assay::TrainingRun", distribution), QStringLiteral("📊 训练数据标签分布:"));
    QCOMPARE(
        QCoreApplication::translate("assay::Trainer", budget),
        QStringLiteral("⏱️ 时间预算 %1 分钟: 每步 %2 s, 每次评估 %3 s → 计划 %4 步 (%5 轮%6)"));
    QCOMPARE(QCoreApplication::translate("assay::cli::train", "✅ Training finished: %1 steps, %2 s, %3 tokens/s"),
             QStringLiteral("✅ 训练完成: %1 步, %2 秒, %3 tokens/s"));
    QVERIFY(assay::i18n::installTranslations(QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("assay::TrainingRun", distribution), QString::fromUtf8(distribution));
  }

  void environmentChoosesTheCommandLineLanguage() {
    const QByteArray before = qgetenv("ASSAY_LANGUAGE");
    qputenv("ASSAY_LANGUAGE", "en");
    QCOMPARE(assay::i18n::commandLineLanguage(), QStringLiteral("en"));
    qputenv("ASSAY_LANGUAGE", "zh_CN");
    QCOMPARE(assay::i18n::commandLineLanguage(), QStringLiteral("zh_CN"));
    qputenv("ASSAY_LANGUAGE", "klingon");  // not offered: the system locale decides
    QCOMPARE(assay::i18n::commandLineLanguage(), assay::i18n::systemLanguage());
    qunsetenv("ASSAY_LANGUAGE");
    QCOMPARE(assay::i18n::commandLineLanguage(), assay::i18n::systemLanguage());
    if (!before.isNull()) qputenv("ASSAY_LANGUAGE", before);
  }
};

ASSAY_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
