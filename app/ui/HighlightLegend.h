#pragma once

#include "core/highlight/HighlightTypes.h"

#include <QWidget>

class QLabel;

namespace claimscope::ui {

// A strip above the text naming each highlighted category in its colour, so that a reader can tell
// a speaker from a figure without hovering.
class HighlightLegend final : public QWidget {
    Q_OBJECT

public:
    explicit HighlightLegend(QWidget *parent = nullptr);

    // Takes the colours of the formats the helper sent; without any, the legend hides.
    void setFormats(const QList<core::HighlightFormat> &formats);

    // "Speaker", "Quote", … in the interface language; the category's own name when unknown.
    static QString displayName(const QString &formatName);
    // The categories the legend shows, in order.
    static QStringList categories();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<core::HighlightFormat> m_formats;
    QList<QLabel *> m_labels;
};

} // namespace claimscope::ui
