using System.Text.Json;
using KnowledgePay.Domain.Segments;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.Segments.SegmentPopulation;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Segments;

/// <summary>
/// The purchase-propensity model learns a planted signal (learners who viewed a lot in the week before a cut-off pay an
/// order in the 7 days after it), reports its AUC on the later, held-out cut-off, writes a score per user that the
/// segment field reads, and refuses to publish what it learnt from too few buyers.
/// </summary>
public abstract class PropensityModelTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string TrainMutation = """
        mutation { trainPropensityModel { model { version trainingRows trainingPositives evaluationRows evaluationPositives auc published scoredUsers note } errors { __typename } } }
        """;

    [Fact]
    public async Task LearnsThePlantedSignalWithAnAucAboveSevenTenthsOnTheLaterWeekAndScoresEveryUser()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var hotNow = await PlantedAsync(learners: 300);

        var model = (await admin.Client.QueryAsync(TrainMutation)).GetProperty("trainPropensityModel").GetProperty("model");
        var shown = (await admin.Client.QueryAsync("{ propensityModel { version auc published } }")).GetProperty("propensityModel");

        Assert.True(model.GetProperty("published").GetBoolean(), model.GetProperty("note").GetString());
        var auc = model.GetProperty("auc").GetDouble();
        Assert.True(auc > 0.7, $"AUC {auc} on the held-out week.");
        Assert.Equal(1, shown.GetProperty("version").GetInt32());
        Assert.Equal(auc, shown.GetProperty("auc").GetDouble());
        Assert.True(model.GetProperty("evaluationPositives").GetInt32() > 0);
        var scores = await App.ReadAsync(db => db.PurchasePropensities.AsNoTracking().ToDictionaryAsync(s => s.UserId, s => s.Score));
        Assert.Equal(model.GetProperty("scoredUsers").GetInt32(), scores.Count);
        Assert.True(hotNow.Average(u => scores[u]) > scores.Where(s => !hotNow.Contains(s.Key)).Average(s => s.Value) + 0.3);

        var segment = (await admin.Client.QueryAsync(
            "mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id memberCount } errors { __typename } } }",
            new { input = new { name = "7天内可能购买", rule = SegmentTests.Cond("purchasePropensity7d", "AT_LEAST", "0.5") } }))
            .GetProperty("createSegment").GetProperty("segment");
        var members = await App.ReadAsync(db => db.SegmentMembers.Select(m => m.UserId).ToListAsync());
        Assert.Equal(scores.Where(s => s.Value >= 0.5).Select(s => s.Key).Order(), members.Order());
        Assert.Equal(members.Count, segment.GetProperty("memberCount").GetInt32());
        Assert.True(members.Count(hotNow.Contains) > members.Count / 2, "Most learners it selects are those who viewed a lot this week.");
    }

    [Fact]
    public async Task TooFewBuyersRecordAnUnpublishedTrainingAndKeepThePreviousScores()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var now = App.Clock.GetUtcNow();
        var learner = AUser("o_lone", now.AddDays(-90));
        await App.AddAsync(learner, PurchasePropensity.Of(learner.Id, 0.4, 0, now));

        var model = (await admin.Client.QueryAsync(TrainMutation)).GetProperty("trainPropensityModel").GetProperty("model");

        Assert.False(model.GetProperty("published").GetBoolean());
        Assert.StartsWith(SegmentErrors.TooFewPositivesCode, model.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("auc").ValueKind);
        Assert.Equal(0.4, await App.ReadAsync(db => db.PurchasePropensities.Select(s => s.Score).SingleAsync()));
    }

    /// <summary>
    /// Learners over five weekly cut-offs and the current week: in a "hot" week a learner views six times in the days
    /// before the cut-off and pays 2 days after it; otherwise they view at most once and pay with a small chance.
    /// Returns the learners hot in the current week (not yet labelled), whom a good model scores high.
    /// </summary>
    private async Task<HashSet<Guid>> PlantedAsync(int learners)
    {
        var now = App.Clock.GetUtcNow();
        var random = new Random(7);
        var creator = ACreator();
        var category = ACategory();
        var course = ACourse().By(creator).In(category).Build();
        var rows = new List<object> { creator, category, course };
        var hotNow = new HashSet<Guid>();
        for (var i = 0; i < learners; i++)
        {
            var learner = AUser($"o_planted_{i}", now.AddDays(-120));
            rows.Add(learner);
            for (var week = 5; week >= 0; week--)
            {
                var cutoff = now.AddDays(-7 * week);
                var hot = random.NextDouble() < 0.3;
                var views = hot ? 6 : random.Next(2);
                rows.AddRange(Enumerable.Range(0, views).Select(v => AView(learner.Id, course.Id, cutoff.AddDays(-1 - v % 5).AddHours(-v))));
                if (week == 0)
                {
                    if (hot)
                    {
                        hotNow.Add(learner.Id);
                    }
                }
                else if (hot || random.NextDouble() < 0.05)
                {
                    var at = cutoff.AddDays(hot ? 2 : 3);
                    rows.Add(AnOrder(learner.Id, course, 1990, at, at.AddMinutes(5)));
                }
            }
        }

        await App.AddAsync([.. rows]);
        return hotNow;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PropensityModelTestsOnSqlite(SqliteApp app) : PropensityModelTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PropensityModelTestsOnPostgreSql(PostgreSqlApp app) : PropensityModelTests(app);
