#include "core/analysis/SpeakerResolver.h"

#include <QHash>

#include <algorithm>

namespace claimscope::core {

namespace {

QRegularExpression anchored(const QString &pattern, bool caseless)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseless)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"), options);
}

} // namespace

SpeakerResolver::SpeakerResolver(const Lexicon &lexicon)
    : m_lexicon(lexicon)
{
    for (qsizetype i = 0; i < lexicon.speakers.size(); ++i) {
        const Speaker &speaker = lexicon.speakers.at(i);
        const auto add = [&](const QStringList &forms, FormLanguage language) {
            for (const QString &form : forms) {
                const QString pattern = formPattern(form, language);
                if (pattern.isEmpty())
                    continue;
                Form compiled{i, form.size(), anchored(pattern, false), anchored(pattern, true)};
                // A form too long for PCRE (the definition leaves such forms out too) could never
                // match, and every match attempt would log the whole pattern as a warning.
                if (!compiled.exact.isValid() || !compiled.caseless.isValid())
                    continue;
                m_forms.append(std::move(compiled));
            }
        };
        add(speaker.formsEn, FormLanguage::En);
        add(speaker.formsRu, FormLanguage::Ru);
        add(speaker.formsTr, FormLanguage::Tr);
    }
    // Longest forms first, so that "Sergey Lavrov" decides before a surname another person shares.
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const Form &a, const Form &b) { return a.length > b.length; });
}

qsizetype SpeakerResolver::resolve(const QString &spanText) const
{
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_cache.constFind(spanText);
        if (cached != m_cache.constEnd())
            return *cached;
    }
    const qsizetype index = match(spanText);
    const QMutexLocker lock(&m_cacheMutex);
    m_cache.insert(spanText, index);
    return index;
}

qsizetype SpeakerResolver::match(const QString &spanText) const
{
    for (const Form &form : m_forms) {
        if (form.exact.match(spanText).hasMatch())
            return form.speaker;
    }
    for (const Form &form : m_forms) {
        if (form.caseless.match(spanText).hasMatch())
            return form.speaker;
    }
    return -1;
}

QList<SpeakerMention> SpeakerResolver::mentions(const QString &text, const QList<TextRange> &spans,
                                                QStringList *ids) const
{
    QList<SpeakerMention> result;
    QHash<QString, qsizetype> byId;
    for (const TextRange &span : spans) {
        const QString written = text.mid(span.start, span.length());
        const qsizetype index = resolve(written);
        SpeakerMention mention;
        if (index >= 0) {
            const Speaker &speaker = m_lexicon.speakers.at(index);
            mention.id = speaker.id;
            mention.name = speaker.name;
            mention.role = speaker.role;
            mention.kind = speaker.kind;
        } else {
            mention.id = QStringLiteral("suggested:") + written.simplified();
            mention.name = written.simplified();
            mention.kind = QStringLiteral("other");
            mention.suggested = true;
        }
        ids->append(mention.id);
        const auto found = byId.constFind(mention.id);
        if (found != byId.constEnd()) {
            result[*found].mentions.append(span);
            continue;
        }
        mention.mentions.append(span);
        byId.insert(mention.id, result.size());
        result.append(mention);
    }
    return result;
}

} // namespace claimscope::core
