#pragma once
// The pages a kiosk rotates through while nobody touches it: the garage by level with its free
// bays, a simple picture of where the power flows, today's self-sufficiency and CO2 avoided, and
// thanks for the energy cars lent the building today. Each reads KioskFigures on every update.

#include <QWidget>

class QLabel;

namespace parkwatt {

class KioskFigures;
class KioskBayGrid;
class PowerFlowWidget;

// A page with a title line and its body; retranslates itself when the language changes.
class KioskPage : public QWidget {
    Q_OBJECT
public:
    explicit KioskPage(KioskFigures& figures, QWidget* parent = nullptr);
    QString title() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    virtual void retranslate() = 0;
    virtual void refresh() = 0;
    // Call at the end of a subclass's constructor.
    void ready();

    KioskFigures& m_figures;
    QLabel* m_title;
};

class KioskGaragePage : public KioskPage {
    Q_OBJECT
public:
    explicit KioskGaragePage(KioskFigures& figures, QWidget* parent = nullptr);
    KioskBayGrid* grid() const { return m_grid; }

signals:
    void bayTapped(int row);

protected:
    void retranslate() override;
    void refresh() override;

private:
    KioskBayGrid* m_grid;
    QLabel* m_hint;
    QLabel* m_legend;
};

class KioskFlowPage : public KioskPage {
    Q_OBJECT
public:
    explicit KioskFlowPage(KioskFigures& figures, QWidget* parent = nullptr);

protected:
    void retranslate() override;
    void refresh() override;

private:
    PowerFlowWidget* m_flow;
};

class KioskTodayPage : public KioskPage {
    Q_OBJECT
public:
    explicit KioskTodayPage(KioskFigures& figures, QWidget* parent = nullptr);
    QString selfSufficiencyText() const;

protected:
    void retranslate() override;
    void refresh() override;

private:
    QLabel* m_selfSufficiency;
    QLabel* m_selfSufficiencyCaption;
    QLabel* m_co2;
    QLabel* m_co2Caption;
};

class KioskThanksPage : public KioskPage {
    Q_OBJECT
public:
    explicit KioskThanksPage(KioskFigures& figures, QWidget* parent = nullptr);
    QString v2bText() const;

protected:
    void retranslate() override;
    void refresh() override;

private:
    QLabel* m_energy;
    QLabel* m_caption;
    QLabel* m_now;
};

} // namespace parkwatt
