#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace claimscope::ui {

// The search strip under the viewer: a query, previous/next, match case, and where we are.
// It only asks; DocumentView finds.
class FindBar final : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString query() const;
    Qt::CaseSensitivity caseSensitivity() const;
    // Focuses the query field and selects what is in it.
    void activate(const QString &initialQuery = {});
    void setMatchStatus(qsizetype current, qsizetype total);

signals:
    void queryChanged();
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_query;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QLabel *m_status;
    QToolButton *m_close;
    qsizetype m_current = -1;
    qsizetype m_total = -1;
};

} // namespace claimscope::ui
