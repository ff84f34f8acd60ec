using KnowledgePay.Application.Common.Statistics;
using MathNet.Numerics.LinearAlgebra;

namespace KnowledgePay.Application.Experiments.Analysis;

/// <summary>
/// CUPED (Deng, Xu, Kohavi and Walker, "Improving the sensitivity of online controlled experiments by utilizing
/// pre-experiment data", WSDM 2013): each user's outcome Y becomes Y − θ·(X − μ_X), where X are covariates measured
/// before exposure (so the variant cannot have moved them) and θ = Cov(X)⁻¹·Cov(X, Y) is the regression of Y on X.
/// The adjusted means stay unbiased for the difference; the variance falls by the share of Y that X explains.
/// θ is pooled across arms from the within-arm scatter, as the paper does with one θ for all variants, so the
/// treatment effect itself does not leak into it; a covariate without spread gets no weight.
/// </summary>
public sealed class Cuped
{
    private readonly Vector<double> _theta;
    private readonly Vector<double> _overallCovariateMeans;

    private Cuped(Vector<double> theta, Vector<double> overallCovariateMeans)
    {
        _theta = theta;
        _overallCovariateMeans = overallCovariateMeans;
    }

    public IReadOnlyList<double> Theta => _theta.ToArray();

    public static Cuped Fit(IReadOnlyList<CovariateMoments> arms)
    {
        var k = arms[0].Covariates.Count;
        var scatter = Matrix<double>.Build.Dense(k, k);
        var crossScatter = Vector<double>.Build.Dense(k);
        foreach (var arm in arms.Where(a => a.Count >= 2))
        {
            for (var i = 0; i < k; i++)
            {
                crossScatter[i] += arm.CovarianceWithOutcome(i) * (arm.Count - 1);
                for (var j = 0; j < k; j++)
                {
                    scatter[i, j] += arm.Covariance(i, j) * (arm.Count - 1);
                }
            }
        }

        var total = arms.Sum(a => a.Count);
        var means = Vector<double>.Build.Dense(k, i => total == 0 ? 0 : arms.Sum(a => a.Covariates[i].Sum) / total);
        return new Cuped(Solve(scatter, crossScatter), means);
    }

    // A covariate without spread says nothing (θ = 0 for it); the pseudo-inverse (an SVD) is only for covariates in
    // lockstep, as a plain solve is far cheaper.
    private static Vector<double> Solve(Matrix<double> scatter, Vector<double> crossScatter)
    {
        var theta = Vector<double>.Build.Dense(crossScatter.Count);
        var spread = Enumerable.Range(0, crossScatter.Count).Where(i => scatter[i, i] > 0).ToArray();
        if (spread.Length == 0)
        {
            return theta;
        }

        var matrix = Matrix<double>.Build.Dense(spread.Length, spread.Length, (i, j) => scatter[spread[i], spread[j]]);
        var vector = Vector<double>.Build.Dense(spread.Length, i => crossScatter[spread[i]]);
        var diagonal = matrix.Diagonal().Aggregate(1.0, (product, value) => product * value);
        var solved = matrix.Determinant() > 1e-9 * diagonal ? matrix.Solve(vector) : matrix.PseudoInverse() * vector;
        for (var i = 0; i < spread.Length; i++)
        {
            theta[spread[i]] = solved[i];
        }

        return theta;
    }

    /// <summary>The arm's adjusted outcome Y − θ·(X − μ_X) as moments, ready for the same tests as the raw outcome.</summary>
    public SampleMoments Adjust(CovariateMoments arm)
    {
        var n = arm.Count;
        if (n == 0)
        {
            return arm.Outcome;
        }

        var k = _theta.Count;
        var armMeans = Vector<double>.Build.Dense(k, i => arm.Covariates[i].Mean);
        var mean = arm.Outcome.Mean - (_theta * (armMeans - _overallCovariateMeans));
        var covarianceWithOutcome = Vector<double>.Build.Dense(k, arm.CovarianceWithOutcome);
        var covariance = Matrix<double>.Build.Dense(k, k, arm.Covariance);
        var variance = Math.Max(0, arm.Outcome.Variance - (2 * (_theta * covarianceWithOutcome)) + (_theta * covariance * _theta));
        return new SampleMoments(n, n * mean, ((n - 1) * variance) + (n * mean * mean));
    }

    /// <summary>The share of the difference's variance the adjustment removed (0 when there is nothing to remove).</summary>
    public static double VarianceReduction(SampleMoments treatment, SampleMoments control, SampleMoments adjustedTreatment, SampleMoments adjustedControl)
    {
        var raw = treatment.VarianceOfMean + control.VarianceOfMean;
        return raw <= 0 ? 0 : 1 - ((adjustedTreatment.VarianceOfMean + adjustedControl.VarianceOfMean) / raw);
    }
}
