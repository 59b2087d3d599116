#include "core/highlight/HighlightService.h"

#include "core/highlight/DefinitionGenerator.h"
#include "core/highlight/Lexicon.h"

#include <QStandardPaths>

namespace claimscope::core {

HighlightService::HighlightService(QObject *parent)
    : QObject(parent)
    , m_client(new HighlighterClient(this))
{
    connect(m_client, &HighlighterClient::highlighted, this, &HighlightService::highlighted);
    connect(m_client, &HighlighterClient::failed, this, &HighlightService::failed);
}

QString HighlightService::cacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/highlighting");
}

std::optional<QString> HighlightService::prepare()
{
    if (m_prepared)
        return *m_prepared;
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    if (const auto *error = std::get_if<LexiconError>(&lexicon)) {
        m_prepared = error->message();
        return *m_prepared;
    }
    const QString directory = cacheDirectory();
    if (auto problem = writeDefinition(std::get<Lexicon>(lexicon), directory)) {
        m_prepared = problem;
        return *m_prepared;
    }
    m_client->setSearchPaths({directory});
    m_prepared = std::optional<QString>();
    return std::nullopt;
}

quint64 HighlightService::highlightAsync(const QString &text, const QString &theme)
{
    if (const auto problem = prepare())
        return m_client->rejectAsync(*problem);
    return m_client->highlightAsync(kDefinitionName.toString(), theme, text);
}

std::variant<HighlightResult, QString> HighlightService::highlight(const QString &text, const QString &theme)
{
    if (const auto problem = prepare())
        return *problem;
    return m_client->highlight(kDefinitionName.toString(), theme, text);
}

} // namespace claimscope::core
