#include "ui/ExportPdfDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace claimscope::ui {
namespace {

const QString kPageSizeKey = QStringLiteral("pdfExport/pageSize");
const QString kKindsKey = QStringLiteral("pdfExport/kinds");
const QString kChartsKey = QStringLiteral("pdfExport/charts");

} // namespace

ExportPdfDialog::ExportPdfDialog(qsizetype projectSources, const QList<core::SourceId> &selected,
                                 QWidget *parent)
    : QDialog(parent)
    , m_selected(selected)
    , m_wholeProject(
          new QRadioButton(tr("The whole project (%n source(s))", nullptr, int(projectSources)), this))
    , m_selectedOnly(new QRadioButton(
          tr("The sources selected in the Sources panel (%n)", nullptr, int(selected.size())), this))
    , m_pageSize(new QComboBox(this))
    , m_quotes(new QCheckBox(tr("Quotes"), this))
    , m_claims(new QCheckBox(tr("Claims"), this))
    , m_figures(new QCheckBox(tr("Figures"), this))
    , m_mentions(new QCheckBox(tr("Speaker mentions"), this))
    , m_charts(new QCheckBox(tr("Add the charts (figures, stances, voices)"), this))
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(tr("Export Annotated PDF"));
    m_wholeProject->setChecked(selected.size() <= 1);
    m_selectedOnly->setChecked(selected.size() > 1);
    m_selectedOnly->setEnabled(!selected.isEmpty());

    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    const QSettings settings;
    // The paper is where the person lives: the system locale, not the interface language (QLocale()
    // follows that, and English would mean Letter everywhere).
    const int pageSize = settings.value(kPageSizeKey, int(pdf::defaultPageSize(QLocale::system()))).toInt();
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(pageSize)));

    const QStringList kinds = settings
                                  .value(kKindsKey, QStringList{core::kindKey(core::AnnotationKind::Quote),
                                                                core::kindKey(core::AnnotationKind::Claim),
                                                                core::kindKey(core::AnnotationKind::Figure)})
                                  .toStringList();
    m_quotes->setChecked(kinds.contains(core::kindKey(core::AnnotationKind::Quote)));
    m_claims->setChecked(kinds.contains(core::kindKey(core::AnnotationKind::Claim)));
    m_figures->setChecked(kinds.contains(core::kindKey(core::AnnotationKind::Figure)));
    m_mentions->setChecked(kinds.contains(core::kindKey(core::AnnotationKind::SpeakerMention)));
    m_charts->setChecked(settings.value(kChartsKey, true).toBool());

    auto *scope = new QGroupBox(tr("Sources"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_wholeProject);
    scopeLayout->addWidget(m_selectedOnly);
    auto *categories = new QGroupBox(tr("Highlight and annotate"), this);
    auto *categoriesLayout = new QVBoxLayout(categories);
    for (QCheckBox *box : {m_quotes, m_claims, m_figures, m_mentions}) {
        categoriesLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ExportPdfDialog::updateOk);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Page size:"), m_pageSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(categories);
    layout->addWidget(m_charts);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

void ExportPdfDialog::updateOk()
{
    // With no category on, the export would be the bare texts: at least one must be on.
    m_export->setEnabled(m_quotes->isChecked() || m_claims->isChecked() || m_figures->isChecked() ||
                         m_mentions->isChecked());
}

pdf::PdfExportOptions ExportPdfDialog::options() const
{
    pdf::PdfExportOptions options;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.kinds.clear();
    const std::pair<QCheckBox *, core::AnnotationKind> boxes[] = {
        {m_quotes, core::AnnotationKind::Quote},
        {m_claims, core::AnnotationKind::Claim},
        {m_figures, core::AnnotationKind::Figure},
        {m_mentions, core::AnnotationKind::SpeakerMention}};
    for (const auto &[box, kind] : boxes) {
        if (box->isChecked())
            options.kinds.insert(kind);
    }
    options.charts = m_charts->isChecked();
    if (m_selectedOnly->isChecked())
        options.sources = m_selected;
    return options;
}

void ExportPdfDialog::accept()
{
    const pdf::PdfExportOptions chosen = options();
    QSettings settings;
    settings.setValue(kPageSizeKey, int(chosen.pageSize));
    QStringList kinds;
    for (const core::AnnotationKind kind : chosen.kinds)
        kinds.append(core::kindKey(kind));
    settings.setValue(kKindsKey, kinds);
    settings.setValue(kChartsKey, chosen.charts);
    QDialog::accept();
}

} // namespace claimscope::ui
