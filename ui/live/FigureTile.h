#pragma once
// One key figure: a caption above a large value.

#include <QFrame>

class QLabel;

namespace parkwatt {

class FigureTile : public QFrame {
    Q_OBJECT
public:
    FigureTile(const QString& caption, QWidget* parent = nullptr);
    void setValue(const QString& value);
    QString value() const;

private:
    QLabel* m_value;
};

} // namespace parkwatt
