#include "commissioning/SiteBasicsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

QDoubleSpinBox* kwField(double max, double value, const QString& suffix, QWidget* parent)
{
    auto* f = new QDoubleSpinBox(parent);
    f->setRange(0, max);
    f->setDecimals(1);
    f->setSuffix(suffix);
    f->setValue(value);
    return f;
}

} // namespace

SiteBasicsPage::SiteBasicsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_importLimit(kwField(100000, 250, QStringLiteral(" kW"), this))
    , m_exportLimit(kwField(100000, 100, QStringLiteral(" kW"), this))
    , m_phases(new QComboBox(this))
    , m_voltage(kwField(480, 230, QStringLiteral(" V"), this))
    , m_pvKw(kwField(100000, 80, QStringLiteral(" kWp"), this))
    , m_batteryKwh(kwField(100000, 0, QStringLiteral(" kWh"), this))
    , m_batteryKw(kwField(10000, 0, QStringLiteral(" kW"), this))
    , m_levels(new QSpinBox(this))
    , m_baysPerLevel(new QSpinBox(this))
    , m_chargerMaxKw(kwField(350, 11, QStringLiteral(" kW"), this))
    , m_chargerMinKw(kwField(50, 4.1, QStringLiteral(" kW"), this))
    , m_bidirectional(new QCheckBox(tr("Bidirectional chargers (V2B)"), this))
    , m_dischargeKw(kwField(350, 11, QStringLiteral(" kW"), this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("The site"));
    setSubTitle(tr("The building's grid connection, its PV and battery, and the garage's bays. The import "
                   "limit is a hard limit: the engine never commands more."));
    m_phases->addItem(tr("3 phases"), 3);
    m_phases->addItem(tr("1 phase"), 1);
    m_voltage->setRange(100, 480);
    connect(m_phases, &QComboBox::currentIndexChanged, this, &SiteBasicsPage::updateSummary);
    connect(m_voltage, &QDoubleSpinBox::valueChanged, this, &SiteBasicsPage::updateSummary);
    connect(m_importLimit, &QDoubleSpinBox::valueChanged, this, &SiteBasicsPage::updateSummary);
    m_levels->setRange(1, 20);
    m_levels->setValue(1);
    m_baysPerLevel->setRange(1, 500);
    m_baysPerLevel->setValue(20);
    m_name->setPlaceholderText(tr("e.g. Garage Nord"));
    auto* form = new QFormLayout;
    form->addRow(tr("Site &name:"), m_name);
    form->addRow(tr("Grid &import limit:"), m_importLimit);
    form->addRow(tr("Grid &export limit:"), m_exportLimit);
    form->addRow(tr("P&hases:"), m_phases);
    form->addRow(tr("Phase &voltage:"), m_voltage);
    form->addRow(tr("&PV peak power:"), m_pvKw);
    form->addRow(tr("&Battery capacity (0: none):"), m_batteryKwh);
    form->addRow(tr("Battery &power:"), m_batteryKw);
    form->addRow(tr("&Levels:"), m_levels);
    form->addRow(tr("Bays per l&evel:"), m_baysPerLevel);
    form->addRow(tr("Charger &maximum:"), m_chargerMaxKw);
    form->addRow(tr("Charger m&inimum (6 A):"), m_chargerMinKw);
    form->addRow(QString(), m_bidirectional);
    form->addRow(tr("&Discharge maximum:"), m_dischargeKw);
    auto* import = new QPushButton(tr("Import a site file…"), this);
    connect(import, &QPushButton::clicked, this, &SiteBasicsPage::importRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(import, 0, Qt::AlignLeft);
    registerField(QStringLiteral("siteName*"), m_name);
    for (QSpinBox* s : {m_levels, m_baysPerLevel})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            m_importedChargers.clear();
            updateSummary();
        });
    for (QDoubleSpinBox* s : {m_chargerMaxKw, m_chargerMinKw, m_dischargeKw})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            m_importedChargers.clear();
            updateSummary();
        });
    connect(m_bidirectional, &QCheckBox::toggled, this, [this](bool on) {
        m_dischargeKw->setEnabled(on);
        m_importedChargers.clear();
        updateSummary();
    });
    m_dischargeKw->setEnabled(false);
    updateSummary();
}

SiteSpec SiteBasicsPage::site() const
{
    SiteSpec s;
    s.name = m_name->text().trimmed();
    s.grid.importLimitKw = m_importLimit->value();
    s.grid.exportLimitKw = m_exportLimit->value();
    if (m_pvKw->value() > 0)
        s.pv.push_back({QStringLiteral("pv"), m_pvKw->value()});
    if (m_batteryKwh->value() > 0) {
        BatterySpec b;
        b.id = QStringLiteral("battery");
        b.capacityKwh = m_batteryKwh->value();
        b.maxChargeKw = b.maxDischargeKw = m_batteryKw->value();
        s.batteries.push_back(b);
    }
    if (!m_importedChargers.empty()) {
        s.chargers = m_importedChargers;
        return s;
    }
    for (int level = 1; level <= m_levels->value(); ++level)
        for (int bay = 1; bay <= m_baysPerLevel->value(); ++bay) {
            ChargerSpec c;
            c.id = QStringLiteral("L%1-%2").arg(level).arg(bay, 2, 10, QLatin1Char('0'));
            c.maxChargeKw = m_chargerMaxKw->value();
            c.minChargeKw = std::min(m_chargerMinKw->value(), c.maxChargeKw);
            c.bidirectional = m_bidirectional->isChecked();
            c.maxDischargeKw = c.bidirectional ? m_dischargeKw->value() : 0;
            s.chargers.push_back(c);
        }
    return s;
}

void SiteBasicsPage::fill(const SiteSpec& site)
{
    m_name->setText(site.name);
    m_importLimit->setValue(site.grid.importLimitKw);
    m_exportLimit->setValue(site.grid.exportLimitKw);
    double pv = 0;
    for (const PvArray& p : site.pv)
        pv += p.peakKw;
    m_pvKw->setValue(pv);
    m_batteryKwh->setValue(site.batteries.empty() ? 0 : site.batteries.front().capacityKwh);
    m_batteryKw->setValue(site.batteries.empty() ? 0 : site.batteries.front().maxChargeKw);
    if (!site.chargers.empty()) {
        const ChargerSpec& first = site.chargers.front();
        const QSignalBlocker b1(m_chargerMaxKw), b2(m_chargerMinKw), b3(m_bidirectional), b4(m_dischargeKw);
        m_chargerMaxKw->setValue(first.maxChargeKw);
        m_chargerMinKw->setValue(first.minChargeKw);
        m_bidirectional->setChecked(first.bidirectional);
        m_dischargeKw->setValue(first.maxDischargeKw);
    }
    m_importedChargers = site.chargers; // the file's bays exactly, until the bay fields change
    updateSummary();
}

QString SiteBasicsPage::summary() const
{
    return m_summary->text();
}

int SiteBasicsPage::phases() const
{
    return m_phases->currentData().toInt();
}

double SiteBasicsPage::phaseVoltage() const
{
    return m_voltage->value();
}

void SiteBasicsPage::updateSummary()
{
    const int bays = m_importedChargers.empty() ? m_levels->value() * m_baysPerLevel->value()
                                                : int(m_importedChargers.size());
    const QString garage = m_importedChargers.empty()
                               ? tr("%1 bays: L1-01 … L%2-%3.")
                                     .arg(bays)
                                     .arg(m_levels->value())
                                     .arg(m_baysPerLevel->value(), 2, 10, QLatin1Char('0'))
                               : tr("%1 bays as imported.").arg(bays);
    const double amps = m_importLimit->value() * 1000 / (phases() * m_voltage->value());
    m_summary->setText(tr("%1 The import limit is %2 A per phase.").arg(garage).arg(amps, 0, 'f', 0));
}

} // namespace parkwatt
