#pragma once

#include <QColor>
#include <QImage>
#include <QSet>
#include <cstdlib>

// How many different colours an image has, counted on a grid so big images stay cheap.
// A blank (single-colour or nearly so) rendering has very few.
inline int distinctColours(const QImage& image, int step = 2)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// How many pixels (on a 2-pixel grid) are close to a colour: antialiased lines are never exactly it.
inline int countColoured(const QImage& image, const QColor& colour, int tolerance = 40)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < tolerance)
                ++count;
        }
    }
    return count;
}
