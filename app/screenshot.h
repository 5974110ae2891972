#pragma once

#include <QString>

class QWidget;

namespace meshscope {

// Grabs the widget as it would be painted on screen and writes a PNG. Returns an error text, empty on success.
QString saveScreenshot(QWidget& widget, const QString& file);

} // namespace meshscope
