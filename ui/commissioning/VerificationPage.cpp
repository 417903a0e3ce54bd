#include "commissioning/VerificationPage.h"

#include "devices/profiles/ProfileLibrary.h"

#include <QCheckBox>
#include <QCoro/QCoroTask>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parkwatt {

VerificationPage::VerificationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_verify(new QPushButton(tr("&Verify the chargers"), this))
    , m_fallback(new QCheckBox(tr("Also let each watchdog expire and watch the fallback (slower)"), this))
    , m_status(new QLabel(this))
    , m_results(new QTableWidget(0, 4, this))
{
    setTitle(tr("Charger verification"));
    setSubTitle(tr("Each charger is read, its fail-safe and watchdog written and read back, and its setpoint "
                   "stepped from minimum to maximum while the measured power must follow. A car (or an EV "
                   "simulator) must be plugged in. Then all fallbacks together must fit the connection."));
    m_results->setHorizontalHeaderLabels({tr("Charger"), tr("Check"), tr("Result"), tr("Detail")});
    m_results->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addWidget(m_fallback, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    connect(m_verify, &QPushButton::clicked, this, &VerificationPage::verify);
}

void VerificationPage::prepare(const SiteFile& draft)
{
    m_draft = draft;
    int chargers = 0;
    for (const DeviceSpec& d : draft.devices)
        chargers += d.role == DeviceRole::Charger ? 1 : 0;
    if (!m_report)
        m_status->setText(tr("%n charger(s) to verify. Not verified yet.", nullptr, chargers));
}

QString VerificationPage::status() const
{
    return m_status->text();
}

bool VerificationPage::isComplete() const
{
    return !m_verifying;
}

void VerificationPage::verify()
{
    if (m_verifying)
        return;
    std::vector<DeviceSpec> chargers;
    for (const DeviceSpec& d : m_draft.devices)
        if (d.role == DeviceRole::Charger)
            chargers.push_back(d);
    if (chargers.empty()) {
        m_status->setText(tr("There is no charger to verify."));
        return;
    }
    VerifierOptions options;
    options.stepWaitMs = m_stepWaitMs;
    options.phases = m_phases;
    options.fallback = m_fallback->isChecked();
    m_verifying = true;
    m_verify->setEnabled(false);
    m_results->setRowCount(0);
    emit completeChanged();
    auto library = std::make_shared<ProfileLibrary>(ProfileLibrary::withBuiltIns({}));
    QCoro::connect(
        verifyChargers(m_draft, *library, chargers, options,
                       [this](const DeviceSpec& d) {
                           m_status->setText(tr("Verifying %1 (%2:%3)…").arg(d.id, d.host).arg(d.port));
                       }),
        this, [this, library](const VerificationReport& report) {
            m_report = report;
            for (const ChargerVerification& charger : report.chargers)
                for (const VerificationCheck& check : charger.checks) {
                    const int row = m_results->rowCount();
                    m_results->insertRow(row);
                    const QString result = check.passed ? tr("PASS") : tr("FAIL: %1").arg(check.reason);
                    const QStringList cells{charger.deviceId, check.name, result, check.detail};
                    for (int c = 0; c < cells.size(); ++c)
                        m_results->setItem(row, c, new QTableWidgetItem(cells[c]));
                    m_results->item(row, 2)->setForeground(check.passed ? QColor(0x2e, 0x7d, 0x32)
                                                                        : QColor(0xc6, 0x28, 0x28));
                }
            m_results->resizeColumnsToContents();
            m_status->setText(
                tr("%1; %2").arg(report.passed() ? tr("All chargers pass") : tr("Not all chargers pass"),
                                 report.budget.describe()));
            m_verifying = false;
            m_verify->setEnabled(true);
            emit completeChanged();
            emit verified(report.passed());
        });
}

} // namespace parkwatt
