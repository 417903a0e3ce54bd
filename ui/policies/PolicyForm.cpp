#include "policies/PolicyForm.h"

#include "policies/PolicyStyle.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

QDoubleSpinBox* spinBox(const QString& suffix, double min, double max, int decimals, double step)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    box->setKeyboardTracking(true);
    box->setMinimumWidth(130);
    box->setMaximumWidth(180);
    box->setAlignment(Qt::AlignRight);
    return box;
}

void describe(QWidget* w, const QString& name, const QString& tip)
{
    w->setAccessibleName(name);
    w->setToolTip(tip);
}

} // namespace

PolicyForm::PolicyForm(const SiteSpec& site, QWidget* parent)
    : QWidget(parent)
    , m_site(site)
{
    const QLocale locale;
    const bool hasBattery = !m_site.batteries.empty();
    bool bidirectional = false;
    for (const ChargerSpec& c : m_site.chargers)
        bidirectional = bidirectional || c.bidirectional;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // Self-sufficiency
    QGroupBox* self = group(tr("Self-sufficiency"), tr("Use the site's PV before buying from the grid."));
    m_selfSufficiency = new QCheckBox(tr("Use PV before the &grid"));
    describe(m_selfSufficiency, tr("Self-sufficiency"),
             tr("On: PV surplus goes to the battery and the cars before anything is bought from the grid."));
    m_gridCharging = new QCheckBox(tr("Allow charging the &battery from the grid"));
    describe(m_gridCharging, tr("Battery charging from the grid"),
             hasBattery ? tr("Off: the battery charges from PV only (except to restore the backup reserve or "
                             "to prepare for a peak the plan foresees).")
                        : tr("This site has no battery; the setting is kept for when it has one."));
    self->layout()->addWidget(m_selfSufficiency);
    self->layout()->addWidget(m_gridCharging);
    layout->addWidget(self);

    // Peak shaving
    QGroupBox* peak = group(tr("Peak shaving"),
                            tr("Keep every 15-minute average grid import under a limit (what a demand charge "
                               "bills). The connection's import limit is %1 kW.")
                                .arg(locale.toString(m_site.grid.importLimitKw, 'f', 1)));
    m_peakShaving = new QCheckBox(tr("&Shave peaks"));
    describe(m_peakShaving, tr("Peak shaving"), tr("On: the engine holds grid import at or below the peak limit."));
    m_peakLimit = spinBox(tr(" kW"), 0, std::max(100000.0, 10 * m_site.grid.importLimitKw), 1, 5);
    describe(m_peakLimit, tr("Peak limit in kilowatts"),
             tr("The highest 15-minute average import allowed, in kW: above 0 and at most the connection's "
                "%1 kW.")
                 .arg(locale.toString(m_site.grid.importLimitKw, 'f', 1)));
    m_peakProblem = problemLabel();
    auto* peakForm = new QFormLayout;
    peakForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* peakLabel = new QLabel(tr("Peak &limit:"));
    peakLabel->setBuddy(m_peakLimit);
    peakForm->addRow(peakLabel, m_peakLimit);
    peakForm->addRow(m_peakProblem);
    auto* peakBox = static_cast<QVBoxLayout*>(peak->layout());
    peakBox->addWidget(m_peakShaving);
    peakBox->addLayout(peakForm);
    layout->addWidget(peak);

    // Backup
    QGroupBox* backup = group(tr("Backup"), tr("Hold energy in reserve to carry the critical load through a grid "
                                               "outage."));
    m_backup = new QCheckBox(tr("&Keep a backup reserve"));
    describe(m_backup, tr("Backup reserve"),
             tr("On: outside outages the battery stays at or above the reserve."));
    m_reservePct = spinBox(tr(" %"), 0, 100, 0, 5);
    describe(m_reservePct, tr("Battery reserve in percent"),
             hasBattery ? tr("The battery's state of charge kept for an outage, 0 to 100 %.")
                        : tr("This site has no battery; the reserve is kept for when it has one."));
    m_reserveProblem = problemLabel();
    m_reserveHours = spinBox(tr(" h"), 0, 168, 1, 0.5);
    describe(m_reserveHours, tr("Reserve time in hours"),
             tr("How many hours of the current critical load the site aims to hold in reserve (0 or more)."));
    m_hoursProblem = problemLabel();
    m_evReserve = new QCheckBox(tr("Count consenting &cars toward the reserve"));
    describe(m_evReserve, tr("Cars in the backup reserve"),
             tr("On: plugged cars whose owners consent count with their energy above their minimum, and feed "
                "the critical load during an outage."));
    auto* backupForm = new QFormLayout;
    backupForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* reserveLabel = new QLabel(tr("Battery &reserve:"));
    reserveLabel->setBuddy(m_reservePct);
    auto* hoursLabel = new QLabel(tr("Reserve &time:"));
    hoursLabel->setBuddy(m_reserveHours);
    backupForm->addRow(reserveLabel, m_reservePct);
    backupForm->addRow(m_reserveProblem);
    backupForm->addRow(hoursLabel, m_reserveHours);
    backupForm->addRow(m_hoursProblem);
    auto* backupBox = static_cast<QVBoxLayout*>(backup->layout());
    backupBox->addWidget(m_backup);
    backupBox->addLayout(backupForm);
    backupBox->addWidget(m_evReserve);
    layout->addWidget(backup);

    // V2B
    QGroupBox* v2b = group(tr("Vehicle to building (V2B)"),
                           bidirectional ? tr("Let consenting cars on bidirectional chargers feed the building "
                                              "outside outages.")
                                         : tr("This site has no bidirectional charger, so no car can feed the "
                                              "building."));
    m_v2b = new QCheckBox(tr("Allow &V2B with consenting cars"));
    describe(m_v2b, tr("V2B"),
             tr("On: consenting cars may discharge for peak shaving and self-sufficiency, never so far that "
                "they miss their own departure target."));
    v2b->layout()->addWidget(m_v2b);
    layout->addWidget(v2b);

    m_otherProblem = problemLabel();
    layout->addWidget(m_otherProblem);
    layout->addStretch(1);

    for (QCheckBox* box : {m_selfSufficiency, m_gridCharging, m_peakShaving, m_backup, m_evReserve, m_v2b})
        connect(box, &QCheckBox::toggled, this, &PolicyForm::changed);
    for (QDoubleSpinBox* box : {m_peakLimit, m_reservePct, m_reserveHours})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PolicyForm::changed);
    setPolicy(Policy{});
}

QGroupBox* PolicyForm::group(const QString& title, const QString& explanation)
{
    auto* box = new QGroupBox(title);
    box->setAccessibleName(title);
    box->setToolTip(explanation);
    auto* layout = new QVBoxLayout(box);
    layout->setSpacing(6);
    auto* text = new QLabel(explanation);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text);
    return box;
}

QLabel* PolicyForm::problemLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setAccessibleName(tr("Problem"));
    label->hide();
    return label;
}

void PolicyForm::setPolicy(const Policy& p)
{
    m_filling = true;
    m_selfSufficiency->setChecked(p.selfSufficiency.enabled);
    m_gridCharging->setChecked(p.selfSufficiency.batteryGridCharging);
    m_peakShaving->setChecked(p.peakShaving.enabled);
    m_peakLimit->setValue(p.peakShaving.importLimitKw);
    m_backup->setChecked(p.backup.enabled);
    m_reservePct->setValue(p.backup.batteryReservePct);
    m_reserveHours->setValue(p.backup.reserveHours);
    m_evReserve->setChecked(p.backup.evReserve);
    m_v2b->setChecked(p.v2b.enabled);
    m_filling = false;
    syncEnabled();
    check();
}

Policy PolicyForm::policy() const
{
    Policy p;
    p.selfSufficiency.enabled = m_selfSufficiency->isChecked();
    p.selfSufficiency.batteryGridCharging = m_gridCharging->isChecked();
    p.peakShaving.enabled = m_peakShaving->isChecked();
    p.peakShaving.importLimitKw = m_peakLimit->value();
    p.backup.enabled = m_backup->isChecked();
    p.backup.batteryReservePct = m_reservePct->value();
    p.backup.reserveHours = m_reserveHours->value();
    p.backup.evReserve = m_evReserve->isChecked();
    p.v2b.enabled = m_v2b->isChecked();
    return p;
}

QString PolicyForm::problemText(PolicyField field) const
{
    QStringList out;
    for (const PolicyProblem& p : m_problems)
        if (p.field == field)
            out << p.message;
    return out.join(QLatin1Char(' '));
}

void PolicyForm::changed()
{
    if (m_filling)
        return;
    syncEnabled();
    check();
    emit edited();
}

void PolicyForm::syncEnabled()
{
    // A part that is off keeps its values (they come back when it is switched on again).
    m_gridCharging->setEnabled(m_selfSufficiency->isChecked());
    m_peakLimit->setEnabled(m_peakShaving->isChecked());
    m_reservePct->setEnabled(m_backup->isChecked());
    m_reserveHours->setEnabled(m_backup->isChecked());
    m_evReserve->setEnabled(m_backup->isChecked());
}

void PolicyForm::check()
{
    m_problems = checkPolicyForSite(policy(), m_site);
    const auto show = [this](QLabel* label, QWidget* field, PolicyField which) {
        const QString text = problemText(which);
        label->setText(text);
        label->setStyleSheet(problemStyle(true));
        label->setVisible(!text.isEmpty());
        if (field) {
            field->setStyleSheet(text.isEmpty() ? QString()
                                                : QStringLiteral("QDoubleSpinBox { border: 2px solid %1; "
                                                                 "border-radius: 3px; }")
                                                      .arg(problemColor().name()));
            field->setAccessibleDescription(text);
        }
    };
    show(m_peakProblem, m_peakLimit, PolicyField::PeakLimit);
    show(m_reserveProblem, m_reservePct, PolicyField::BatteryReserve);
    show(m_hoursProblem, m_reserveHours, PolicyField::ReserveHours);
    show(m_otherProblem, nullptr, PolicyField::Other);
}

} // namespace parkwatt
