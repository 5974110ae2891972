#include "proxystyle.h"

#include <QPalette>

namespace meshscope::proxystyle {

QColor colour(Tone tone, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x73, 0xc5, 0x6b) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return dark ? QColor(0xf4, 0xb3, 0x40) : QColor(0xb2, 0x5c, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString glyph(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("✔");
    case Tone::Warning:
        return QStringLiteral("▲");
    case Tone::Bad:
        return QStringLiteral("✖");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("○");
}

} // namespace meshscope::proxystyle
