#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace assay::i18n {

namespace {
// The translators installed now, so that a switch can take them out again.
QPointer<QTranslator> assayTranslator, qtTranslator;

void removeInstalled(QCoreApplication* app) {
  for (QPointer<QTranslator>* t : {&assayTranslator, &qtTranslator}) {
    if (!*t) continue;
    app->removeTranslator(*t);
    delete t->data();
  }
}
}  // namespace

QString systemLanguage() {
  return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString commandLineLanguage() {
  const QString chosen = qEnvironmentVariable("ASSAY_LANGUAGE");
  if (chosen == QLatin1String("en") || chosen == QLatin1String("zh_CN")) return chosen;
  return systemLanguage();
}

bool installTranslations(QCoreApplication* app, const QString& language) {
  removeInstalled(app);
  // Each install or removal sends QEvent::LanguageChange to every widget.
  assayTranslator = new QTranslator(app);
  // core/CMakeLists.txt embeds the compiled .qm files under :/i18n.
  const bool loaded = assayTranslator->load(QStringLiteral(":/i18n/assay_%1.qm").arg(language));
  if (loaded) app->installTranslator(assayTranslator);
  qtTranslator = new QTranslator(app);
  if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app->installTranslator(qtTranslator);
  return loaded;
}

}  // namespace assay::i18n
