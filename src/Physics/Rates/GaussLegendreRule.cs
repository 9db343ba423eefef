namespace DipolePortal.Physics.Rates;

/// <summary>
/// An n-point Gauss–Legendre rule on [−1, 1]: ∫ f ≈ Σ wᵢ f(xᵢ), exact for polynomials of degree ≤ 2n − 1.
/// Nodes are the roots of Pₙ found by Newton's method from Tricomi's estimate cos(π(i − ¼)/(n + ½)).
/// </summary>
internal sealed class GaussLegendreRule
{
    private readonly double[] _nodes;
    private readonly double[] _weights;

    /// <summary>Builds the rule of the given order (number of nodes, ≥ 1).</summary>
    public GaussLegendreRule(int order)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        _nodes = new double[order];
        _weights = new double[order];
        for (int i = 0; i < order; i++)
        {
            double x = Math.Cos(Math.PI * (i + 0.75) / (order + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++)
            {
                (double value, derivative) = Legendre(order, x);
                double step = value / derivative;
                x -= step;
                if (Math.Abs(step) < 1e-15)
                {
                    break;
                }
            }

            (_, derivative) = Legendre(order, x);
            _nodes[i] = x;
            _weights[i] = 2.0 / ((1 - x * x) * derivative * derivative);
        }
    }

    /// <summary>Number of nodes.</summary>
    public int Order => _nodes.Length;

    /// <summary>∫_a^b f(x) dx by the rule mapped onto [a, b].</summary>
    public double Integrate(Func<double, double> integrand, double lower, double upper)
    {
        double half = 0.5 * (upper - lower);
        double mid = 0.5 * (upper + lower);
        double sum = 0;
        for (int i = 0; i < _nodes.Length; i++)
        {
            sum += _weights[i] * integrand(mid + half * _nodes[i]);
        }

        return sum * half;
    }

    /// <summary>Node i mapped onto [a, b].</summary>
    public double Node(int i, double lower, double upper) => 0.5 * (upper + lower) + 0.5 * (upper - lower) * _nodes[i];

    /// <summary>Weight i mapped onto [a, b].</summary>
    public double Weight(int i, double lower, double upper) => 0.5 * (upper - lower) * _weights[i];

    // Pₙ(x) and Pₙ'(x) by the three-term recurrence (k+1)Pₖ₊₁ = (2k+1)x Pₖ − k Pₖ₋₁.
    private static (double Value, double Derivative) Legendre(int order, double x)
    {
        double previous = 1;
        double current = x;
        for (int k = 1; k < order; k++)
        {
            double next = ((2 * k + 1) * x * current - k * previous) / (k + 1);
            previous = current;
            current = next;
        }

        double derivative = order * (x * current - previous) / (x * x - 1);
        return (current, derivative);
    }
}
