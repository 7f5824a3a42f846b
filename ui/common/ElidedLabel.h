#pragma once

#include <QLabel>

// One line of text that takes the room it is given and no more: shortened with "…" when it does
// not fit, whole in its tooltip (a status bar's problem beside the database's name).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_full;
};
