#pragma once

// Helpers for the fuzz targets: the input as Qt bytes, and the same input cut into pieces (as a network delivers it).

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

namespace meshscope::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Cuts input into chunks at positions taken from its first byte(s): the same bytes arrive in different pieces.
inline QList<QByteArray> chunks(const QByteArray& input)
{
    QList<QByteArray> pieces;
    if (input.isEmpty())
        return pieces;
    const int step = 1 + static_cast<unsigned char>(input.at(0)) % 61;
    for (qsizetype at = 1; at < input.size(); at += step)
        pieces.append(input.mid(at, step));
    return pieces;
}

} // namespace meshscope::fuzz
