#include "core/document/office/PackagePath.h"

#include <QDir>
#include <QUrl>

namespace claimscope::core {
namespace {

// "http://…", "mailto:…": a scheme is letters, digits, "+", "-" or "." before the first ":", and
// comes before any "/".
bool hasScheme(QStringView reference)
{
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const QChar c = reference[i];
        if (c == u':')
            return i > 0;
        const bool schemeChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                                (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'));
        if (!schemeChar)
            return false;
    }
    return false;
}

} // namespace

QString packageFolder(const QString &partPath)
{
    const qsizetype slash = partPath.lastIndexOf(u'/');
    return slash < 0 ? QString() : partPath.left(slash);
}

QString resolvePackagePath(const QString &fromPart, const QString &href)
{
    QString path = href.trimmed();
    const qsizetype hash = path.indexOf(u'#');
    if (hash >= 0)
        path.truncate(hash);
    if (path.isEmpty())
        return fromPart;
    if (hasScheme(path))
        return {};
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (path.startsWith(u'/'))
        return QDir::cleanPath(path.mid(1));
    const QString folder = packageFolder(fromPart);
    return QDir::cleanPath(folder.isEmpty() ? path : folder + u'/' + path);
}

QString referenceFragment(const QString &href)
{
    const qsizetype hash = href.indexOf(u'#');
    return hash < 0 ? QString() : QUrl::fromPercentEncoding(href.mid(hash + 1).toUtf8());
}

} // namespace claimscope::core
