#include "policies/PolicyForm.h"

#include "policies/PolicyStyle.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

QDoubleSpinBox* spinBox(double min, double max, int decimals, double step)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // Self-sufficiency
    m_selfGroup = group();
    m_selfSufficiency = new QCheckBox;
    m_gridCharging = new QCheckBox;
    m_selfGroup.box->layout()->addWidget(m_selfSufficiency);
    m_selfGroup.box->layout()->addWidget(m_gridCharging);
    layout->addWidget(m_selfGroup.box);

    // Peak shaving
    m_peakGroup = group();
    m_peakShaving = new QCheckBox;
    m_peakLimit = spinBox(0, std::max(100000.0, 10 * m_site.grid.importLimitKw), 1, 5);
    m_peakProblem = problemLabel();
    auto* peakForm = new QFormLayout;
    peakForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_peakLabel = new QLabel;
    m_peakLabel->setBuddy(m_peakLimit);
    peakForm->addRow(m_peakLabel, m_peakLimit);
    peakForm->addRow(m_peakProblem);
    auto* peakBox = static_cast<QVBoxLayout*>(m_peakGroup.box->layout());
    peakBox->addWidget(m_peakShaving);
    peakBox->addLayout(peakForm);
    layout->addWidget(m_peakGroup.box);

    // Backup
    m_backupGroup = group();
    m_backup = new QCheckBox;
    m_reservePct = spinBox(0, 100, 0, 5);
    m_reserveProblem = problemLabel();
    m_reserveHours = spinBox(0, 168, 1, 0.5);
    m_hoursProblem = problemLabel();
    m_evReserve = new QCheckBox;
    auto* backupForm = new QFormLayout;
    backupForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_reserveLabel = new QLabel;
    m_reserveLabel->setBuddy(m_reservePct);
    m_hoursLabel = new QLabel;
    m_hoursLabel->setBuddy(m_reserveHours);
    backupForm->addRow(m_reserveLabel, m_reservePct);
    backupForm->addRow(m_reserveProblem);
    backupForm->addRow(m_hoursLabel, m_reserveHours);
    backupForm->addRow(m_hoursProblem);
    auto* backupBox = static_cast<QVBoxLayout*>(m_backupGroup.box->layout());
    backupBox->addWidget(m_backup);
    backupBox->addLayout(backupForm);
    backupBox->addWidget(m_evReserve);
    layout->addWidget(m_backupGroup.box);

    // V2B
    m_v2bGroup = group();
    m_v2b = new QCheckBox;
    m_v2bGroup.box->layout()->addWidget(m_v2b);
    layout->addWidget(m_v2bGroup.box);

    m_otherProblem = problemLabel();
    layout->addWidget(m_otherProblem);
    layout->addStretch(1);

    for (QCheckBox* box : {m_selfSufficiency, m_gridCharging, m_peakShaving, m_backup, m_evReserve, m_v2b})
        connect(box, &QCheckBox::toggled, this, &PolicyForm::changed);
    for (QDoubleSpinBox* box : {m_peakLimit, m_reservePct, m_reserveHours})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PolicyForm::changed);
    setPolicy(Policy{});
    retranslate();
}

void PolicyForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyForm::retranslate()
{
    const QLocale locale;
    const QString importLimit = locale.toString(m_site.grid.importLimitKw, 'f', 1);
    const bool hasBattery = !m_site.batteries.empty();
    bool bidirectional = false;
    for (const ChargerSpec& c : m_site.chargers)
        bidirectional = bidirectional || c.bidirectional;

    setGroupText(m_selfGroup, tr("Self-sufficiency"), tr("Use the site's PV before buying from the grid."));
    m_selfSufficiency->setText(tr("Use PV before the &grid"));
    describe(m_selfSufficiency, tr("Self-sufficiency"),
             tr("On: PV surplus goes to the battery and the cars before anything is bought from the grid."));
    m_gridCharging->setText(tr("Allow charging the &battery from the grid"));
    describe(m_gridCharging, tr("Battery charging from the grid"),
             hasBattery ? tr("Off: the battery charges from PV only (except to restore the backup reserve or "
                             "to prepare for a peak the plan foresees).")
                        : tr("This site has no battery; the setting is kept for when it has one."));

    setGroupText(m_peakGroup, tr("Peak shaving"),
                 tr("Keep every 15-minute average grid import under a limit (what a demand charge "
                    "bills). The connection's import limit is %1 kW.")
                     .arg(importLimit));
    m_peakShaving->setText(tr("&Shave peaks"));
    describe(m_peakShaving, tr("Peak shaving"), tr("On: the engine holds grid import at or below the peak limit."));
    m_peakLimit->setSuffix(tr(" kW"));
    describe(m_peakLimit, tr("Peak limit in kilowatts"),
             tr("The highest 15-minute average import allowed, in kW: above 0 and at most the connection's "
                "%1 kW.")
                 .arg(importLimit));
    m_peakLabel->setText(tr("Peak &limit:"));

    setGroupText(m_backupGroup, tr("Backup"),
                 tr("Hold energy in reserve to carry the critical load through a grid outage."));
    m_backup->setText(tr("&Keep a backup reserve"));
    describe(m_backup, tr("Backup reserve"), tr("On: outside outages the battery stays at or above the reserve."));
    m_reservePct->setSuffix(tr(" %"));
    describe(m_reservePct, tr("Battery reserve in percent"),
             hasBattery ? tr("The battery's state of charge kept for an outage, 0 to 100 %.")
                        : tr("This site has no battery; the reserve is kept for when it has one."));
    m_reserveHours->setSuffix(tr(" h"));
    describe(m_reserveHours, tr("Reserve time in hours"),
             tr("How many hours of the current critical load the site aims to hold in reserve (0 or more)."));
    m_evReserve->setText(tr("Count consenting &cars toward the reserve"));
    describe(m_evReserve, tr("Cars in the backup reserve"),
             tr("On: plugged cars whose owners consent count with their energy above their minimum, and feed "
                "the critical load during an outage."));
    m_reserveLabel->setText(tr("Battery &reserve:"));
    m_hoursLabel->setText(tr("Reserve &time:"));

    setGroupText(m_v2bGroup, tr("Vehicle to building (V2B)"),
                 bidirectional ? tr("Let consenting cars on bidirectional chargers feed the building "
                                    "outside outages.")
                               : tr("This site has no bidirectional charger, so no car can feed the "
                                    "building."));
    m_v2b->setText(tr("Allow &V2B with consenting cars"));
    describe(m_v2b, tr("V2B"),
             tr("On: consenting cars may discharge for peak shaving and self-sufficiency, never so far that "
                "they miss their own departure target."));

    for (QLabel* label : {m_peakProblem, m_reserveProblem, m_hoursProblem, m_otherProblem})
        label->setAccessibleName(tr("Problem"));
    // The fields write their values in the default locale (a widget keeps the locale it was made in);
    // the values themselves stay, so an edit in progress survives a language switch.
    for (QDoubleSpinBox* box : {m_peakLimit, m_reservePct, m_reserveHours})
        box->setLocale(locale);
    check(); // the problems' words
}

PolicyForm::Group PolicyForm::group()
{
    Group g;
    g.box = new QGroupBox;
    auto* layout = new QVBoxLayout(g.box);
    layout->setSpacing(6);
    g.explanation = new QLabel;
    g.explanation->setWordWrap(true);
    g.explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(g.explanation);
    return g;
}

void PolicyForm::setGroupText(const Group& group, const QString& title, const QString& explanation)
{
    group.box->setTitle(title);
    group.box->setAccessibleName(title);
    group.box->setToolTip(explanation);
    group.explanation->setText(explanation);
}

QLabel* PolicyForm::problemLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
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
