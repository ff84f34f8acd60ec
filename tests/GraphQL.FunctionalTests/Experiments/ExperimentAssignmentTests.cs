using KnowledgePay.Domain.Segments;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Experiments;

/// <summary>experimentVariant over HTTP: sticky hashed assignment, exposure logged once, layers, targeting.</summary>
public abstract class ExperimentAssignmentTests(KnowledgePayApp app) : ExperimentTest(app)
{
    [Fact]
    public async Task EachLearnerKeepsTheVariantTheHashGivesAndTheSplitFollowsTheWeights()
    {
        await StartedAsync(await AdminAsync(), "layout", PageFields());
        var seen = new List<(string First, string Again, string? Assigned)>();

        for (var i = 0; i < 60; i++)
        {
            var learner = await LearnerAsync($"o_split_{i}", i);
            var first = await VariantAsync(learner.Client, "layout");
            var again = await VariantAsync(learner.Client, "layout");
            seen.Add((first.GetProperty("variant").GetString()!, again.GetProperty("variant").GetString()!, await AssignedAsync("layout", learner)));
        }

        Assert.All(seen, s => Assert.Equal((s.First, s.First), (s.Again, s.Assigned)));
        Assert.InRange(seen.Count(s => s.First == "b"), 18, 42);
        Assert.Equal(60, await ExposuresAsync("layout"));
    }

    [Fact]
    public async Task ParallelFirstRequestsOfOneLearnerLogOneExposure()
    {
        await StartedAsync(await AdminAsync(), "layout", PageFields());
        var learner = await SignInAsync("o_parallel");

        var variants = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => VariantAsync(learner.Client, "layout")));

        Assert.Single(variants.Select(v => v.GetProperty("variant").GetString()).Distinct());
        Assert.All(variants, v => Assert.True(v.GetProperty("exposed").GetBoolean()));
        Assert.Equal(1, await ExposuresAsync("layout"));
    }

    [Fact]
    public async Task ExperimentsOfOneLayerNeverShareALearnerAndAFullLayerRefusesAnother()
    {
        var admin = await AdminAsync();
        await StartedAsync(admin, "home-a", PageFields(layer: "home", layerSharePercent: 50));
        await StartedAsync(admin, "home-b", PageFields(layer: "home", layerSharePercent: 50));
        var third = (await MutateAsync(admin, CreateMutation, new { key = "home-c", experiment = PageFields(layer: "home", layerSharePercent: 10) }, "createExperiment"))
            .GetProperty("experiment").GetProperty("id").GetString()!;

        var full = await MutateAsync(admin, StartMutation, new { experimentId = third }, "startExperiment");
        var inBoth = 0;
        var inA = 0;
        for (var i = 0; i < 30; i++)
        {
            var learner = await LearnerAsync($"o_layer_{i}", i);
            var a = (await VariantAsync(learner.Client, "home-a")).GetProperty("exposed").GetBoolean();
            var b = (await VariantAsync(learner.Client, "home-b")).GetProperty("exposed").GetBoolean();
            inBoth += a && b ? 1 : 0;
            inA += a ? 1 : 0;
            Assert.True(a || b);
        }

        Assert.Equal([("ExperimentLayerFullError", "EXPERIMENT_LAYER_FULL")], full.PayloadErrors());
        Assert.Equal(0, inBoth);
        Assert.InRange(inA, 5, 25);
        Assert.Equal([(0, 5000), (5000, 10000)], (await App.ReadAsync(db => db.Experiments.AsNoTracking()
            .Where(e => e.Layer == "home" && e.Key != "home-c").OrderBy(e => e.LayerStart).ToListAsync())).Select(e => (e.LayerStart, e.LayerEnd)));
    }

    [Fact]
    public async Task OnlyTargetedLearnersAreExposedAndEveryoneElseSeesTheControl()
    {
        var admin = await AdminAsync();
        var segmentId = Guid.NewGuid();
        await StartedAsync(admin, "ios-only", PageFields(platforms: ["IOS"]));
        await StartedAsync(admin, "in-segment", PageFields(segmentId: GlobalId.Encode("Segment", segmentId)));
        await StartedAsync(admin, "returning", PageFields(audience: "RETURNING_LEARNERS"));
        var iphone = await SignInAsync("o_iphone");
        iphone.Client.DefaultRequestHeaders.Add("X-Client-Platform", "ios");
        var android = await SignInAsync("o_android");
        android.Client.DefaultRequestHeaders.Add("X-Client-Platform", "android");
        await App.AddAsync(SegmentMember.Of(segmentId, UserGuid(iphone), Epoch));

        var iphoneSees = new[] { "ios-only", "in-segment", "returning" }.Select(key => VariantAsync(iphone.Client, key)).ToList();
        var androidSees = new[] { "ios-only", "in-segment", "returning" }.Select(key => VariantAsync(android.Client, key)).ToList();
        var exposed = (await Task.WhenAll(iphoneSees)).Select(v => v.GetProperty("exposed").GetBoolean()).ToList();
        var androidVariants = await Task.WhenAll(androidSees);

        Assert.Equal([true, true, false], exposed);
        Assert.All(androidVariants, v => Assert.Equal(("control", false), (v.GetProperty("variant").GetString(), v.GetProperty("exposed").GetBoolean())));
        Assert.Equal("""{"layout":"classic"}""", androidVariants[0].GetProperty("payload").GetString());
        Assert.Equal(2, await App.ReadAsync(db => db.ExperimentExposures.CountAsync()));
    }

    [Fact]
    public async Task AStoppedExperimentShowsEveryoneTheControlAndAnUnknownKeyNothing()
    {
        var admin = await AdminAsync();
        var id = await StartedAsync(admin, "layout", PageFields());
        var learner = await LearnerAssignedAsync("layout", "b", "stop");
        var during = await VariantAsync(learner.Client, "layout");

        await MutateAsync(admin, StopMutation, new { experimentId = id, decision = "No difference." }, "stopExperiment");
        var after = await VariantAsync(learner.Client, "layout");
        var unknown = await VariantAsync(learner.Client, "nothing-here");

        Assert.Equal("b", during.GetProperty("variant").GetString());
        Assert.Equal(("control", false), (after.GetProperty("variant").GetString(), after.GetProperty("exposed").GetBoolean()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.ValueKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExperimentAssignmentTestsOnSqlite(SqliteApp app) : ExperimentAssignmentTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ExperimentAssignmentTestsOnPostgreSql(PostgreSqlApp app) : ExperimentAssignmentTests(app);
