#pragma once

#include "ui/AnnotationMarks.h"

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

namespace claimscope::ui {

// How each kind of annotation looks in the viewer. Speaker colours are strong (chart colours), so
// backgrounds are the colour blended towards the palette's base: a light tint on a light palette,
// a dark one on a dark palette, and the text keeps its palette colour either way.
//   Quote: the speaker's tint (a neutral grey one when nobody is attributed).
//   Claim: a fainter tint and a dashed underline in the speaker's colour: reported, not quoted.
//   Figure: bold, in amber (not a speaker colour, so it reads as "a number" inside any quote).
//   Speaker mention: bold, underlined in the speaker's colour.
class MarkFormats final {
public:
    explicit MarkFormats(const QPalette &palette = QPalette());

    void setPalette(const QPalette &palette);
    bool isDark() const { return m_dark; }

    QTextCharFormat format(const AnnotationMark &mark) const;

    // `colour` moved towards `base` until only `amount` (0…1) of it is left.
    static QColor blend(const QColor &colour, const QColor &base, qreal amount);

    friend bool operator==(const MarkFormats &, const MarkFormats &) = default;

private:
    // The speaker's colour, or a grey from the palette's text colour when there is none.
    QColor speakerColour(const AnnotationMark &mark) const;
    QColor tint(const AnnotationMark &mark, qreal lightAmount, qreal darkAmount) const;

    QColor m_base;
    QColor m_text;
    bool m_dark = false;
};

} // namespace claimscope::ui
