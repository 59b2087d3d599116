#include "ui/ChartExport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace claimscope::ui {
namespace {

constexpr qreal kPngScale = 2;
} // namespace

ChartExport::Format ChartExport::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0 ? Format::Svg : Format::Png;
}

std::optional<QString> ChartExport::write(QWidget *widget, const QString &path, Format format,
                                          const QString &title)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!widget || widget->size().isEmpty())
        return tr("There is no chart to export.");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Png) {
        QImage image(widget->size() * kPngScale, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return tr("The chart is too large to export as an image.");
        image.setDevicePixelRatio(kPngScale);
        image.fill(widget->palette().color(QPalette::Window));
        {
            QPainter painter(&image);
            widget->render(&painter);
        }
        if (!image.save(&buffer, "PNG"))
            return tr("The chart could not be encoded as PNG.");
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(widget->size());
        generator.setViewBox(QRect(QPoint(), widget->size()));
        generator.setResolution(widget->logicalDpiX());
        generator.setTitle(title);
        generator.setDescription(tr("Exported from Claimscope"));
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("The chart could not be drawn as SVG.");
        painter.fillRect(QRect(QPoint(), widget->size()), widget->palette().color(QPalette::Window));
        widget->render(&painter);
        painter.end();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(shownPath, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(shownPath, file.errorString());
    return std::nullopt;
}

} // namespace claimscope::ui
