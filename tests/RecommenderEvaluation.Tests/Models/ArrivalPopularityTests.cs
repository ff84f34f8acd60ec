using KnowledgePay.RecommenderEvaluation.Data;
using KnowledgePay.RecommenderEvaluation.Models;

namespace KnowledgePay.RecommenderEvaluation.Tests.Models;

public sealed class ArrivalPopularityTests
{
    private const long Day = 86_400;

    // User 9 arrives on day 10: item 0 was taken on day 9 and day 0, item 1 on day 10 (too late), item 2 on day 8.
    private static readonly Interaction[] Training =
        [new(0, 0, 1, 9 * Day), new(1, 0, 1, 0), new(0, 1, 1, 10 * Day), new(1, 2, 1, 8 * Day)];

    [Fact]
    public void CountsOnlyWhatCameBeforeTheArrivalDecayedByAge()
    {
        var popularity = new ArrivalPopularity(new Dictionary<int, long> { [9] = 10 * Day }, halfLifeDays: 1);

        var values = popularity.For(9, Training, itemCount: 3);

        Assert.Equal(0.5f + MathF.Pow(0.5f, 10), values[0], 1e-6f);
        Assert.Equal(0f, values[1]);
        Assert.Equal(0.25f, values[2], 1e-6f);
    }

    [Fact]
    public void CountsEverythingAlikeForAUserWhoCameBeforeAnyone()
    {
        var popularity = new ArrivalPopularity(new Dictionary<int, long> { [9] = 0 }, halfLifeDays: 1);

        Assert.Equal([2f, 1f, 1f], popularity.For(9, Training, itemCount: 3));
    }

    [Fact]
    public void TakesEachUsersFirstTimestampAsTheirArrival()
    {
        Assert.Equal(new Dictionary<int, long> { [0] = 9 * Day, [1] = 0 }, ArrivalPopularity.FirstTimestamps(Training));
    }
}
