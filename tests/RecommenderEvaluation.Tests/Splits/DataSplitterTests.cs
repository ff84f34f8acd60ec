using KnowledgePay.RecommenderEvaluation.Data;
using KnowledgePay.RecommenderEvaluation.Splits;

namespace KnowledgePay.RecommenderEvaluation.Tests.Splits;

public sealed class DataSplitterTests
{
    private static readonly Interaction[] Interactions = SyntheticData.LowRankRatings(seed: 3, users: 40, items: 60);

    [Fact]
    public void RandomSplitPartitionsTheDataWithoutLeakage()
    {
        var split = DataSplitter.RandomPerUser(Interactions, 0.2, seed: 1);

        AssertPartition(split);
    }

    [Fact]
    public void RandomSplitHoldsOutTwentyPercentOfEveryUser()
    {
        var split = DataSplitter.RandomPerUser(Interactions, 0.2, seed: 1);

        var testCounts = split.Test.CountBy(interaction => interaction.User).ToDictionary();
        foreach (var user in Interactions.CountBy(interaction => interaction.User))
        {
            Assert.Equal((int)Math.Round(user.Value * 0.2, MidpointRounding.AwayFromZero), testCounts.GetValueOrDefault(user.Key));
        }
    }

    [Fact]
    public void RandomSplitIsTheSameForTheSameSeedAndDiffersForAnother()
    {
        var first = DataSplitter.RandomPerUser(Interactions, 0.2, seed: 7);
        var again = DataSplitter.RandomPerUser(Interactions, 0.2, seed: 7);
        var other = DataSplitter.RandomPerUser(Interactions, 0.2, seed: 8);

        Assert.Equal(first.Test, again.Test);
        Assert.NotEqual(first.Test, other.Test);
    }

    [Fact]
    public void UserHoldoutHoldsOutWholeUsers()
    {
        var split = DataSplitter.UserHoldout(Interactions, 0.25, seed: 4);

        AssertPartition(split);
        var trainUsers = split.Train.Select(interaction => interaction.User).ToHashSet();
        var testUsers = split.Test.Select(interaction => interaction.User).ToHashSet();
        Assert.Empty(trainUsers.Intersect(testUsers));
        Assert.Equal(10, testUsers.Count);
        Assert.Null(split.Candidates);
    }

    [Fact]
    public void ItemHoldoutHoldsOutWholeItemsAndRanksOnlyThem()
    {
        var split = DataSplitter.ItemHoldout(Interactions, 0.2, seed: 4);

        AssertPartition(split);
        var trainItems = split.Train.Select(interaction => interaction.Item).ToHashSet();
        var testItems = split.Test.Select(interaction => interaction.Item).ToHashSet();
        Assert.Empty(trainItems.Intersect(testItems));
        Assert.Equal(12, testItems.Count);
        Assert.Equal(testItems.Order(), split.Candidates!);
    }

    [Fact]
    public void HoldoutsAreTheSameForTheSameSeedAndDifferForAnother()
    {
        Assert.Equal(DataSplitter.UserHoldout(Interactions, 0.2, 5).Test, DataSplitter.UserHoldout(Interactions, 0.2, 5).Test);
        Assert.NotEqual(DataSplitter.UserHoldout(Interactions, 0.2, 5).Test, DataSplitter.UserHoldout(Interactions, 0.2, 6).Test);
        Assert.Equal(DataSplitter.ItemHoldout(Interactions, 0.2, 5).Candidates, DataSplitter.ItemHoldout(Interactions, 0.2, 5).Candidates);
        Assert.NotEqual(DataSplitter.ItemHoldout(Interactions, 0.2, 5).Candidates, DataSplitter.ItemHoldout(Interactions, 0.2, 6).Candidates);
    }

    [Fact]
    public void FixedSplitIsTheTrainFileThenTheTestFile()
    {
        var data = InteractionCsvReader.ReadTrainAndTest(
            new StringReader("user,item,rating\na,x,4\nb,y,3\n"),
            new StringReader("user,item,rating\nb,x,5\n"));

        var split = DataSplitter.Fixed(data);

        Assert.Equal([new Interaction(0, 0, 4, 0), new Interaction(1, 1, 3, 0)], split.Train);
        Assert.Equal([new Interaction(1, 0, 5, 0)], split.Test);
    }

    [Fact]
    public void TimeSplitHoldsOutEachUsersLatestInteractions()
    {
        var split = DataSplitter.ByTimePerUser(Interactions, 0.2);

        AssertPartition(split);
        var latestTrain = split.Train.GroupBy(interaction => interaction.User).ToDictionary(group => group.Key, group => group.Max(interaction => interaction.Timestamp));
        Assert.All(split.Test, interaction => Assert.True(interaction.Timestamp >= latestTrain[interaction.User]));
    }

    [Fact]
    public void KFoldPutsEveryInteractionInExactlyOneTestFold()
    {
        var folds = DataSplitter.KFold(Interactions, 5, seed: 1).ToList();

        Assert.Equal(5, folds.Count);
        folds.ForEach(AssertPartition);
        Assert.Equal(Sorted(Interactions), Sorted(folds.SelectMany(fold => fold.Test)));
        Assert.All(folds, fold => Assert.InRange(fold.Test.Count, Interactions.Length / 5, Interactions.Length / 5 + 1));
    }

    private static void AssertPartition(DataSplit split)
    {
        Assert.Equal(Interactions.Length, split.Train.Count + split.Test.Count);
        Assert.Equal(Sorted(Interactions), Sorted(split.Train.Concat(split.Test)));
        var trainPairs = split.Train.Select(interaction => (interaction.User, interaction.Item)).ToHashSet();
        Assert.DoesNotContain(split.Test, interaction => trainPairs.Contains((interaction.User, interaction.Item)));
    }

    private static Interaction[] Sorted(IEnumerable<Interaction> interactions) =>
        interactions.OrderBy(interaction => interaction.User).ThenBy(interaction => interaction.Item).ToArray();
}
