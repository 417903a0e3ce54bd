#include "TerminalProgress.h"

#include <cstdio>
#include <unistd.h>

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label))
    , m_enabled(isatty(fileno(stderr)) == 1)
{
}

TerminalProgress::~TerminalProgress()
{
    if (m_enabled && m_lastPermille >= 0)
        std::fputs("\n", stderr);
}

void TerminalProgress::update(int done, int total)
{
    if (!m_enabled || total <= 0)
        return;
    const int permille = int(1000LL * done / total);
    if (permille == m_lastPermille)
        return;
    m_lastPermille = permille;
    constexpr int kWidth = 40;
    const int filled = kWidth * permille / 1000;
    std::fprintf(stderr, "\r%s [%.*s%*s] %5.1f%%", qPrintable(m_label), filled,
                 "========================================", kWidth - filled, "", permille / 10.0);
    std::fflush(stderr);
}
