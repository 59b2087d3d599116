#include "../core/project/SampleAnalysis.h"
#include "core/i18n/Localization.h"
#include "core/project/AnnotationFilterModel.h"
#include "core/project/AnnotationsModel.h"
#include "core/project/FiguresModel.h"
#include "core/project/Project.h"
#include "core/project/SpeakersModel.h"
#include "ui/AnnotationsPanel.h"
#include "ui/FiguresPanel.h"
#include "ui/SpeakersPanel.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTreeView>

using namespace claimscope;
using namespace Qt::StringLiterals;
using core::AnnotationKind;
using core::AnnotationRowsModel;

namespace {

// The width a dock gets by default.
constexpr QSize kDockSize(400, 480);

// Every quote or claim of the project that `accept` lets through.
template<typename Accept> int countAnnotations(const core::Project &project, Accept accept)
{
    int count = 0;
    for (const core::SourceRecord &source : project.sources()) {
        for (core::AnnotationId id : project.annotationsOf(source.id)) {
            const core::AnnotationRecord *annotation = project.annotation(id);
            if ((annotation->kind == AnnotationKind::Quote || annotation->kind == AnnotationKind::Claim) &&
                accept(*annotation))
                ++count;
        }
    }
    return count;
}

int quotesAndClaims(const core::Project &project, const QString &speaker)
{
    return project.annotationCount(speaker, AnnotationKind::Quote) +
           project.annotationCount(speaker, AnnotationKind::Claim);
}

// The speaker with the most quotes and claims: the filter must leave a real list.
QString busiestSpeaker(const core::Project &project)
{
    QString best;
    for (const core::SpeakerRecord &record : project.speakers()) {
        if (best.isEmpty() || quotesAndClaims(project, record.speaker.id) > quotesAndClaims(project, best))
            best = record.speaker.id;
    }
    return best;
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

// A view's row as a user sees it: scrolled to, then double-clicked in its middle.
void doubleClickRow(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    // As a window system delivers it: a click, then the second press as a double-click, then its release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, centre);
}

// Texts shown on one line must fit the width the layout gave them (headers, labels, combos, the
// search field's placeholder), at the dock's default width.
QStringList cutOff(const QWidget *panel)
{
    QStringList problems;
    for (const QWidget *widget : panel->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && !label->wordWrap()) {
            if (label->width() < label->sizeHint().width())
                problems.append(u"label “%1”: %2 < %3"_s.arg(label->text())
                                    .arg(label->width())
                                    .arg(label->sizeHint().width()));
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            for (int section = 0; section < header->count(); ++section) {
                const QString text = header->model()->headerData(section, header->orientation()).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text);
                if (header->sectionSize(section) < needed)
                    problems.append(
                        u"header “%1”: %2 < %3"_s.arg(text).arg(header->sectionSize(section)).arg(needed));
            }
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            // Titles and names may be cut (the tooltip and the popup show them whole); our words may not.
            for (int item = 0; item < combo->count(); ++item) {
                const bool fixed = combo->itemData(item).isNull() || combo->objectName() == "kindFilter"_L1;
                const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(item));
                if (fixed && field.width() < needed)
                    problems.append(
                        u"combo “%1”: %2 < %3"_s.arg(combo->itemText(item)).arg(field.width()).arg(needed));
            }
        } else if (const auto *field = qobject_cast<const QLineEdit *>(widget)) {
            // The clear button appears on the right once there is text; the placeholder must fit beside it.
            const int needed =
                field->fontMetrics().horizontalAdvance(field->placeholderText()) + field->height();
            if (field->width() < needed)
                problems.append(u"placeholder “%1”: %2 < %3"_s.arg(field->placeholderText())
                                    .arg(field->width())
                                    .arg(needed));
        }
    }
    return problems;
}

// Our own words on a panel (not names or titles), in a fixed order, to compare languages.
QStringList ownWords(const QWidget *panel)
{
    QStringList words;
    for (const QHeaderView *header : panel->findChildren<QHeaderView *>()) {
        if (header->orientation() == Qt::Horizontal) {
            for (int section = 0; section < header->count(); ++section)
                words.append(header->model()->headerData(section, Qt::Horizontal).toString());
        }
    }
    for (const QAction *action : panel->findChildren<QAction *>()) {
        if (!action->isSeparator())
            words << action->text() << action->statusTip();
    }
    for (const QComboBox *combo : panel->findChildren<QComboBox *>()) {
        for (int item = 0; item < combo->count(); ++item) {
            if (combo->itemData(item).isNull() || combo->objectName() == "kindFilter"_L1)
                words.append(combo->itemText(item));
        }
    }
    for (const QLineEdit *field : panel->findChildren<QLineEdit *>())
        words << field->placeholderText() << field->toolTip();
    for (const QLabel *label : panel->findChildren<QLabel *>())
        words.append(label->text());
    words.removeAll(QString());
    return words;
}

} // namespace

class TestPanels final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    test::AnalysedSample m_sample;
    std::unique_ptr<core::Project> m_project;

    void switchTo(const char *language)
    {
        QVERIFY(m_localization.setLanguage(QLatin1StringView(language)));
        // LanguageChange is posted to every window; headers lay themselves out after it.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    static void save(QWidget *widget, const QString &name, const QString &language)
    {
        const QString path =
            QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/panels-%1-%2.png").arg(name, language);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_panels"_s);
        QSettings().clear();
        QVERIFY(QDir().mkpath(QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots")));
        QVERIFY(m_localization.setLanguage(u"en"_s));
        m_sample = test::analyseSample();
        QVERIFY2(m_sample.problem.isEmpty(), qPrintable(m_sample.problem));
    }

    // Every test starts from the freshly analysed sample, in English.
    void init()
    {
        QVERIFY(m_localization.setLanguage(u"en"_s));
        m_project = std::make_unique<core::Project>();
        QVERIFY(test::fillProject(*m_project, m_sample));
        // The sample names only lexicon people; a user's own articles bring suggested ones too.
        const core::Speaker suggested{u"suggested:Marat Seitov"_s,
                                      u"Marat Seitov"_s,
                                      u"political scientist"_s,
                                      u"expert"_s,
                                      {},
                                      {},
                                      {}};
        QVERIFY(m_project->addSpeakers({{suggested, {}, true}}));
        QVERIFY(quotesAndClaims(*m_project, busiestSpeaker(*m_project)) > 1);
    }

    void cleanup() { m_project.reset(); }

    void speakersPanelListsEverySpeakerWithColourAndMark()
    {
        ui::SpeakersPanel panel(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeView *view = panel.view();
        QCOMPARE(view->model()->rowCount(), m_project->speakers().size());
        bool sawSuggested = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex name = view->model()->index(row, core::SpeakersModel::NameColumn);
            QVERIFY(name.data(Qt::DecorationRole).value<QColor>().isValid());
            if (name.data(core::SpeakersModel::SuggestedRole).toBool()) {
                sawSuggested = true;
                QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
                QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"lexicon"_s));
            }
        }
        QVERIFY(sawSuggested);
        QVERIFY(panel.findChild<QLabel *>(u"suggestedNote"_s)->isVisible());

        // Sorted by the quotes column, counts sort as numbers (largest first when descending).
        view->sortByColumn(core::SpeakersModel::QuotesColumn, Qt::DescendingOrder);
        const QString top = view->model()->index(0, 0).data(core::SpeakersModel::SpeakerIdRole).toString();
        for (const core::SpeakerRecord &record : m_project->speakers())
            QVERIFY(m_project->annotationCount(top, AnnotationKind::Quote) >=
                    m_project->annotationCount(record.speaker.id, AnnotationKind::Quote));
    }

    void speakersPanelActivatesASpeaker()
    {
        ui::SpeakersPanel panel(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy activated(&panel, &ui::SpeakersPanel::speakerActivated);
        const QString id = busiestSpeaker(*m_project);
        panel.selectSpeaker(id);
        QCOMPARE(panel.currentSpeaker(), id);
        doubleClickRow(panel.view(), panel.view()->currentIndex());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), id);
        QTest::keyClick(panel.view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        panel.showOnlyAction()->trigger();
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.at(2).at(0).toString(), id);
    }

    void renameThroughThePanelIsUndoable()
    {
        ui::SpeakersPanel panel(m_project.get());
        ui::AnnotationsPanel annotations(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString id = busiestSpeaker(*m_project);
        const QString before = m_project->speakerName(id);
        annotations.showSpeaker(id);
        const int rows = annotations.filter()->rowCount();

        panel.selectSpeaker(id);
        QVERIFY(panel.renameAction()->isEnabled());
        panel.renameAction()->trigger();
        auto *editor = panel.view()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), before);
        editor->selectAll();
        QTest::keyClicks(editor, u"Renamed Person"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();

        QCOMPARE(m_project->speakerName(id), u"Renamed Person"_s);
        QCOMPARE(panel.currentSpeaker(), id); // the row moved with its new name and stayed current
        QCOMPARE(panel.view()->currentIndex().siblingAtColumn(0).data().toString(), u"Renamed Person"_s);
        // The Quotes & Claims panel lists the new name and keeps its filter on that speaker.
        auto *speakers = annotations.findChild<QComboBox *>(u"speakerFilter"_s);
        QTRY_COMPARE(speakers->currentText(), u"Renamed Person"_s); // rebuilt from the event loop
        QCOMPARE(annotations.filter()->rowCount(), rows);

        m_project->undoStack()->undo();
        QCOMPARE(m_project->speakerName(id), before);
        QCOMPARE(panel.view()->currentIndex().siblingAtColumn(0).data().toString(), before);
        QCoreApplication::processEvents(); // the filter lists are rebuilt from the event loop
        QCOMPARE(speakers->currentText(), before);
        m_project->undoStack()->redo();
        QCOMPARE(m_project->speakerName(id), u"Renamed Person"_s);
    }

    void mergeThroughTheDialogIsUndoable()
    {
        ui::SpeakersPanel panel(m_project.get());
        ui::AnnotationsPanel annotations(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString from = busiestSpeaker(*m_project);
        QString into;
        for (const core::SpeakerRecord &record : m_project->speakers()) {
            if (record.speaker.id != from && !record.suggested) {
                into = record.speaker.id;
                break;
            }
        }
        const int fromCount = quotesAndClaims(*m_project, from);
        const int intoCount = quotesAndClaims(*m_project, into);
        annotations.showSpeaker(from);
        QCOMPARE(annotations.filter()->rowCount(), fromCount);

        panel.selectSpeaker(from);
        panel.mergeAction()->trigger();
        auto *dialog = panel.findChild<QDialog *>(u"mergeSpeakerDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *targets = dialog->findChild<QComboBox *>(u"mergeTarget"_s);
        QCOMPARE(targets->count(), m_project->speakers().size() - 1);
        QCOMPARE(targets->findData(from), -1);
        // Nothing is chosen for the reader, so Enter alone cannot merge.
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(targets->currentIndex(), -1);
        QVERIFY(!ok->isEnabled());
        chooseData(targets, into);
        QVERIFY(ok->isEnabled());
        ok->click();

        QVERIFY(!m_project->speaker(from));
        QCOMPARE(quotesAndClaims(*m_project, into), fromCount + intoCount);
        QCOMPARE(panel.currentSpeaker(), into);
        QCOMPARE(panel.view()->model()->rowCount(), m_project->speakers().size());
        QCoreApplication::processEvents(); // the filter lists are rebuilt from the event loop
        // The chosen speaker is gone from the filter: the panel falls back to all speakers.
        auto *speakers = annotations.findChild<QComboBox *>(u"speakerFilter"_s);
        QCOMPARE(speakers->currentIndex(), 0);
        QCOMPARE(speakers->findData(from), -1);
        QCOMPARE(annotations.filter()->rowCount(), annotations.model()->rowCount());

        m_project->undoStack()->undo();
        QVERIFY(m_project->speaker(from));
        QCOMPARE(quotesAndClaims(*m_project, from), fromCount);
        QCOMPARE(quotesAndClaims(*m_project, into), intoCount);
        QCoreApplication::processEvents();
        QVERIFY(speakers->findData(from) > 0);
    }

    void aliasThroughTheDialogIsUndoable()
    {
        ui::SpeakersPanel panel(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString id = busiestSpeaker(*m_project);
        panel.selectSpeaker(id);
        panel.addAliasAction()->trigger();
        auto *dialog = panel.findChild<QDialog *>(u"aliasDialog"_s);
        QVERIFY(dialog);
        chooseData(dialog->findChild<QComboBox *>(u"aliasLanguage"_s), int(core::FormLanguage::Tr));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"aliasText"_s), u"  Yeni Ad  "_s);
        dialog->accept();
        QVERIFY(m_project->speaker(id)->speaker.formsTr.contains(u"Yeni Ad"_s));
        m_project->undoStack()->undo();
        QVERIFY(!m_project->speaker(id)->speaker.formsTr.contains(u"Yeni Ad"_s));
    }

    void annotationsFilterBySpeakerSourceAndKind()
    {
        ui::AnnotationsPanel panel(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int all = countAnnotations(*m_project, [](const auto &) { return true; });
        QCOMPARE(panel.filter()->rowCount(), all);

        auto *speakers = panel.findChild<QComboBox *>(u"speakerFilter"_s);
        QCOMPARE(speakers->count(), m_project->speakers().size() + 2); // all, none, each speaker
        const QString id = busiestSpeaker(*m_project);
        chooseData(speakers, id);
        QCOMPARE(panel.filter()->rowCount(), quotesAndClaims(*m_project, id));
        for (int row = 0; row < panel.filter()->rowCount(); ++row)
            QCOMPARE(panel.filter()->index(row, 0).data(AnnotationRowsModel::SpeakerIdRole).toString(), id);

        speakers->setCurrentIndex(1); // no speaker
        QCOMPARE(panel.filter()->rowCount(),
                 countAnnotations(*m_project, [](const auto &a) { return a.speaker.isEmpty(); }));

        speakers->setCurrentIndex(0);
        auto *sources = panel.findChild<QComboBox *>(u"sourceFilter"_s);
        QCOMPARE(sources->count(), m_project->sources().size() + 1);
        const core::SourceId source = m_project->sources().at(1).id;
        chooseData(sources, source);
        QCOMPARE(panel.filter()->rowCount(),
                 countAnnotations(*m_project, [&](const auto &a) { return a.source == source; }));

        auto *kinds = panel.findChild<QComboBox *>(u"kindFilter"_s);
        chooseData(kinds, int(AnnotationKind::Claim));
        QCOMPARE(panel.filter()->rowCount(), countAnnotations(*m_project, [&](const auto &a) {
                     return a.source == source && a.kind == AnnotationKind::Claim;
                 }));
        QVERIFY(panel.findChild<QLabel *>(u"annotationCount"_s)
                    ->text()
                    .contains(QString::number(panel.filter()->rowCount())));

        panel.clearFilters();
        QCOMPARE(panel.filter()->rowCount(), all);
        panel.showSpeaker(id);
        QCOMPARE(speakers->currentData().toString(), id);
        panel.showSource(source);
        QCOMPARE(sources->currentData().value<core::SourceId>(), source);
    }

    void annotationsSearch()
    {
        ui::AnnotationsPanel panel(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *search = panel.findChild<QLineEdit *>(u"annotationSearch"_s);
        QVERIFY(search->isClearButtonEnabled());
        QTest::keyClicks(search, u"brics"_s);
        const auto contains = [this](const core::AnnotationRecord &a) {
            return m_project->annotationText(a).contains(u"BRICS"_s, Qt::CaseInsensitive);
        };
        const int expected = countAnnotations(*m_project, contains);
        QVERIFY(expected > 0);
        QCOMPARE(panel.filter()->rowCount(), expected);
        for (int row = 0; row < panel.filter()->rowCount(); ++row) {
            const auto id = panel.filter()->index(row, 0).data(AnnotationRowsModel::AnnotationIdRole);
            QVERIFY(contains(*m_project->annotation(id.value<core::AnnotationId>())));
        }
        // Search and speaker filter together.
        const QString speaker = busiestSpeaker(*m_project);
        panel.showSpeaker(speaker);
        QCOMPARE(panel.filter()->rowCount(), countAnnotations(*m_project, [&](const auto &a) {
                     return a.speaker == speaker && contains(a);
                 }));
        search->clear();
        QCOMPARE(panel.filter()->rowCount(), quotesAndClaims(*m_project, speaker));
    }

    void annotationsDoubleClickShowsThePassage()
    {
        ui::AnnotationsPanel panel(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy activated(&panel, &ui::AnnotationsPanel::passageActivated);
        panel.showSpeaker(busiestSpeaker(*m_project));
        // Sorted by text, the last row: a row that is not simply the first of the model.
        panel.view()->sortByColumn(core::AnnotationsModel::TextColumn, Qt::AscendingOrder);
        const QModelIndex index = panel.filter()->index(panel.filter()->rowCount() - 1, 0);
        const auto *annotation = m_project->annotation(
            index.data(AnnotationRowsModel::AnnotationIdRole).value<core::AnnotationId>());
        QVERIFY(annotation);
        doubleClickRow(panel.view(), index);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<core::SourceId>(), annotation->source);
        QCOMPARE(activated.at(0).at(1).value<core::TextRange>(), annotation->range);
        QCOMPARE(panel.currentAnnotation(), annotation->id);

        QTest::keyClick(panel.view(), Qt::Key_Enter);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(1).value<core::TextRange>(), annotation->range);
    }

    void figuresSortAndShowThePassage()
    {
        ui::FiguresPanel panel(m_project.get());
        panel.resize(kDockSize);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QAbstractItemModel *rows = panel.view()->model();
        QVERIFY(rows->rowCount() > 1);
        panel.view()->sortByColumn(core::FiguresModel::ValueColumn, Qt::DescendingOrder);
        for (int row = 1; row < rows->rowCount(); ++row) {
            const auto value = [&](int r) {
                const auto id = rows->index(r, 0).data(AnnotationRowsModel::AnnotationIdRole);
                return m_project->annotation(id.value<core::AnnotationId>())->figure.value;
            };
            QVERIFY(value(row - 1) >= value(row));
        }

        QSignalSpy activated(&panel, &ui::FiguresPanel::passageActivated);
        const QModelIndex index = rows->index(rows->rowCount() / 2, core::FiguresModel::SourceColumn);
        const auto *figure = m_project->annotation(
            index.data(AnnotationRowsModel::AnnotationIdRole).value<core::AnnotationId>());
        doubleClickRow(panel.view(), index);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<core::SourceId>(), figure->source);
        QCOMPARE(activated.at(0).at(1).value<core::TextRange>(), figure->range);
        QCOMPARE(panel.currentAnnotation(), figure->id);
    }

    void panelsOutliveTheirProject()
    {
        ui::SpeakersPanel speakers(m_project.get());
        ui::AnnotationsPanel annotations(m_project.get());
        ui::FiguresPanel figures(m_project.get());
        annotations.showSpeaker(busiestSpeaker(*m_project));
        m_project.reset();
        QCOMPARE(speakers.view()->model()->rowCount(), 0);
        QCOMPARE(annotations.view()->model()->rowCount(), 0);
        QCOMPARE(annotations.findChild<QComboBox *>(u"speakerFilter"_s)->count(), 2);
        QCOMPARE(figures.view()->model()->rowCount(), 0);
        QVERIFY(!speakers.renameAction()->isEnabled());

        // And show the next one.
        core::Project next;
        QVERIFY(test::fillProject(next, m_sample));
        speakers.setProject(&next);
        annotations.setProject(&next);
        figures.setProject(&next);
        QCOMPARE(speakers.view()->model()->rowCount(), next.speakers().size());
        QCOMPARE(annotations.view()->model()->rowCount(),
                 countAnnotations(next, [](const auto &) { return true; }));
        QCOMPARE(figures.view()->model()->rowCount(), figures.model()->rowCount());
        QVERIFY(figures.model()->rowCount() > 0);
    }

    // Every word of ours follows the language, nothing is cut at the dock's default width, and the
    // screenshots show how each panel and dialog looks in each language.
    void panelsFollowTheLanguageAndFit()
    {
        ui::SpeakersPanel speakers(m_project.get());
        ui::AnnotationsPanel annotations(m_project.get());
        ui::FiguresPanel figures(m_project.get());
        const QList<std::pair<QWidget *, QString>> panels{
            {&speakers, u"speakers"_s}, {&annotations, u"annotations"_s}, {&figures, u"figures"_s}};
        for (const auto &[panel, name] : panels) {
            panel->resize(kDockSize);
            panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(panel));
        }
        speakers.selectSpeaker(busiestSpeaker(*m_project));
        annotations.view()->setCurrentIndex(annotations.filter()->index(1, 0));

        QMap<QString, QStringList> words;
        for (const char *language : {"en", "ru", "tr"}) {
            switchTo(language);
            const QString code = QLatin1StringView(language);
            for (const auto &[panel, name] : panels) {
                words[name + code] = ownWords(panel);
                QVERIFY2(cutOff(panel).isEmpty(), qPrintable(code + u": "_s + cutOff(panel).join(u'\n')));
                save(panel, name, code);
            }
            // The dialogs, once each, as the panel opens them.
            speakers.mergeAction()->trigger();
            speakers.addAliasAction()->trigger();
            for (const char *dialogName : {"mergeSpeakerDialog", "aliasDialog"}) {
                auto *dialog = speakers.findChild<QDialog *>(QLatin1StringView(dialogName));
                QVERIFY(dialog);
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                save(dialog, QLatin1StringView(dialogName), code);
                dialog->setAttribute(Qt::WA_DeleteOnClose, false);
                dialog->reject();
                delete dialog;
            }
        }
        for (const auto &[panel, name] : panels) {
            const QStringList en = words[name + u"en"_s];
            const QStringList ru = words[name + u"ru"_s];
            const QStringList tr = words[name + u"tr"_s];
            QVERIFY(!en.isEmpty());
            QCOMPARE(ru.size(), en.size());
            QCOMPARE(tr.size(), en.size());
            for (int i = 0; i < en.size(); ++i) {
                QVERIFY2(en.at(i) != ru.at(i), qPrintable(en.at(i)));
                QVERIFY2(en.at(i) != tr.at(i), qPrintable(en.at(i)));
                QVERIFY2(ru.at(i) != tr.at(i), qPrintable(ru.at(i)));
            }
        }
        switchTo("en");
        QCOMPARE(ownWords(&annotations), words[u"annotationsen"_s]);
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
