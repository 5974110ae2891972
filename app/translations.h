#pragma once

#include <QLocale>

namespace meshscope {

// Installs Meshscope's own catalogue (embedded under :/i18n) and Qt's for the locale.
// Returns true when a Meshscope catalogue for that language was found.
bool installTranslations(const QLocale& locale);

// Removes what installTranslations() added (tests switch languages back and forth).
void removeTranslations();

} // namespace meshscope
