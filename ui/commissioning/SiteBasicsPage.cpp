#include "commissioning/SiteBasicsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

// The unit suffix is set in retranslate().
QDoubleSpinBox* kwField(double max, double value, QWidget* parent)
{
    auto* f = new QDoubleSpinBox(parent);
    f->setRange(0, max);
    f->setDecimals(1);
    f->setValue(value);
    return f;
}

} // namespace

SiteBasicsPage::SiteBasicsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_importLimit(kwField(100000, 250, this))
    , m_exportLimit(kwField(100000, 100, this))
    , m_phases(new QComboBox(this))
    , m_voltage(kwField(480, 230, this))
    , m_pvKw(kwField(100000, 80, this))
    , m_batteryKwh(kwField(100000, 0, this))
    , m_batteryKw(kwField(10000, 0, this))
    , m_levels(new QSpinBox(this))
    , m_baysPerLevel(new QSpinBox(this))
    , m_chargerMaxKw(kwField(350, 11, this))
    , m_chargerMinKw(kwField(50, 4.1, this))
    , m_bidirectional(new QCheckBox(this))
    , m_dischargeKw(kwField(350, 11, this))
    , m_summary(new QLabel(this))
{
    m_phases->addItem(QString(), 3); // worded in retranslate()
    m_phases->addItem(QString(), 1);
    m_voltage->setRange(100, 480);
    connect(m_phases, &QComboBox::currentIndexChanged, this, &SiteBasicsPage::updateSummary);
    connect(m_voltage, &QDoubleSpinBox::valueChanged, this, &SiteBasicsPage::updateSummary);
    connect(m_importLimit, &QDoubleSpinBox::valueChanged, this, &SiteBasicsPage::updateSummary);
    m_levels->setRange(1, 20);
    m_levels->setValue(1);
    m_baysPerLevel->setRange(1, 500);
    m_baysPerLevel->setValue(20);
    // The rows' labels are worded in retranslate() (QFormLayout::labelForField finds them).
    m_form = new QFormLayout;
    const auto addRow = [this](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_name, m_importLimit, m_exportLimit, m_phases, m_voltage, m_pvKw, m_batteryKwh, m_batteryKw,
             m_levels, m_baysPerLevel, m_chargerMaxKw, m_chargerMinKw})
        addRow(field);
    m_form->addRow(QString(), m_bidirectional);
    addRow(m_dischargeKw);
    m_import = new QPushButton(this);
    connect(m_import, &QPushButton::clicked, this, &SiteBasicsPage::importRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_summary);
    layout->addWidget(m_import, 0, Qt::AlignLeft);
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
    retranslate();
}

void SiteBasicsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SiteBasicsPage::setRowLabel(QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
        label->setText(text);
}

void SiteBasicsPage::retranslate()
{
    setTitle(tr("The site"));
    setSubTitle(tr("The building's grid connection, its PV and battery, and the garage's bays. The import "
                   "limit is a hard limit: the engine never commands more."));
    m_bidirectional->setText(tr("Bidirectional chargers (V2B)"));
    // Changing an item's text keeps the chosen one.
    m_phases->setItemText(m_phases->findData(3), tr("3 phases"));
    m_phases->setItemText(m_phases->findData(1), tr("1 phase"));
    m_name->setPlaceholderText(tr("e.g. Garage Nord"));
    setRowLabel(m_name, tr("Site &name:"));
    setRowLabel(m_importLimit, tr("Grid &import limit:"));
    setRowLabel(m_exportLimit, tr("Grid &export limit:"));
    setRowLabel(m_phases, tr("P&hases:"));
    setRowLabel(m_voltage, tr("Phase &voltage:"));
    setRowLabel(m_pvKw, tr("&PV peak power:"));
    setRowLabel(m_batteryKwh, tr("&Battery capacity (0: none):"));
    setRowLabel(m_batteryKw, tr("Battery &power:"));
    setRowLabel(m_levels, tr("&Levels:"));
    setRowLabel(m_baysPerLevel, tr("Bays per l&evel:"));
    setRowLabel(m_chargerMaxKw, tr("Charger &maximum:"));
    setRowLabel(m_chargerMinKw, tr("Charger m&inimum (6 A):"));
    setRowLabel(m_dischargeKw, tr("&Discharge maximum:"));
    for (QDoubleSpinBox* kw : {m_importLimit, m_exportLimit, m_batteryKw, m_chargerMaxKw, m_chargerMinKw, m_dischargeKw})
        kw->setSuffix(tr(" kW"));
    m_voltage->setSuffix(tr(" V"));
    m_pvKw->setSuffix(tr(" kWp"));
    m_batteryKwh->setSuffix(tr(" kWh"));
    // The fields write their values in the default locale; the values stay.
    for (QAbstractSpinBox* field : std::initializer_list<QAbstractSpinBox*>{
             m_importLimit, m_exportLimit, m_voltage, m_pvKw, m_batteryKwh, m_batteryKw, m_levels, m_baysPerLevel,
             m_chargerMaxKw, m_chargerMinKw, m_dischargeKw})
        field->setLocale(QLocale());
    m_import->setText(tr("Import a site file…"));
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
    m_summary->setText(tr("%1 The import limit is %2 A per phase.").arg(garage, QLocale().toString(amps, 'f', 0)));
}

} // namespace parkwatt
