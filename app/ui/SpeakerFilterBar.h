#pragma once

#include <QColor>
#include <QWidget>

class QLabel;
class QPushButton;

namespace claimscope::ui {

// The strip above the viewer's text while it shows one speaker's quotes and claims only: says so,
// so that a reader never takes the missing marks for missing annotations, and offers the way back.
// It only shows and asks; DocumentView filters.
class SpeakerFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit SpeakerFilterBar(QWidget *parent = nullptr);

    // The speaker's display name, and their colour for the swatch (invalid: none).
    void setSpeaker(const QString &name, const QColor &colour = {});
    QString speakerName() const { return m_name; }

signals:
    void showAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSwatch();

    QLabel *m_swatch;
    QLabel *m_message;
    QPushButton *m_showAll;
    QString m_name;
    QColor m_colour;
};

} // namespace claimscope::ui
