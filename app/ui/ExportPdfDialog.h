#pragma once

#include "ui/pdf/PdfExportTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;
class QRadioButton;

namespace claimscope::ui {

// The options of File → Export Annotated PDF: which sources (the whole project or those selected
// in the Sources panel), the page size (A4 or Letter, from the locale at first, then as last
// chosen), the categories to highlight, and whether to add the charts. Choices are remembered.
class ExportPdfDialog final : public QDialog {
    Q_OBJECT

public:
    // `selected`: the sources selected in the Sources panel, in their order there.
    ExportPdfDialog(qsizetype projectSources, const QList<core::SourceId> &selected,
                    QWidget *parent = nullptr);

    pdf::PdfExportOptions options() const;

    QRadioButton *selectedSourcesButton() const { return m_selectedOnly; }
    QComboBox *pageSizes() const { return m_pageSize; }

    void accept() override;

private:
    void updateOk();

    QList<core::SourceId> m_selected;
    QRadioButton *m_wholeProject;
    QRadioButton *m_selectedOnly;
    QComboBox *m_pageSize;
    QCheckBox *m_quotes;
    QCheckBox *m_claims;
    QCheckBox *m_figures;
    QCheckBox *m_mentions;
    QCheckBox *m_charts;
    QPushButton *m_export = nullptr;
};

} // namespace claimscope::ui
