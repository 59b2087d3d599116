#include "core/analysis/Referents.h"

#include <QRegularExpression>

namespace claimscope::core {

namespace {

struct RolePattern {
    QRegularExpression pattern;
    QString kind;
};

QRegularExpression wordsPattern(const QString &alternatives)
{
    // \b is ASCII-bound in some PCRE builds; letters around the word are excluded explicitly.
    return QRegularExpression(QStringLiteral("(?<!\\p{L})(?:") + alternatives + QStringLiteral(")(?!\\p{L})"),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

const QList<RolePattern> &rolePatterns()
{
    static const QList<RolePattern> patterns{
        {wordsPattern(
             QStringLiteral("the (?:expert|analyst|political (?:scientist|analyst|observer)|observer|"
                            "researcher|scholar|professor|economist|author|politolog)|"
                            "эксперт\\w*|аналитик\\w*|политолог\\w*|экономист\\w*|собеседник\\w*|"
                            "uzman\\w*|analist\\w*|siyaset bilimci\\w*|politolog\\w*|ekonomist\\w*")),
         QStringLiteral("expert")},
        {wordsPattern(
             QStringLiteral("the (?:spokesman|spokeswoman|spokesperson|press secretary|minister|"
                            "foreign minister|ambassador|diplomat|official|envoy)|"
                            "пресс-секретар\\w*|министр\\w*|глава МИД|посол|посла|послом|дипломат\\w*|"
                            "sözcü\\w*|bakan\\w*|büyükelçi\\w*|diplomat\\w*")),
         QStringLiteral("official")},
        {wordsPattern(QStringLiteral("the (?:president|head of state|leader)|президент\\w*|глава государства|"
                                     "cumhurbaşkanı\\w*|lider\\w*")),
         QStringLiteral("politician")},
    };
    return patterns;
}

QRegularExpression pronounPattern(const QString &language)
{
    if (language == QStringLiteral("ru"))
        return wordsPattern(QStringLiteral("он|она|его|её"));
    if (language == QStringLiteral("tr"))
        return wordsPattern(QStringLiteral("o|onun|ona"));
    return wordsPattern(QStringLiteral("he|she"));
}

} // namespace

QList<Referent> findReferents(const QString &text, qsizetype start, qsizetype end, const QString &language)
{
    QList<Referent> result;
    const QStringView view = QStringView(text).sliced(start, end - start);
    const auto collect = [&](const QRegularExpression &pattern, const QString &kind) {
        auto it = pattern.globalMatch(view.toString());
        while (it.hasNext()) {
            const auto match = it.next();
            result.append({{start + match.capturedStart(), start + match.capturedEnd()}, kind});
        }
    };
    static const QRegularExpression en = pronounPattern(QStringLiteral("en"));
    static const QRegularExpression ru = pronounPattern(QStringLiteral("ru"));
    static const QRegularExpression tr = pronounPattern(QStringLiteral("tr"));
    collect(language == QStringLiteral("ru") ? ru : language == QStringLiteral("tr") ? tr : en, {});
    for (const RolePattern &role : rolePatterns())
        collect(role.pattern, role.kind);
    std::sort(result.begin(), result.end(),
              [](const Referent &a, const Referent &b) { return a.range.start < b.range.start; });
    return result;
}

void MentionHistory::add(const TextRange &range, const QString &id, const QString &kind)
{
    m_entries.append({range, id, kind});
}

QString MentionHistory::before(qsizetype position, const QString &kind) const
{
    QString latestAny;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const Entry &entry = m_entries.at(i);
        if (entry.range.end > position)
            continue;
        if (latestAny.isEmpty())
            latestAny = entry.id;
        if (kind.isEmpty() || entry.kind == kind)
            return entry.id;
    }
    return latestAny;
}

qsizetype MentionHistory::nearestIndex(qsizetype start, qsizetype end, qsizetype anchor) const
{
    qsizetype best = -1;
    qsizetype bestDistance = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const TextRange &range = m_entries.at(i).range;
        if (range.start < start || range.end > end)
            continue;
        const qsizetype distance =
            range.end <= anchor ? anchor - range.end : std::max<qsizetype>(0, range.start - anchor);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString MentionHistory::nearestWithin(qsizetype start, qsizetype end, qsizetype anchor) const
{
    const qsizetype index = nearestIndex(start, end, anchor);
    return index < 0 ? QString() : m_entries.at(index).id;
}

TextRange MentionHistory::rangeOf(qsizetype start, qsizetype end, qsizetype anchor) const
{
    const qsizetype index = nearestIndex(start, end, anchor);
    return index < 0 ? TextRange{} : m_entries.at(index).range;
}

QList<std::pair<TextRange, QString>> MentionHistory::within(qsizetype start, qsizetype end) const
{
    QList<std::pair<TextRange, QString>> result;
    for (const Entry &entry : m_entries) {
        if (entry.range.start >= start && entry.range.end <= end)
            result.append({entry.range, entry.id});
    }
    return result;
}

} // namespace claimscope::core
