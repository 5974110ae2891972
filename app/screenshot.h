#pragma once

#include <QString>

class QWidget;

namespace meshscope {

// Grabs the widget as it would be painted on screen and writes a PNG. Returns an error text, empty on success.
QString saveScreenshot(QWidget& widget, const QString& file);

// Writes the texts a user sees in the widget (visible labels, the status bar's message), one per line in the
// widgets' order, so a script can check what a screenshot says. Returns an error text, empty on success.
QString saveVisibleTexts(QWidget& widget, const QString& file);

} // namespace meshscope
