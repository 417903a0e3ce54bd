#pragma once
// What every benchmark program needs to report its figures: percentiles of a sample, a fixed
// calibration workload (machines here are noisy, so figures are also given as ratios to it), and
// this process's CPU time and peak memory.

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <sys/resource.h>
#include <vector>

namespace parkwatt::bench {

// The p-quantile (0..1) with linear interpolation between ranks; 0 for no samples.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const size_t lo = size_t(std::floor(rank)), hi = size_t(std::ceil(rank));
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

// A fixed amount of floating-point work (20 M square roots), in ms on this machine now.
inline double calibrationMs()
{
    QElapsedTimer t;
    t.start();
    volatile double sink = 0;
    double acc = 0;
    for (int i = 1; i < 20'000'000; ++i)
        acc += std::sqrt(double(i)) * 1e-9;
    sink = acc;
    (void)sink;
    return double(t.nsecsElapsed()) / 1e6;
}

// User plus system CPU time of this process so far, in seconds.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Peak resident memory of this process (Linux reports kilobytes).
inline double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

} // namespace parkwatt::bench
