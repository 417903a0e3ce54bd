#include "commissioning/VerificationPage.h"

#include "devices/profiles/ProfileLibrary.h"

#include <QCheckBox>
#include <QCoro/QCoroTask>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parkwatt {

VerificationPage::VerificationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_verify(new QPushButton(this))
    , m_fallback(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_results(new QTableWidget(0, 4, this))
{
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
    retranslate();
}

void VerificationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void VerificationPage::retranslate()
{
    setTitle(tr("Charger verification"));
    setSubTitle(tr("Each charger is read, its fail-safe and watchdog written and read back, and its setpoint "
                   "stepped from minimum to maximum while the measured power must follow. A car (or an EV "
                   "simulator) must be plugged in. Then all fallbacks together must fit the connection."));
    m_verify->setText(tr("&Verify the chargers"));
    m_fallback->setText(tr("Also let each watchdog expire and watch the fallback (slower)"));
    m_results->setHorizontalHeaderLabels({tr("Charger"), tr("Check"), tr("Result"), tr("Detail")});
    if (m_report && !m_verifying)
        showReport(*m_report); // "PASS" and "FAIL" in the new language
    if (m_statusText)
        m_status->setText(m_statusText());
}

void VerificationPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void VerificationPage::showReport(const VerificationReport& report)
{
    m_results->setRowCount(0);
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
}

void VerificationPage::prepare(const SiteFile& draft)
{
    m_draft = draft;
    int chargers = 0;
    for (const DeviceSpec& d : draft.devices)
        chargers += d.role == DeviceRole::Charger ? 1 : 0;
    if (!m_report)
        setStatus([chargers] { return tr("%n charger(s) to verify. Not verified yet.", nullptr, chargers); });
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
        setStatus([] { return tr("There is no charger to verify."); });
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
                           setStatus([id = d.id, host = d.host, port = d.port] {
                               return tr("Verifying %1 (%2:%3)…").arg(id, host).arg(port);
                           });
                       }),
        this, [this, library](const VerificationReport& report) {
            m_report = report;
            showReport(report);
            setStatus([this] {
                return tr("%1; %2").arg(m_report->passed() ? tr("All chargers pass") : tr("Not all chargers pass"),
                                        m_report->budget.describe());
            });
            m_verifying = false;
            m_verify->setEnabled(true);
            emit completeChanged();
            emit verified(report.passed());
        });
}

} // namespace parkwatt
