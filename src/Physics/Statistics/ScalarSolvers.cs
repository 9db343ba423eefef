namespace DipolePortal.Physics.Statistics;

/// <summary>Brent's one-dimensional minimizer (parabolic steps safeguarded by golden sections) and root finder.</summary>
internal static class ScalarSolvers
{
    private const double GoldenFraction = 0.3819660112501051; // (3 − √5)/2
    private const int MaxIterations = 300;

    /// <summary>Minimizes <paramref name="f"/> on [lower, upper] to |Δx| ≲ relTol·|x| + absTol; returns (x, f(x)).</summary>
    public static (double X, double Value) Minimize(Func<double, double> f, double lower, double upper, double relTol, double absTol)
    {
        double x = lower + (GoldenFraction * (upper - lower));
        double w = x, v = x;
        double fx = f(x);
        double fw = fx, fv = fx;
        double d = 0, e = 0;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double middle = 0.5 * (lower + upper);
            double tol1 = (relTol * Math.Abs(x)) + absTol;
            double tol2 = 2 * tol1;
            if (Math.Abs(x - middle) <= tol2 - (0.5 * (upper - lower)))
            {
                break;
            }

            bool golden = true;
            if (Math.Abs(e) > tol1)
            {
                // parabola through (v, fv), (w, fw), (x, fx)
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = ((x - v) * q) - ((x - w) * r);
                q = 2 * (q - r);
                if (q > 0)
                {
                    p = -p;
                }
                else
                {
                    q = -q;
                }

                double previous = e;
                e = d;
                if (Math.Abs(p) < Math.Abs(0.5 * q * previous) && p > q * (lower - x) && p < q * (upper - x))
                {
                    d = p / q;
                    double trial = x + d;
                    if (trial - lower < tol2 || upper - trial < tol2)
                    {
                        d = middle > x ? tol1 : -tol1;
                    }

                    golden = false;
                }
            }

            if (golden)
            {
                e = x >= middle ? lower - x : upper - x;
                d = GoldenFraction * e;
            }

            double u = Math.Abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
            double fu = f(u);
            if (fu <= fx)
            {
                if (u >= x)
                {
                    lower = x;
                }
                else
                {
                    upper = x;
                }

                (v, fv, w, fw, x, fx) = (w, fw, x, fx, u, fu);
            }
            else
            {
                if (u < x)
                {
                    lower = u;
                }
                else
                {
                    upper = u;
                }

                if (fu <= fw || w == x)
                {
                    (v, fv, w, fw) = (w, fw, u, fu);
                }
                else if (fu <= fv || v == x || v == w)
                {
                    (v, fv) = (u, fu);
                }
            }
        }

        return (x, fx);
    }

    /// <summary>
    /// Root of <paramref name="f"/> in [a, b] given f(a), f(b) of opposite signs (Brent–Dekker: inverse quadratic
    /// interpolation, secant and bisection), to |Δx| ≤ absTol.
    /// </summary>
    public static double FindRoot(Func<double, double> f, double a, double b, double fa, double fb, double absTol)
    {
        double c = a, fc = fa, d = b - a, e = d;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            if ((fb > 0) == (fc > 0))
            {
                (c, fc) = (a, fa);
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                (a, fa, b, fb, c, fc) = (b, fb, c, fc, b, fb);
            }

            double tol = (4e-16 * Math.Abs(b)) + (0.5 * absTol); // rounding of b plus the requested accuracy
            double half = 0.5 * (c - b);
            if (Math.Abs(half) <= tol || fb == 0)
            {
                return b;
            }

            if (Math.Abs(e) >= tol && Math.Abs(fa) > Math.Abs(fb))
            {
                double sRatio = fb / fa;
                double p, q;
                if (a == c)
                {
                    p = 2 * half * sRatio; // secant
                    q = 1 - sRatio;
                }
                else
                {
                    double qa = fa / fc, rb = fb / fc; // inverse quadratic interpolation
                    p = sRatio * ((2 * half * qa * (qa - rb)) - ((b - a) * (rb - 1)));
                    q = (qa - 1) * (rb - 1) * (sRatio - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (2 * p < Math.Min((3 * half * q) - Math.Abs(tol * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = half;
                    e = d;
                }
            }
            else
            {
                d = half;
                e = d;
            }

            (a, fa) = (b, fb);
            b += Math.Abs(d) > tol ? d : (half > 0 ? tol : -tol);
            fb = f(b);
        }

        return b;
    }
}
