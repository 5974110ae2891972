#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace meshscope::proxystyle {

// The Proxies page's state colours, readable on the light and the dark palette.
enum class Tone
{
    Neutral,
    Good,
    Warning,
    Bad,
};
QColor colour(Tone tone, const QPalette& palette);
// A glyph that says the same without colour (for colour-blind users and screenshots in grey).
QString glyph(Tone tone);

} // namespace meshscope::proxystyle
