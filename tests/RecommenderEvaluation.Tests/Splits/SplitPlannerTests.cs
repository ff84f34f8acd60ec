using KnowledgePay.RecommenderEvaluation.Cli;
using KnowledgePay.RecommenderEvaluation.Data;
using KnowledgePay.RecommenderEvaluation.Splits;

namespace KnowledgePay.RecommenderEvaluation.Tests.Splits;

public sealed class SplitPlannerTests
{
    private static readonly InteractionData Data = new(
        SyntheticData.LowRankRatings(seed: 3, users: 40, items: 60),
        [.. Enumerable.Range(0, 40).Select(user => $"u{user}")],
        [.. Enumerable.Range(0, 60).Select(item => $"i{item}")]);

    [Theory]
    [InlineData(SplitKind.Random)]
    [InlineData(SplitKind.UserHoldout)]
    [InlineData(SplitKind.ItemHoldout)]
    public void RepeatsUseConsecutiveSplitSeeds(SplitKind kind)
    {
        var splits = SplitPlanner.Plan(kind, Data, 0.2, folds: 5, seed: 7, repeats: 3);

        Assert.Equal(3, splits.Count);
        for (var repeat = 0; repeat < 3; repeat++)
        {
            Assert.Equal(SplitPlanner.Plan(kind, Data, 0.2, 5, seed: 7 + repeat, repeats: 1)[0].Test, splits[repeat].Test);
        }

        Assert.NotEqual(splits[0].Test, splits[1].Test);
    }

    [Theory]
    [InlineData(SplitKind.Random)]
    [InlineData(SplitKind.UserHoldout)]
    [InlineData(SplitKind.ItemHoldout)]
    [InlineData(SplitKind.Time)]
    public void ValidationNeverTouchesTheTestPart(SplitKind kind)
    {
        var test = SplitPlanner.Plan(kind, Data, 0.2, folds: 5, seed: 7, repeats: 1)[0].Test.ToHashSet();

        var validation = SplitPlanner.PlanValidation(kind, Data, 0.2, folds: 5, seed: 7, repeats: 2);

        Assert.NotEmpty(validation);
        Assert.All(validation, split => Assert.DoesNotContain(split.Train.Concat(split.Test), test.Contains));
    }

    [Fact]
    public void ItemHoldoutValidationRanksOnlyItemsHeldOutOfTheInnerTraining()
    {
        var outerItems = SplitPlanner.Plan(SplitKind.ItemHoldout, Data, 0.2, 5, seed: 7, repeats: 1)[0].Candidates!.ToHashSet();

        var inner = SplitPlanner.PlanValidation(SplitKind.ItemHoldout, Data, 0.2, 5, seed: 7, repeats: 1)[0];

        Assert.Empty(inner.Candidates!.Intersect(outerItems));
        Assert.Equal(inner.Test.Select(interaction => interaction.Item).Distinct().Order(), inner.Candidates!);
    }

    [Fact]
    public void FixedValidationSplitsTheTrainFileRandomly()
    {
        var data = InteractionCsvReader.ReadTrainAndTest(
            new StringReader("user,item\n" + string.Join('\n', Enumerable.Range(0, 50).Select(item => $"a,{item}")) + "\n"),
            new StringReader("user,item\na,test-only\n"));

        var validation = SplitPlanner.PlanValidation(SplitKind.Fixed, data, 0.2, 5, seed: 1, repeats: 1)[0];

        Assert.Equal(40, validation.Train.Count);
        Assert.Equal(10, validation.Test.Count);
        Assert.DoesNotContain(validation.Test, interaction => interaction.Item == 50);
    }
}
