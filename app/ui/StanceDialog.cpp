#include "ui/StanceDialog.h"

#include "core/project/Project.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::ui {
namespace {

constexpr int kMinScore = -2;
constexpr int kMaxScore = 2;

// Button ids are scores shifted to 0…4: QButtonGroup reads an id of −1 as "assign one".
int buttonId(int score)
{
    return score - kMinScore;
}

// "−2" with a real minus sign, "+2" with its plus: the scale reads as signed at a glance.
QString signedScore(int score)
{
    if (score < 0)
        return u"−%1"_s.arg(-score);
    return score > 0 ? u"+%1"_s.arg(score) : u"0"_s;
}

} // namespace

StanceDialog::StanceDialog(core::Project *project, core::SourceId source, const QString &speaker,
                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_source(source)
    , m_speaker(speaker)
    , m_heading(new QLabel(this))
    , m_question(new QLabel(this))
    , m_scores(new QGroupBox(this))
    , m_scoreGroup(new QButtonGroup(this))
    , m_origin(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"stanceDialog"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_note->setObjectName(u"stanceNote"_s);
    m_note->setTabChangesFocus(true);
    m_noteLabel->setBuddy(m_note);

    // Against first, as the scale runs from −2 to +2.
    auto *scoreLayout = new QVBoxLayout(m_scores);
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        auto *button = new QRadioButton(m_scores);
        button->setObjectName(u"stanceScore%1"_s.arg(score));
        m_scoreGroup->addButton(button, buttonId(score));
        scoreLayout->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_question);
    layout->addWidget(m_scores);
    layout->addWidget(m_origin);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StanceDialog::reject);

    const core::StanceRecord *current = m_project ? m_project->stanceFor(source, speaker) : nullptr;
    setScore(current ? current->score : 0);
    setNote(current ? current->note : QString());
    m_suggested = current && current->origin == core::Origin::Automatic;
    m_origin->setVisible(m_suggested);

    retranslate();
    resize(440, 440);
    if (QAbstractButton *checked = m_scoreGroup->checkedButton())
        checked->setFocus();
}

int StanceDialog::score() const
{
    return m_scoreGroup->checkedId() + kMinScore;
}

void StanceDialog::setScore(int score)
{
    if (QAbstractButton *button = scoreButton(std::clamp(score, kMinScore, kMaxScore)))
        button->setChecked(true);
}

QString StanceDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void StanceDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QAbstractButton *StanceDialog::scoreButton(int score) const
{
    return m_scoreGroup->button(buttonId(score));
}

void StanceDialog::accept()
{
    if (!m_project || !m_project->setStance(m_source, m_speaker, score(), note()))
        return;
    QDialog::accept();
}

void StanceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StanceDialog::retranslate()
{
    setWindowTitle(tr("Set Stance"));
    const QString name = m_project ? m_project->speakerName(m_speaker) : m_speaker;
    const QString source = m_project ? m_project->sourceTitle(m_source) : QString();
    m_heading->setText(tr("Where %1 stands in “%2”").arg(name, source));
    const QString question = m_project ? m_project->settings().question.trimmed() : QString();
    m_question->setText(question.isEmpty()
                            ? tr("The project has no research question yet: the score is the speaker’s "
                                 "position on the topic of the source.")
                            : tr("On the question: %1").arg(question));
    m_scores->setTitle(tr("Position"));
    const QString labels[] = {tr("Strongly against"), tr("Against"), tr("Neutral or mixed"), tr("In favour"),
                              tr("Strongly in favour")};
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        scoreButton(score)->setText(u"%1  (%2)"_s.arg(labels[score - kMinScore], signedScore(score)));
    }
    m_origin->setText(tr("The analysis suggested this score; OK makes it yours."));
    m_noteLabel->setText(tr("&Note (the passages or reasons behind the score):"));
}

} // namespace claimscope::ui
