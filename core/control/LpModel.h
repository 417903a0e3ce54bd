#pragma once
// A small linear program, built sparse and column-wise, solved by COIN-OR Clp (dual simplex with
// presolve) under a time limit. One job: hold the numbers and hand them to the solver; what the
// columns and rows mean is the caller's business.

#include <cstddef>
#include <limits>
#include <vector>

namespace parkwatt {

class LpModel {
public:
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();

    enum class Status { Optimal, Infeasible, Unbounded, TimeLimit, Failed };
    // Automatic: dual simplex below kBarrierFromColumns columns, barrier (then crossover) above.
    enum class Algorithm { Automatic, DualSimplex, Barrier };
    static constexpr int kBarrierFromColumns = 8000;

    void setAlgorithm(Algorithm algorithm) { m_algorithm = algorithm; }

    // A column (variable) in [lower, upper] with its objective coefficient; returns its index.
    int addColumn(double lower, double upper, double cost);
    // A row (constraint) lower <= sum(coefficients * columns) <= upper; returns its index.
    int addRow(double lower, double upper);
    // Adds `value` at (row, column); entries at the same place add up. Zeros are skipped.
    void add(int row, int column, double value);

    void setColumnBounds(int column, double lower, double upper);
    void setCost(int column, double cost);
    double columnUpper(int column) const { return m_columnUpper[size_t(column)]; }

    int columnCount() const { return int(m_columnLower.size()); }
    int rowCount() const { return int(m_rowLower.size()); }
    int nonZeroCount() const { return int(m_entries.size()); }

    // Minimises the objective. Builds the solver's model from scratch on every call.
    Status solve(double timeLimitS);

    // After an Optimal solve (or the last iterate otherwise).
    double value(int column) const { return m_solution[size_t(column)]; }
    double objective() const { return m_objective; }
    int iterations() const { return m_iterations; }

private:
    struct Entry {
        int column;
        int row;
        double value;
    };

    std::vector<double> m_columnLower, m_columnUpper, m_cost;
    std::vector<double> m_rowLower, m_rowUpper;
    std::vector<Entry> m_entries;
    std::vector<double> m_solution;
    Algorithm m_algorithm = Algorithm::Automatic;
    double m_objective = 0;
    int m_iterations = 0;
};

} // namespace parkwatt
