#include "screenshot.h"

#include <QCoreApplication>
#include <QPixmap>
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

} // namespace meshscope
