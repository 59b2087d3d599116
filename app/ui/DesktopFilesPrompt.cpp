#include "ui/DesktopFilesPrompt.h"

#include <QFileInfo>
#include <QPushButton>

#include <algorithm>

namespace claimscope::ui {
namespace {

// Enough names to recognise the files without the box outgrowing the screen.
constexpr qsizetype kNamesListed = 5;

} // namespace

DesktopFilesPrompt::DesktopFilesPrompt(const QStringList &files, const QString &projectName, QWidget *parent)
    : RetranslatingMessageBox(QMessageBox::Question, QMessageBox::Cancel, parent)
    , m_files(files)
    , m_projectName(projectName)
    , m_import(addButton(QString(), QMessageBox::AcceptRole))
{
    setObjectName(QStringLiteral("desktopFilesPrompt"));
    setWindowModality(Qt::WindowModal);
    setTextFormat(Qt::PlainText);
    setDefaultButton(m_import);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button == m_import)
            emit importAccepted(m_files);
    });
    retranslate();
}

void DesktopFilesPrompt::retranslate()
{
    const int count = int(m_files.size());
    setWindowTitle(QStringLiteral("Claimscope"));
    setText(m_projectName.isEmpty() ? tr("Import %n file(s) into the open project?", nullptr, count)
                                    : tr("Import %n file(s) into “%1”?", nullptr, count).arg(m_projectName));
    QStringList names;
    for (const QString &file : m_files.first(std::min(count, int(kNamesListed))))
        names.append(QFileInfo(file).fileName());
    if (count > kNamesListed)
        names.append(tr("…and %n more", nullptr, int(count - kNamesListed)));
    setInformativeText(names.join(u'\n'));
    m_import->setText(tr("Import"));
}

} // namespace claimscope::ui
