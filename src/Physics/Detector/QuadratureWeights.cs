namespace DipolePortal.Physics.Detector;

/// <summary>Quadrature weights wⱼ [MeV] on a true-energy grid (see <see cref="TrueEnergyQuadrature"/>).</summary>
public static class QuadratureWeights
{
    /// <summary>Weights for the nodes under the chosen rule.</summary>
    /// <exception cref="ArgumentException">Simpson on an even count of nodes or an unequal spacing.</exception>
    public static double[] For(IReadOnlyList<double> nodesMeV, TrueEnergyQuadrature rule)
    {
        ArgumentNullException.ThrowIfNull(nodesMeV);
        int n = nodesMeV.Count;
        var weights = new double[n];
        if (rule == TrueEnergyQuadrature.Trapezoid)
        {
            for (int j = 0; j + 1 < n; j++)
            {
                double half = 0.5 * (nodesMeV[j + 1] - nodesMeV[j]);
                weights[j] += half;
                weights[j + 1] += half;
            }

            return weights;
        }

        double h = (nodesMeV[n - 1] - nodesMeV[0]) / (n - 1);
        bool uniform = Enumerable.Range(1, n - 1).All(j => Math.Abs(nodesMeV[j] - nodesMeV[j - 1] - h) <= 1e-9 * h);
        if (n % 2 == 0 || !uniform)
        {
            throw new ArgumentException(
                $"Simpson weights need an odd number of equally spaced nodes; got {n} nodes{(uniform ? "" : ", unequally spaced")}. Use Trapezoid instead.",
                nameof(nodesMeV));
        }

        for (int j = 0; j < n; j++)
        {
            weights[j] = h / 3 * (j == 0 || j == n - 1 ? 1 : j % 2 == 1 ? 4 : 2);
        }

        return weights;
    }
}
