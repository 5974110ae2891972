#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace meshscope {

namespace {
QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
} // namespace

bool installTranslations(const QLocale& locale)
{
    removeTranslations();
    appTranslator = new QTranslator;
    const bool found
        = appTranslator->load(locale, QStringLiteral("meshscope"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a catalogue for the language, English still supplies the plural forms ("1 item", "2 items").
    if (found || appTranslator->load(QStringLiteral(":/i18n/meshscope_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator;
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return found;
}

void removeTranslations()
{
    for (QTranslator** translator : { &appTranslator, &qtTranslator }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace meshscope
