#pragma once

#include "core/document/Document.h"

#include <QAbstractTableModel>
#include <QList>

namespace claimscope::core {

// The sources open in the window, one row each: title, outlet, date, language.
class SourceListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, DateColumn, LanguageColumn, ColumnCount };
    enum Role { FilePathRole = Qt::UserRole + 1, SortRole };

    explicit SourceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends the document, or returns the row of the one already open from the same file.
    int addDocument(Document document);
    void clear();
    const Document &document(int row) const { return m_documents.at(row); }
    int rowOfFile(const QString &filePath) const;

    // Headers and language names are translated; call after the interface language changes.
    void retranslate();

private:
    QList<Document> m_documents;
};

} // namespace claimscope::core
