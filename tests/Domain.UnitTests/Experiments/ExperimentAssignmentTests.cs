using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.UnitTests.Experiments;

public sealed class ExperimentAssignmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SplitsManyUsersCloseToTheWeightsAndGivesEachTheSameVariantEveryTime()
    {
        var experiment = Running(Draft(("control", 20), ("b", 30), ("c", 50)));
        var users = Enumerable.Range(0, 30_000).Select(_ => Guid.NewGuid()).ToList();

        var first = users.Select(u => experiment.Assign(u)!.Key).ToList();
        var again = users.Select(u => experiment.Assign(u)!.Key).ToList();

        Assert.Equal(first, again);
        Assert.InRange(first.Count(k => k == "control") / 30_000.0, 0.19, 0.21);
        Assert.InRange(first.Count(k => k == "b") / 30_000.0, 0.29, 0.31);
        Assert.InRange(first.Count(k => k == "c") / 30_000.0, 0.49, 0.51);
    }

    // 3076: the first eight bytes of SHA-256("salt:0190f3a45b6c7d8e9fa0b1c2d3e4f506") mod 10,000, computed apart (Python hashlib).
    [Fact]
    public void BucketsAreAStableFunctionOfSaltAndUser()
    {
        var user = Guid.Parse("0190f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506");

        Assert.Equal(ExperimentBuckets.Of("salt", user), ExperimentBuckets.Of("salt", user));
        Assert.Equal(3076, ExperimentBuckets.Of("salt", user));
        Assert.NotEqual(ExperimentBuckets.Of("salt", user), ExperimentBuckets.Of("other", user));
    }

    [Fact]
    public void LayeredExperimentsTakeDisjointRangesAndNeverShareAUser()
    {
        var a = Draft(("control", 50), ("b", 50), layer: "home", share: 30);
        var b = Draft(("control", 50), ("b", 50), layer: "home", share: 70);
        a.Start(Now, []);
        b.Start(Now, [(a.LayerStart, a.LayerEnd)]);
        var users = Enumerable.Range(0, 5_000).Select(_ => Guid.NewGuid()).ToList();

        Assert.Equal((0, 3000, 3000, 10_000), (a.LayerStart, a.LayerEnd, b.LayerStart, b.LayerEnd));
        Assert.All(users, u => Assert.True(a.Assign(u) is null ^ b.Assign(u) is null));
        Assert.Equal(
            ExperimentErrors.LayerFullCode,
            Assert.Throws<DomainException>(() => Draft(("control", 50), ("b", 50), layer: "home", share: 10)
                .Start(Now, [(a.LayerStart, a.LayerEnd), (b.LayerStart, b.LayerEnd)])).Code);
    }

    [Fact]
    public void APriceVariantMustLieBetweenTheGuardrailsLowestAndTheListPrice()
    {
        var experiment = Experiment.Draft(
            "price", "Price", ExperimentSurface.OfferPrice, [new("control", 50, null, null), new("b", 50, null, 1900)],
            ExperimentMetric.Conversion, 7, Now, null, OfferRef.ForCourse(Guid.NewGuid()));

        var error = Assert.Throws<DomainException>(() => experiment.CheckPrices(4900, PriceGuardrails.Of(2000, 100, false)));
        experiment.CheckPrices(4900, PriceGuardrails.Of(1000, 100, false));

        Assert.Equal(ExperimentErrors.PriceOutOfRangeCode, error.Code);
    }

    private static Experiment Draft(params (string Key, int Weight)[] variants) => Draft(variants, null, 100);

    private static Experiment Draft((string Key, int Weight) control, (string Key, int Weight) b, string layer, int share) =>
        Draft([control, b], layer, share);

    private static Experiment Draft((string Key, int Weight)[] variants, string? layer, int share) =>
        Experiment.Draft(
            $"exp-{Guid.NewGuid():N}",
            new ExperimentDefinition(
                "Experiment", ExperimentSurface.CoursePage, [.. variants.Select(v => new ExperimentVariant(v.Key, v.Weight, null, null))],
                ExperimentMetric.Conversion, 7, Layer: layer, LayerSharePercent: share),
            Now,
            null);

    private static Experiment Running(Experiment experiment)
    {
        experiment.Start(Now);
        return experiment;
    }
}
