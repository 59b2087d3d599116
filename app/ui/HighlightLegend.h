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
    // With a project's annotations painted, quotes, claims and figures look as the annotations are
    // drawn (MarkFormats), not as the helper's spans; names and reporting verbs stay the helper's.
    void setAnnotationMode(bool on);
    bool annotationMode() const { return m_annotationMode; }

    // "Speaker", "Quote", … in the interface language; the category's own name when unknown.
    static QString displayName(const QString &formatName);
    // The categories the legend shows, in order (Claim only in annotation mode).
    QStringList categories() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<core::HighlightFormat> m_formats;
    QList<QLabel *> m_labels;
    bool m_annotationMode = false;
};

} // namespace claimscope::ui
