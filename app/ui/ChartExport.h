#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace claimscope::ui {

// Writes what a widget draws (the visible chart tab) to an image file: PNG at twice the screen's
// pixels, so that it stays sharp in a paper or a slide, or SVG, where bars and text stay vectors.
// The file is written whole or not at all (QSaveFile): a failed export never leaves half a file
// over an earlier one.
class ChartExport final {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Svg };

    // The format a file name asks for: ".svg" is SVG, anything else PNG.
    static Format formatOf(const QString &path);

    // Writes `widget` to `path`; `title` names the drawing inside an SVG. Returns why it failed, in
    // the interface language, or nothing when the file was written.
    static std::optional<QString> write(QWidget *widget, const QString &path, Format format,
                                        const QString &title);
};

} // namespace claimscope::ui
