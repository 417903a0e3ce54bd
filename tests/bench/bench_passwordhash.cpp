// What checking a secret costs on this machine: a user's password (PBKDF2-HMAC-SHA256, 600,000
// rounds, the control room's sign-in) and a kiosk PIN (100,000 rounds), medians of 7 checks each,
// beside the calibration workload measured in the same run (BenchStats.h).

#include "BenchStats.h"
#include "security/PasswordHash.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace parkwatt;

namespace {

double medianCheckMs(int iterations)
{
    const PasswordHash hash = PasswordHash::make(QStringLiteral("correct horse battery"), iterations);
    std::vector<double> ms;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const bool ok = hash.matches(QStringLiteral("correct horse battery"));
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!ok)
            std::fprintf(stderr, "bench_passwordhash: the hash did not match itself\n");
    }
    return bench::percentile(ms, 0.5);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const double calibration = bench::calibrationMs();
    const double password = medianCheckMs(PasswordHash::kDefaultIterations);
    const double pin = medianCheckMs(100000);
    std::printf("calibration (20 M sqrt)            %8.1f ms\n", calibration);
    std::printf("password check (600,000 rounds)    %8.1f ms median  (%.2f x calibration)\n", password,
                password / calibration);
    std::printf("kiosk PIN check (100,000 rounds)   %8.1f ms median  (%.2f x calibration)\n", pin,
                pin / calibration);
    return 0;
}
