#pragma once

#include "core/charts/FigureNormalisation.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace claimscope::core {

// The words of the charts, in the interface language at the moment of asking: titles, units,
// labels and tooltips. One place, so that the three charts word things alike and the translators
// find them under one context ("ChartText").
//
// A chart has thousands of tooltips, and every translate() call searches the installed
// catalogues: an instance looks each fixed phrase up once, when it is made, and remembers the
// numbers it has written. Make one per assembly of a chart, so that it follows the language.
class ChartText final {
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    ChartText();

    static QString figuresTitle();
    static QString stancesTitle(const QString &question);
    static QString voicesTitle();

    // The analyzer's measures by name ("trade turnover" → "Trade turnover"); a measure a person
    // typed is shown as typed. An empty measure: "Other figures".
    static QString measureTitle(const QString &measure);
    // The axis unit of a family: "billion USD", "%", "percentage points", "countries", or empty.
    static QString unitLabel(const NormalisedFigure &figure);
    // A title with its unit: "Trade turnover (billion USD)".
    static QString groupTitle(const QString &title, const QString &unit);
    // A normalised value with its unit: "43.5 billion USD", "80%", "13 countries".
    static QString figureValue(const NormalisedFigure &figure);
    // Subject and year under a figure's bar: "Kazakhstan–EU, 2023", "2023", "no subject or year".
    static QString figureLabel(const QString &subject, std::optional<int> year);

    // "Strongly against" … "Strongly in favour" for −2 … +2, as the stance dialog says it.
    static QString scoreName(int score);
    // "−1 (Against)".
    static QString scoreText(int score);
    // "2 quotes, 1 claim".
    static QString quotesAndClaims(int quotes, int claims);

    // The tooltips: the value, where and by whom, the sentence (in the source's own language).
    QString figureTooltip(const NormalisedFigure &figure, const QString &written, const QString &sourceTitle,
                          const QString &speakerName, const QString &sentence, bool conflicting,
                          bool manual) const;
    QString stanceTooltip(int score, const QString &speakerName, const QString &sourceTitle,
                          const QString &sentence, bool manual) const;
    QString voiceTooltip(int quotes, int claims, const QString &speakerName, const QString &sourceTitle,
                         const QString &sentence) const;

    // The series a view sums the sources it does not draw one by one into, and its bars' tooltip.
    static QString otherSources();
    QString otherSourcesTooltip(const QString &speakerName, int sources, int quotesAndClaims) const;

private:
    QString m_written;
    QString m_in;
    QString m_inGivenBy;
    QString m_conflicting;
    QString m_figureByPerson;
    QString m_speakerInSource;
    QString m_scoreByPerson;
    std::array<QString, 5> m_scores;
    mutable QHash<QString, QString> m_values;      // family and value → figureValue
    mutable QHash<quint64, QString> m_voiceCounts; // quotes << 32 | claims → quotesAndClaims
};

} // namespace claimscope::core
