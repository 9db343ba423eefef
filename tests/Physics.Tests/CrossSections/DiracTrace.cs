using System.Numerics;

namespace DipolePortal.Physics.Tests.CrossSections;

/// <summary>
/// Explicit 4×4 Dirac matrices (Dirac representation, metric +−−−) for brute-force spin sums: an independent check of
/// the analytic cross sections, with no trace identities or ε-tensor conventions involved.
/// </summary>
internal static class DiracTrace
{
    internal static readonly double[] Metric = [1, -1, -1, -1];

    internal static readonly Complex[][,] Gamma = BuildGammas();

    internal static readonly Complex[,] Gamma5 = Mul(Mul(Gamma[0], Gamma[1]), Mul(Gamma[2], Gamma[3]), Complex.ImaginaryOne);

    internal static readonly Complex[,] Identity = Diagonal(1, 1, 1, 1);

    internal static Complex[,] ProjectorRight => Scale(Add(Identity, Gamma5), 0.5);

    internal static Complex[,] ProjectorLeft => Scale(Add(Identity, Scale(Gamma5, -1)), 0.5);

    /// <summary>p̸ = γ^μ p_μ for p given by its upper components (p⁰, p¹, p², p³).</summary>
    internal static Complex[,] Slash(double[] p)
    {
        var result = new Complex[4, 4];
        for (int mu = 0; mu < 4; mu++)
        {
            result = Add(result, Scale(Gamma[mu], Metric[mu] * p[mu]));
        }

        return result;
    }

    /// <summary>σ^{αβ} q_β = (i/2)[γ^α, γ^β] q_β.</summary>
    internal static Complex[,] SigmaDotQ(int alpha, double[] q)
    {
        var result = new Complex[4, 4];
        for (int beta = 0; beta < 4; beta++)
        {
            Complex[,] commutator = Add(Mul(Gamma[alpha], Gamma[beta]), Scale(Mul(Gamma[beta], Gamma[alpha]), -1));
            result = Add(result, Mul(commutator, Identity, new Complex(0, 0.5 * Metric[beta] * q[beta])));
        }

        return result;
    }

    internal static Complex Trace(params Complex[][,] factors)
    {
        Complex[,] product = factors[0];
        for (int i = 1; i < factors.Length; i++)
        {
            product = Mul(product, factors[i], Complex.One);
        }

        return product[0, 0] + product[1, 1] + product[2, 2] + product[3, 3];
    }

    internal static Complex[,] Add(Complex[,] a, Complex[,] b)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                r[i, j] = a[i, j] + b[i, j];
            }
        }

        return r;
    }

    internal static Complex[,] Scale(Complex[,] a, Complex s)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                r[i, j] = a[i, j] * s;
            }
        }

        return r;
    }

    internal static Complex[,] Mul(Complex[,] a, Complex[,] b, Complex s)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                Complex sum = Complex.Zero;
                for (int k = 0; k < 4; k++)
                {
                    sum += a[i, k] * b[k, j];
                }

                r[i, j] = sum * s;
            }
        }

        return r;
    }

    private static Complex[,] Mul(Complex[,] a, Complex[,] b) => Mul(a, b, Complex.One);

    private static Complex[,] Diagonal(params double[] d)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
        {
            r[i, i] = d[i];
        }

        return r;
    }

    private static Complex[][,] BuildGammas()
    {
        Complex i = Complex.ImaginaryOne;
        Complex[][,] pauli =
        [
            new Complex[,] { { 0, 1 }, { 1, 0 } },
            new Complex[,] { { 0, -i }, { i, 0 } },
            new Complex[,] { { 1, 0 }, { 0, -1 } },
        ];
        var gammas = new Complex[4][,];
        gammas[0] = Diagonal(1, 1, -1, -1);
        for (int k = 0; k < 3; k++)
        {
            var g = new Complex[4, 4];
            for (int r = 0; r < 2; r++)
            {
                for (int c = 0; c < 2; c++)
                {
                    g[r, c + 2] = pauli[k][r, c];
                    g[r + 2, c] = -pauli[k][r, c];
                }
            }

            gammas[k + 1] = g;
        }

        return gammas;
    }
}
