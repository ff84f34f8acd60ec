using System.Text.Json;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Scaling;

/// <summary>
/// The recommender model on two nodes sharing PostgreSQL: whichever node an admin's training reaches publishes the new
/// version to the database, and both nodes, the leader too, serve it within a few polls.
/// </summary>
public sealed class RecommenderModelClusterTests
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Many polls: loading a published model takes a moment on a busy machine.</summary>
    private static readonly TimeSpan SwapLimit = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task BothNodesServeEachVersionEitherNodePublishes()
    {
        await using var nodes = await TwoPostgreSqlNodes.StartAsync(new Dictionary<string, string?>
        {
            ["Cluster:ModelPollInterval"] = PollInterval.ToString(),
            ["Cluster:LeaseCheckInterval"] = PollInterval.ToString(),
        });
        await SeedLearnersAsync(nodes.A);
        using var adminOnA = await nodes.A.AdminClientAsync();
        using var adminOnB = await nodes.B.AdminClientAsync();

        var publishedByB = await TrainAsync(adminOnB);
        var servedByA = await ServedVersionEventuallyAsync(adminOnA, publishedByB);
        var publishedByA = await TrainAsync(adminOnA);
        var servedByB = await ServedVersionEventuallyAsync(adminOnB, publishedByA);

        Assert.Equal(publishedByB, servedByA);
        Assert.Equal(publishedByB + 1, publishedByA);
        Assert.Equal(publishedByA, servedByB);
        Assert.Equal(publishedByA, await ServedVersionAsync(adminOnA));
    }

    /// <summary>Four published courses and three consenting learners who viewed them: enough to train on.</summary>
    private static async Task SeedLearnersAsync(KnowledgePayApp node)
    {
        var (creator, category) = (ACreator(), ACategory());
        var courses = Enumerable.Range(0, 4).Select(_ => ACourse().By(creator).In(category).Published().Build()).ToList();
        var now = DateTimeOffset.UtcNow;
        var seeded = new List<object> { creator, category };
        seeded.AddRange(courses);
        foreach (var learner in Enumerable.Range(0, 3))
        {
            var user = User.SignUp($"o_cluster_learner_{learner}", null, EncryptedSessionKey.Of("test", now), now);
            user.SetPersonalisationConsent(true, "test", now);
            seeded.Add(user);
            seeded.AddRange(courses.Take(3 + (learner % 2)).Select((course, n) => BehaviourEvent.Track(
                user.Id, $"v{n}", BehaviourEventKind.View, course.Id, null, null, null, now.AddHours(-1), now)));
        }

        await node.AddAsync([.. seeded]);
    }

    private static async Task<long> TrainAsync(HttpClient admin)
    {
        var trained = (await admin.QueryAsync(
            "mutation { trainRecommender { model { version } errors { __typename } } }")).GetProperty("trainRecommender");
        Assert.Empty(trained.PayloadErrors());
        return trained.GetProperty("model").GetProperty("version").GetInt64();
    }

    private static Task<long?> ServedVersionEventuallyAsync(HttpClient admin, long version) =>
        TwoPostgreSqlNodes.EventuallyAsync(() => ServedVersionAsync(admin), served => served == version, SwapLimit);

    private static async Task<long?> ServedVersionAsync(HttpClient admin)
    {
        var model = (await admin.QueryAsync("{ recommenderModel { version } }")).GetProperty("recommenderModel");
        return model.ValueKind == JsonValueKind.Null ? null : model.GetProperty("version").GetInt64();
    }
}
