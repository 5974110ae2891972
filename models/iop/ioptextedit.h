#pragma once

#include <QString>
#include <QVariant>

// Changes to one value of a YAML file that leave the rest of the text alone — comments, key order, blank lines,
// quoting elsewhere — the way a person would make them: a value replaced in place, a missing key added at the
// end of its parent's block, a key deleted with its block. When the text around the value does not allow that
// (flow style, a multi-line value, several documents), the whole document is written anew.
namespace meshscope::iop {

struct TextEdit
{
    QString text; // the new text (unchanged when the edit failed)
    bool ok = false;
    bool rewritten = false; // the document had to be written anew: comments and key order were not kept
    QString error;
};

// Sets the value at path (istioctl path syntax, indices only) to value; null removes the key.
TextEdit setYamlValue(const QString& text, const QString& path, const QVariant& value);
TextEdit removeYamlValue(const QString& text, const QString& path);

} // namespace meshscope::iop
