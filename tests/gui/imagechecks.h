#pragma once

#include <QImage>
#include <QSet>

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
