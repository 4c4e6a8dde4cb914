#include "common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace assay {

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

QString preferredLanguage() {
  return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void setPreferredLanguage(const QString& language) {
  QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString effectiveLanguage() {
  const QString preferred = preferredLanguage();
  if (preferred == QLatin1String("en") || preferred == QLatin1String("zh_CN")) return preferred;
  return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool installTranslations(QCoreApplication* app) {
  removeInstalled(app);
  const QString language = effectiveLanguage();
  // Each install or removal sends QEvent::LanguageChange to every widget.
  assayTranslator = new QTranslator(app);
  // qt_add_translations embeds the compiled .qm files under :/i18n.
  const bool loaded = assayTranslator->load(QStringLiteral(":/i18n/assay_%1.qm").arg(language));
  if (loaded) app->installTranslator(assayTranslator);
  qtTranslator = new QTranslator(app);
  if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app->installTranslator(qtTranslator);
  return loaded;
}

bool switchLanguage(QCoreApplication* app, const QString& language) {
  setPreferredLanguage(language);
  return installTranslations(app);
}

}  // namespace assay
