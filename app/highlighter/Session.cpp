#include "Session.h"

#include "Highlighting.h"
#include "Protocol.h"
#include "Reply.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>
#include <exception>
#include <optional>

namespace claimscope::highlighter {

namespace {

QJsonArray definitionNames(const KSyntaxHighlighting::Repository &repository)
{
    QJsonArray names;
    for (const auto &definition : repository.definitions())
        names.append(definition.name());
    return names;
}

// KF5 has no Theme::isDarkTheme(); a theme is dark when its editor background is.
bool isDark(const KSyntaxHighlighting::Theme &theme)
{
    constexpr int kMidLightness = 128;
    return QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < kMidLightness;
}

} // namespace

Session::Session(bool testHooks)
    : m_testHooks(testHooks)
{
}

Session::Outcome Session::handle(const QByteArray &line)
{
    const Request request = parseRequest(line);
    if (!request.isValid())
        return {Reply::failure(request.id, request.error).line()};
    // A failure inside the engine or an allocation must still give a reply: the client waits for one.
    try {
        return dispatch(request);
    } catch (const std::exception &error) {
        return {Reply::failure(request.id,
                               QStringLiteral("internal error: %1").arg(QString::fromLocal8Bit(error.what())))
                    .line()};
    }
}

Session::Outcome Session::dispatch(const Request &request)
{
    const QString &method = request.method;
    if (method == QLatin1String("highlight"))
        return {highlight(request).line()};
    if (method == QLatin1String("ping"))
        return {Reply::success(request.id).line()};
    if (method == QLatin1String("addSearchPath"))
        return {addSearchPath(request).line()};
    if (method == QLatin1String("listDefinitions"))
        return {listDefinitions(request).line()};
    if (method == QLatin1String("listThemes"))
        return {listThemes(request).line()};
    if (method == QLatin1String("exit"))
        return {Reply::success(request.id).line(), Next::Exit};
    if (m_testHooks) {
        if (method == QLatin1String("crash"))
            return {{}, Next::Crash};
        if (method == QLatin1String("hang"))
            return {{}, Next::Hang};
        if (method == QLatin1String("garbage"))
            return {QByteArrayLiteral("this line is not JSON (garbage test hook)")};
    }
    return {Reply::failure(request.id, QStringLiteral("unknown method \"%1\"").arg(method)).line()};
}

Reply Session::addSearchPath(const Request &request)
{
    const std::optional<QString> path = request.string(QLatin1String("path"));
    if (!path || path->isEmpty())
        return Reply::failure(request.id, QStringLiteral("addSearchPath needs a string \"path\""));
    const QFileInfo folder(*path);
    if (!folder.isDir())
        return Reply::failure(request.id, QStringLiteral("not a folder: %1").arg(*path));

    const QString absolute = QDir::cleanPath(folder.absoluteFilePath());
    // Adding a known folder again reloads it instead: the client rewrites its generated definition in
    // place and asks again, and a second copy of the path would load every file twice.
    if (m_repository.customSearchPaths().contains(absolute))
        m_repository.reload();
    else
        m_repository.addCustomSearchPath(absolute);
    m_formatFields.clear();
    return Reply::success(request.id)
        .addFields({{QStringLiteral("definitions"), definitionNames(m_repository)}});
}

Reply Session::listDefinitions(const Request &request) const
{
    return Reply::success(request.id)
        .addFields({{QStringLiteral("definitions"), definitionNames(m_repository)}});
}

Reply Session::listThemes(const Request &request) const
{
    QJsonArray themes;
    for (const auto &theme : m_repository.themes()) {
        themes.append(QJsonObject{{QStringLiteral("name"), theme.name()},
                                  {QStringLiteral("translatedName"), theme.translatedName()},
                                  {QStringLiteral("dark"), isDark(theme)}});
    }
    return Reply::success(request.id).addFields({{QStringLiteral("themes"), themes}});
}

Reply Session::highlight(const Request &request)
{
    const std::optional<QString> definition = request.string(QLatin1String("definition"));
    const std::optional<QString> text = request.string(QLatin1String("text"));
    if (!definition)
        return Reply::failure(request.id, QStringLiteral("highlight needs a string \"definition\""));
    if (!text)
        return Reply::failure(request.id, QStringLiteral("highlight needs a string \"text\""));
    // A missing theme is the same as an empty one: the default light theme.
    const QString theme = request.string(QLatin1String("theme")).value_or(QString());

    const HighlightResult result =
        claimscope::highlighter::highlight(m_repository, *definition, theme, *text, m_formatFields);
    if (!result.isValid())
        return Reply::failure(request.id, result.error);
    Reply reply = Reply::success(request.id);
    reply.addIntArray("spans", result.spans);
    reply.addMembers(result.formatFields);
    return reply;
}

} // namespace claimscope::highlighter
