#include "core/charts/ChartText.h"

#include "core/i18n/NumberFormat.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace claimscope::core {

ChartText::ChartText()
    : m_written(tr("%1, written “%2”", "a figure's value and its text as the source writes it"))
    , m_in(tr("In %1", "a source's title"))
    , m_inGivenBy(tr("In %1, given by %2", "a source's title, a speaker's name"))
    , m_conflicting(tr("Another source cites a different value."))
    , m_figureByPerson(tr("Entered or corrected by a person."))
    , m_speakerInSource(tr("%1 in %2: %3", "speaker, source, value"))
    , m_scoreByPerson(tr("Score set by a person."))
{
    for (int score = -2; score <= 2; ++score)
        m_scores[score + 2] = scoreText(score);
}

QString ChartText::figuresTitle()
{
    return tr("Figures the sources cite");
}

QString ChartText::stancesTitle(const QString &question)
{
    return question.isEmpty() ? tr("Stances") : tr("Stances on “%1”").arg(question);
}

QString ChartText::voicesTitle()
{
    return tr("Quotes and claims per speaker");
}

QString ChartText::measureTitle(const QString &measure)
{
    // The analyzer's measure keys (FigureContext's measureNear), which are English whatever the
    // text's language.
    const QString key = measure.simplified();
    if (key.isEmpty())
        return tr("Other figures");
    if (key == u"trade turnover")
        return tr("Trade turnover");
    if (key == u"share of foreign trade")
        return tr("Share of foreign trade");
    if (key == u"share of oil exports")
        return tr("Share of oil exports");
    if (key == u"countries")
        return tr("Number of countries");
    if (key == u"states")
        return tr("Number of states");
    return measure;
}

QString ChartText::unitLabel(const NormalisedFigure &figure)
{
    if (!figure.currency.isEmpty())
        return tr("billion %1", "money axis unit; %1 is a currency code such as USD").arg(figure.currency);
    if (figure.family == u"percent")
        return u"%"_s;
    if (figure.family == u"points")
        return tr("percentage points");
    if (figure.countedNoun == u"countries")
        return tr("countries");
    if (figure.countedNoun == u"states")
        return tr("states");
    if (figure.countedNoun == u"members")
        return tr("members");
    if (figure.countedNoun == u"count")
        return tr("count");
    return figure.countedNoun; // a unit a person typed, or none
}

QString ChartText::groupTitle(const QString &title, const QString &unit)
{
    return unit.isEmpty() ? title : u"%1 (%2)"_s.arg(title, unit);
}

QString ChartText::figureValue(const NormalisedFigure &figure)
{
    if (!figure.currency.isEmpty()) {
        // NumberFormat takes whole units: the normalised value is in billions.
        return tr("%1 %2", "an amount and its currency code: 43.5 billion USD")
            .arg(NumberFormat::scaled(figure.value * 1e9, 2), figure.currency);
    }
    const QString number = NumberFormat::scaled(figure.value, 2);
    if (figure.family == u"percent")
        return tr("%1%", "a percentage").arg(number);
    if (figure.family == u"points")
        return tr("%1 percentage points").arg(number);
    const bool whole = std::floor(figure.value) == figure.value && std::abs(figure.value) < 1e9;
    const int n = whole ? int(figure.value) : 0;
    if (whole && figure.countedNoun == u"countries")
        return tr("%n countries", nullptr, n);
    if (whole && figure.countedNoun == u"states")
        return tr("%n states", nullptr, n);
    if (whole && figure.countedNoun == u"members")
        return tr("%n members", nullptr, n);
    if (figure.countedNoun.isEmpty() || figure.countedNoun == u"count")
        return number;
    return u"%1 %2"_s.arg(number, unitLabel(figure));
}

QString ChartText::figureLabel(const QString &subject, std::optional<int> year)
{
    const QString yearText = year ? QString::number(*year) : QString();
    if (subject.isEmpty() && yearText.isEmpty())
        return tr("no subject or year");
    if (subject.isEmpty())
        return yearText;
    if (yearText.isEmpty())
        return subject;
    return u"%1, %2"_s.arg(subject, yearText);
}

QString ChartText::scoreName(int score)
{
    switch (score) {
    case -2:
        return tr("Strongly against");
    case -1:
        return tr("Against");
    case 0:
        return tr("Neutral or mixed");
    case 1:
        return tr("In favour");
    case 2:
        return tr("Strongly in favour");
    }
    return {};
}

QString ChartText::scoreText(int score)
{
    // A real minus sign, and a plus for the positive scores, as on a diverging axis.
    const QString number = score < 0   ? QChar(0x2212) + QString::number(-score)
                           : score > 0 ? u'+' + QString::number(score)
                                       : u"0"_s;
    return u"%1 (%2)"_s.arg(number, scoreName(score));
}

QString ChartText::quotesAndClaims(int quotes, int claims)
{
    QStringList parts;
    if (quotes > 0)
        parts.append(tr("%n quote(s)", nullptr, quotes));
    if (claims > 0)
        parts.append(tr("%n claim(s)", nullptr, claims));
    return parts.join(u", "_s);
}

QString ChartText::figureTooltip(const NormalisedFigure &figure, const QString &written,
                                 const QString &sourceTitle, const QString &speakerName,
                                 const QString &sentence, bool conflicting, bool manual) const
{
    const QString valueKey = figure.family + u' ' + QString::number(figure.value, 'g', 17);
    auto value = m_values.constFind(valueKey);
    if (value == m_values.cend())
        value = m_values.insert(valueKey, figureValue(figure));
    QString text =
        m_written.arg(*value, written) + u'\n' +
        (speakerName.isEmpty() ? m_in.arg(sourceTitle) : m_inGivenBy.arg(sourceTitle, speakerName)) + u'\n' +
        sentence;
    if (conflicting)
        text += u'\n' + m_conflicting;
    if (manual)
        text += u'\n' + m_figureByPerson;
    return text;
}

QString ChartText::stanceTooltip(int score, const QString &speakerName, const QString &sourceTitle,
                                 const QString &sentence, bool manual) const
{
    const QString scoreText = score >= -2 && score <= 2 ? m_scores[score + 2] : QString::number(score);
    QString text = m_speakerInSource.arg(speakerName, sourceTitle, scoreText);
    if (!sentence.isEmpty())
        text += u'\n' + sentence;
    if (manual)
        text += u'\n' + m_scoreByPerson;
    return text;
}

QString ChartText::voiceTooltip(int quotes, int claims, const QString &speakerName,
                                const QString &sourceTitle, const QString &sentence) const
{
    const quint64 countsKey = (quint64(quint32(quotes)) << 32) | quint32(claims);
    auto counts = m_voiceCounts.constFind(countsKey);
    if (counts == m_voiceCounts.cend())
        counts = m_voiceCounts.insert(countsKey, quotesAndClaims(quotes, claims));
    QString text = m_speakerInSource.arg(speakerName, sourceTitle, *counts);
    if (!sentence.isEmpty())
        text += u'\n' + sentence;
    return text;
}

QString ChartText::otherSources()
{
    return tr("Other sources");
}

QString ChartText::otherSourcesTooltip(const QString &speakerName, int sources, int quotesAndClaims) const
{
    return tr("%1 in %n other source(s)", "a speaker's name", sources).arg(speakerName) + u'\n' +
           tr("%n quote(s) and claim(s)", nullptr, quotesAndClaims);
}

} // namespace claimscope::core
