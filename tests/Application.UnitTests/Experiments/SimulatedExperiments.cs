using KnowledgePay.Application.Experiments.Analysis;
using KnowledgePay.Application.Experiments.Analysis.Results;
using KnowledgePay.Domain.Experiments;
using MathNet.Numerics.Distributions;

namespace KnowledgePay.Application.UnitTests.Experiments;

/// <summary>
/// Experiments played out day by day with fixed seeds, analysed after every day by <see cref="ExperimentAnalysis"/> from
/// running per-variant sums (each look costs the same however many users there are), as an operator peeking daily would.
/// </summary>
internal static class SimulatedExperiments
{
    public const int Days = 28;
    public const double BaselineConversion = 0.10;
    public const double Lift = 0.05;

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Experiment FiftyFifty(ExperimentMetric metric = ExperimentMetric.Conversion)
    {
        var experiment = Experiment.Draft(
            "simulated", "Simulated", ExperimentSurface.CoursePage, [new("control", 50, null, null), new("b", 50, null, null)],
            metric, 7, Start, null);
        experiment.Start(Start);
        return experiment;
    }

    /// <summary>What the tool recommends for a 5 % lift on a 10 % conversion rate, from a baseline measured exactly.</summary>
    public static long RecommendedUsers()
    {
        var baseline = new VariantSums { VariantKey = "control", Users = 1_000_000, Converted = (long)(1_000_000 * BaselineConversion) };
        var treatment = baseline with { VariantKey = "b" };
        return ExperimentAnalysis.Analyse(FiftyFifty(), [baseline, treatment], Lift).RecommendedExposedUsers!.Value;
    }

    /// <summary>
    /// Runs <paramref name="experiments"/> conversion experiments of <see cref="Days"/> days with <paramref name="usersPerDay"/>
    /// users a day split 50/50 (a random split is the sample-ratio check's concern, simulated there), the variant converting at <paramref name="variantRate"/>; returns the share the
    /// always-valid test declared significant (in the variant's favour when <paramref name="favourable"/>) on any day, and
    /// the share a fixed-horizon test read the same way would have.
    /// </summary>
    public static (double AlwaysValid, double NaiveFixedHorizon) ShareDeclaredAtAnyLook(
        int experiments, long usersPerDay, double variantRate, int seed, bool favourable = false)
    {
        var random = new Random(seed);
        var experiment = FiftyFifty();
        int alwaysValid = 0, naive = 0;
        for (var run = 0; run < experiments; run++)
        {
            var control = new VariantSums { VariantKey = "control" };
            var variant = new VariantSums { VariantKey = "b" };
            bool declared = false, naiveDeclared = false;
            for (var day = 0; day < Days && !(declared && naiveDeclared); day++)
            {
                var half = (int)(usersPerDay / 2);
                control = Add(control, half, Successes(random, BaselineConversion, half));
                variant = Add(variant, half, Successes(random, variantRate, half));

                var comparison = ExperimentAnalysis.Analyse(experiment, [control, variant], Lift).Variants[1].ConversionVsControl!;
                declared |= comparison.Significant && (!favourable || comparison.Difference > 0);
                naiveDeclared |= comparison.FixedHorizon is { } interval && (interval.Lower > 0 || interval.Upper < 0);
            }

            alwaysValid += declared ? 1 : 0;
            naive += naiveDeclared ? 1 : 0;
        }

        return ((double)alwaysValid / experiments, (double)naive / experiments);
    }

    /// <summary>
    /// Revenue per user where a latent engagement drives both the 28 days before exposure (spend, activity) and the
    /// window after it; returns the variance reduction the tool reports (mean over runs) and the one measured: the
    /// variance across runs of the CUPED difference over that of the plain difference.
    /// </summary>
    public static (double Reported, double Measured) CupedVarianceReduction(int experiments, int usersPerArm, int seed)
    {
        var random = new Random(seed);
        var experiment = FiftyFifty(ExperimentMetric.RevenuePerUser);
        var plain = new List<double>();
        var adjusted = new List<double>();
        var reported = 0.0;
        for (var run = 0; run < experiments; run++)
        {
            var arms = new[] { SimulateRevenue(random, "control", usersPerArm, 1), SimulateRevenue(random, "b", usersPerArm, 1 + Lift) };
            var comparison = ExperimentAnalysis.Analyse(experiment, arms, Lift).Variants[1].RevenuePerUserVsControl!;
            plain.Add(comparison.Difference);
            adjusted.Add(comparison.CupedDifference);
            reported += comparison.VarianceReduction;
        }

        return (reported / experiments, 1 - (Variance(adjusted) / Variance(plain)));
    }

    /// <summary>The share of <paramref name="experiments"/> splits of <paramref name="users"/> at <paramref name="controlShare"/> that raise the SRM alarm against 50/50.</summary>
    public static double SampleRatioAlarmRate(int experiments, int users, double controlShare, int seed)
    {
        var random = new Random(seed);
        var alarms = 0;
        for (var run = 0; run < experiments; run++)
        {
            var control = Binomial.Sample(random, controlShare, users);
            alarms += SampleRatioCheck.Of([control, users - control], [50, 50]).Alarm ? 1 : 0;
        }

        return (double)alarms / experiments;
    }

    /// <summary>
    /// A Binomial(<paramref name="trials"/>, <paramref name="rate"/>) draw by skipping from success to success with
    /// geometric gaps: exact, and about trials × rate draws instead of one per trial.
    /// </summary>
    private static int Successes(Random random, double rate, int trials)
    {
        var successes = 0;
        for (long position = Geometric.Sample(random, rate); position <= trials; position += Geometric.Sample(random, rate))
        {
            successes++;
        }

        return successes;
    }

    private static VariantSums Add(VariantSums sums, int users, int converted) =>
        sums with { Users = sums.Users + users, Converted = sums.Converted + converted };

    private static VariantSums SimulateRevenue(Random random, string key, int users, double multiplier)
    {
        double revenue = 0, revenueSquares = 0, spend = 0, spendSquares = 0, activity = 0, activitySquares = 0;
        double spendActivity = 0, spendRevenue = 0, activityRevenue = 0;
        long converted = 0;
        for (var i = 0; i < users; i++)
        {
            var engagement = Gamma.Sample(random, 2, 1);
            var pastSpend = Math.Max(0, Math.Round(3000 * engagement * LogNormal.Sample(random, 0, 0.4)));
            var pastActivity = (double)Poisson.Sample(random, 4 * engagement);
            var buys = random.NextDouble() < engagement / (engagement + 1);
            var paid = buys ? Math.Round(2500 * multiplier * engagement * LogNormal.Sample(random, 0, 0.4)) : 0;
            converted += buys ? 1 : 0;
            revenue += paid;
            revenueSquares += paid * paid;
            spend += pastSpend;
            spendSquares += pastSpend * pastSpend;
            activity += pastActivity;
            activitySquares += pastActivity * pastActivity;
            spendActivity += pastSpend * pastActivity;
            spendRevenue += pastSpend * paid;
            activityRevenue += pastActivity * paid;
        }

        return new VariantSums
        {
            VariantKey = key,
            Users = users,
            Converted = converted,
            Revenue = revenue,
            RevenueSquares = revenueSquares,
            Spend = spend,
            SpendSquares = spendSquares,
            Activity = activity,
            ActivitySquares = activitySquares,
            SpendActivity = spendActivity,
            SpendRevenue = spendRevenue,
            ActivityRevenue = activityRevenue,
        };
    }

    private static double Variance(List<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }
}
