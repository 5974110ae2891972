#include "screenshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPixmap>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QWidget>

namespace meshscope {

QString saveScreenshot(QWidget& widget, const QString& file)
{
    const QPixmap pixmap = widget.grab();
    if (pixmap.isNull())
        return QCoreApplication::translate("Screenshot", "The window could not be rendered.");
    if (!pixmap.save(file, "PNG"))
        return QCoreApplication::translate("Screenshot", "Cannot write %1.").arg(file);
    return {};
}

QString saveVisibleTexts(QWidget& widget, const QString& file)
{
    QStringList lines;
    const auto add = [&lines](const QString& text) {
        const QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        for (const QString& line : plain.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
    };
    for (QWidget* child : widget.findChildren<QWidget*>()) {
        if (!child->isVisibleTo(&widget))
            continue;
        if (const auto* label = qobject_cast<QLabel*>(child))
            add(label->text());
        else if (const auto* status = qobject_cast<QStatusBar*>(child))
            add(status->currentMessage());
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return QCoreApplication::translate("Screenshot", "Cannot write %1.").arg(file);
    out.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return {};
}

} // namespace meshscope
