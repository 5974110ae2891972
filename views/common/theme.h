#pragma once

#include "models/appsettings.h"

class QApplication;

namespace meshscope {

// Applies the chosen theme. "System" keeps the platform palette (light or dark as the desktop says);
// Light and Dark force a Fusion palette so the app looks the same everywhere.
void applyTheme(QApplication& app, AppSettings::Theme theme);

} // namespace meshscope
