using KnowledgePay.Recommender.Serving;
using static KnowledgePay.Recommender.UnitTests.Serving.HandBuiltModel;

namespace KnowledgePay.Recommender.UnitTests.Serving;

public sealed class RecommenderModelHolderTests
{
    [Fact]
    public void ServesOnlyNewerVersions()
    {
        var holder = new RecommenderModelHolder();
        var second = Versioned(2);

        Assert.True(holder.TryPublish(second));
        Assert.False(holder.TryPublish(Versioned(1)));
        Assert.Same(second, holder.Current);
    }

    [Fact]
    public async Task ReadersNeverSeeATornModelWhileModelsAreSwapped()
    {
        var holder = new RecommenderModelHolder();
        holder.TryPublish(Versioned(1));
        using var stop = new CancellationTokenSource();
        var torn = 0;
        var reads = 0;

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Every course of version v scores v for this user: a mixed model would break the equality.
                var model = holder.Current!;
                var picks = TopKRecommender.Recommend(model, Request(3));
                if (picks.Any(pick => pick.Score != model.Version) || picks.Count != 3)
                {
                    Interlocked.Increment(ref torn);
                }

                Interlocked.Increment(ref reads);
            }
        })).ToArray();
        for (var version = 2; version <= 300; version++)
        {
            var readsBefore = Volatile.Read(ref reads);
            Assert.True(holder.TryPublish(Versioned(version)));
            SpinWait.SpinUntil(() => Volatile.Read(ref reads) > readsBefore + 4, TimeSpan.FromSeconds(1));
        }

        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(0, torn);
        Assert.True(reads > 300, $"{reads} reads");
        Assert.Equal(300, holder.Current!.Version);
    }

    private static RecommenderModel Versioned(long version) => With(
        [.. Enumerable.Range(0, 50).Select(course => (Course($"c{course}", $"k{course % 5}"), (float)version, 0f))],
        readerIdVector: (1f, 0f),
        version: version);
}
