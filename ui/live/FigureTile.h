#pragma once
// One key figure: a caption above a large value, and optionally a short line of what it is
// measured against. The owner words the caption (and sets it again when the language changes).

#include <QFrame>

class QLabel;

namespace parkwatt {

class FigureTile : public QFrame {
    Q_OBJECT
public:
    FigureTile(const QString& caption, QWidget* parent = nullptr);
    void setCaption(const QString& caption);
    QString caption() const;
    void setValue(const QString& value);
    QString value() const;
    void setDetail(const QString& detail);
    QString detail() const;
    // Shows the value in the alarm colour (e.g. a peak above its limit).
    void setAlert(bool alert);

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace parkwatt
