#pragma once
// A one-line progress bar on stderr, drawn only when stderr is a terminal (never in logs or pipes).

#include <QString>

class TerminalProgress {
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress();
    void update(int done, int total);

private:
    QString m_label;
    bool m_enabled;
    int m_lastPermille = -1;
};
