using Xunit.Abstractions;

namespace KnowledgePay.Application.UnitTests.Experiments;

/// <summary>
/// The analysis checked by simulation (issue 14, item 3): the figures it prints are the ones in docs/benchmarks.md
/// (<c>dotnet test tests/Application.UnitTests --filter ExperimentSimulationTests --logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class ExperimentSimulationTests(ITestOutputHelper output)
{
    private const int Experiments = 1000;

    [Fact]
    public void AaExperimentsReadEveryDayKeepFalsePositivesAtFivePercentWhileANaiveTestDoesNot()
    {
        var (alwaysValid, naive) = SimulatedExperiments.ShareDeclaredAtAnyLook(Experiments, 2000, SimulatedExperiments.BaselineConversion, seed: 14);

        output.WriteLine($"A/A, {Experiments} experiments x {SimulatedExperiments.Days} daily looks, 2,000 users/day: " +
            $"always-valid false positives {alwaysValid:P1}, naive fixed-horizon {naive:P1}");
        Assert.True(alwaysValid <= 0.05, $"always-valid false-positive rate {alwaysValid:P1}");
        Assert.True(naive > 0.05, $"naive false-positive rate {naive:P1}");
    }

    [Fact]
    public void APlantedFivePercentLiftIsDetectedWithEightyPercentPowerAtTheRecommendedSampleSize()
    {
        var recommended = SimulatedExperiments.RecommendedUsers();
        var perDay = (recommended + SimulatedExperiments.Days - 1) / SimulatedExperiments.Days;

        var (power, _) = SimulatedExperiments.ShareDeclaredAtAnyLook(
            Experiments, perDay, SimulatedExperiments.BaselineConversion * (1 + SimulatedExperiments.Lift), seed: 15, favourable: true);

        output.WriteLine($"5 % lift on 10 % conversion: recommended {recommended:N0} users ({perDay:N0}/day over " +
            $"{SimulatedExperiments.Days} days); detected by the always-valid test in {power:P1} of {Experiments} experiments");
        Assert.True(power >= 0.8, $"power {power:P1}");
    }

    [Fact]
    public void CupedRemovesAtLeastThirtyPercentOfTheRevenueVarianceWhenThePastPredictsIt()
    {
        var (reported, measured) = SimulatedExperiments.CupedVarianceReduction(200, 2000, seed: 16);

        output.WriteLine($"CUPED on revenue per user, 200 experiments x 2 x 2,000 users: reported variance reduction {reported:P1}, measured across runs {measured:P1}");
        Assert.True(reported >= 0.3, $"reported {reported:P1}");
        Assert.True(measured >= 0.3, $"measured {measured:P1}");
    }

    [Fact]
    public void AFiftyTwoFortyEightSplitRaisesTheSampleRatioAlarmWhileAFairSplitRarelyDoes()
    {
        var skewed = SimulatedExperiments.SampleRatioAlarmRate(Experiments, 20_000, 0.52, seed: 17);
        var fair = SimulatedExperiments.SampleRatioAlarmRate(Experiments, 20_000, 0.50, seed: 18);

        output.WriteLine($"SRM at 20,000 users, {Experiments} splits each: 52/48 alarms {skewed:P1}, 50/50 alarms {fair:P1}");
        Assert.True(skewed >= 0.95, $"52/48 alarm rate {skewed:P1}");
        Assert.True(fair <= 0.01, $"50/50 alarm rate {fair:P1}");
    }
}
