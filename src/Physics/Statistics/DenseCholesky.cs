namespace DipolePortal.Physics.Statistics;

/// <summary>
/// In-place Cholesky factorization A = L Lᵀ of a small dense symmetric positive-definite matrix (row-major, n × n),
/// and the triangular solves that use it. Allocation-free; meant for the P ≤ ~20 nuisance Hessians.
/// </summary>
internal static class DenseCholesky
{
    /// <summary>
    /// Overwrites the lower triangle of <paramref name="matrix"/> with L. Returns false (matrix partly overwritten)
    /// when a pivot is not positive, i.e. the matrix is not numerically positive definite.
    /// </summary>
    public static bool TryFactorize(Span<double> matrix, int n)
    {
        for (int j = 0; j < n; j++)
        {
            double pivot = matrix[(j * n) + j];
            for (int m = 0; m < j; m++)
            {
                pivot -= matrix[(j * n) + m] * matrix[(j * n) + m];
            }

            if (!(pivot > 0))
            {
                return false;
            }

            double diagonal = Math.Sqrt(pivot);
            matrix[(j * n) + j] = diagonal;
            for (int i = j + 1; i < n; i++)
            {
                double sum = matrix[(i * n) + j];
                for (int m = 0; m < j; m++)
                {
                    sum -= matrix[(i * n) + m] * matrix[(j * n) + m];
                }

                matrix[(i * n) + j] = sum / diagonal;
            }
        }

        return true;
    }

    /// <summary>Solves L y = b in place (forward substitution), L from <see cref="TryFactorize"/>.</summary>
    public static void SolveLower(ReadOnlySpan<double> factor, int n, Span<double> rhs)
    {
        for (int i = 0; i < n; i++)
        {
            double sum = rhs[i];
            for (int m = 0; m < i; m++)
            {
                sum -= factor[(i * n) + m] * rhs[m];
            }

            rhs[i] = sum / factor[(i * n) + i];
        }
    }

    /// <summary>Solves Lᵀ x = y in place (back substitution), L from <see cref="TryFactorize"/>.</summary>
    public static void SolveUpper(ReadOnlySpan<double> factor, int n, Span<double> rhs)
    {
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = rhs[i];
            for (int m = i + 1; m < n; m++)
            {
                sum -= factor[(m * n) + i] * rhs[m];
            }

            rhs[i] = sum / factor[(i * n) + i];
        }
    }

    /// <summary>Solves A x = b in place given the factor L of A = L Lᵀ.</summary>
    public static void Solve(ReadOnlySpan<double> factor, int n, Span<double> rhs)
    {
        SolveLower(factor, n, rhs);
        SolveUpper(factor, n, rhs);
    }
}
