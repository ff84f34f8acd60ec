using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Experiments;

/// <summary>Experiments through the API as an operator and the mini program use them: create → start → variants → stop.</summary>
public abstract class ExperimentTest(KnowledgePayApp app) : OrdersTest(app)
{
    protected const string Failure = "errors { __typename ... on Error { code message } }";

    protected const string ExperimentFields =
        "id key name surface status variants { key weight payload price } offerId audience platforms layer layerSharePercent layerStart layerEnd "
        + "primaryMetric conversionWindowDays startedAt stoppedAt winningVariantKey decision";

    protected const string CreateMutation =
        $"mutation($input: CreateExperimentInput!) {{ createExperiment(input: $input) {{ experiment {{ {ExperimentFields} }} {Failure} }} }}";

    protected const string UpdateMutation =
        $"mutation($input: UpdateExperimentInput!) {{ updateExperiment(input: $input) {{ experiment {{ {ExperimentFields} }} {Failure} }} }}";

    protected const string StartMutation =
        $"mutation($input: StartExperimentInput!) {{ startExperiment(input: $input) {{ experiment {{ {ExperimentFields} }} {Failure} }} }}";

    protected const string StopMutation =
        $"mutation($input: StopExperimentInput!) {{ stopExperiment(input: $input) {{ experiment {{ {ExperimentFields} }} {Failure} }} }}";

    protected const string VariantQuery = "query($key: String!) { experimentVariant(key: $key) { key variant payload price exposed } }";

    /// <summary>A published course at <paramref name="priceFen"/> with a free preview and a paid lesson.</summary>
    protected async Task<Course> CourseAsync(long priceFen = 4900)
    {
        var category = ACategory();
        var creator = ACreator();
        var course = Course.Draft(creator.Id, category.Id, $"Experiment course {Next()}", "Lessons.", Money.Fen(priceFen), Epoch);
        var chapter = course.AddChapter("第一章");
        course.AddLesson(chapter.Id, new LessonContent("Preview", LessonKind.Video, 300, IsFreePreview: true, BodyOf(0), null));
        course.AddLesson(chapter.Id, new LessonContent("Paid", LessonKind.Video, 300, IsFreePreview: false, BodyOf(1), null));
        course.Publish(Epoch);
        await App.AddAsync(creator, category, course);
        return course;
    }

    /// <summary>A price experiment's definition on <paramref name="course"/>: the control at the list price, b at <paramref name="bPriceFen"/>.</summary>
    protected static object PriceFields(Course course, long bPriceFen, int controlWeight = 50) =>
        PriceFields(CourseId(course), bPriceFen, controlWeight);

    protected static object PriceFields(string courseId, long bPriceFen, int controlWeight = 50) => new
    {
        name = "Price test",
        surface = "OFFER_PRICE",
        courseId,
        variants = new object[] { new { key = "control", weight = controlWeight }, new { key = "b", weight = 100 - controlWeight, price = bPriceFen } },
        primaryMetric = "CONVERSION",
        conversionWindowDays = 7,
    };

    /// <summary>A page experiment's definition: variants control and b with JSON payloads.</summary>
    protected static object PageFields(
        string? layer = null, int layerSharePercent = 100, string audience = "EVERYONE", string[]? platforms = null, string? segmentId = null) => new
        {
            name = "Page layout",
            surface = "COURSE_PAGE",
            variants = new object[]
            {
                new { key = "control", weight = 50, payload = """{"layout":"classic"}""" },
                new { key = "b", weight = 50, payload = """{"layout":"video-first"}""" },
            },
            primaryMetric = "CONVERSION",
            conversionWindowDays = 7,
            layer,
            layerSharePercent,
            audience,
            platforms,
            segmentId,
        };

    protected static async Task<JsonElement> MutateAsync(Session session, string mutation, object input, string field)
    {
        var payload = (await session.Client.QueryAsync(mutation, new { input })).GetProperty(field);
        return payload;
    }

    /// <summary>Creates and starts an experiment as the admin; returns its global id.</summary>
    protected static async Task<string> StartedAsync(Session admin, string key, object fields)
    {
        var created = await MutateAsync(admin, CreateMutation, new { key, experiment = fields }, "createExperiment");
        Assert.Empty(created.PayloadErrors());
        var id = created.GetProperty("experiment").GetProperty("id").GetString()!;
        var started = await MutateAsync(admin, StartMutation, new { experimentId = id }, "startExperiment");
        Assert.Empty(started.PayloadErrors());
        return id;
    }

    protected static async Task<JsonElement> VariantAsync(HttpClient client, string key) =>
        (await client.QueryAsync(VariantQuery, new { key })).GetProperty("experimentVariant");

    /// <summary>The variant the stored experiment assigns the signed-in user (null: outside its share of the layer).</summary>
    protected async Task<string?> AssignedAsync(string key, Session learner)
    {
        var experiment = await App.ReadAsync(db => db.Experiments.AsNoTracking().SingleAsync(e => e.Key == key));
        return experiment.Assign(UserGuid(learner))?.Key;
    }

    /// <summary>Signs learners in (o_{prefix}_0, _1, …) until one is assigned <paramref name="variant"/> of <paramref name="key"/>.</summary>
    protected async Task<Session> LearnerAssignedAsync(string key, string variant, string prefix)
    {
        for (var i = 0; i < 40; i++)
        {
            var learner = await LearnerAsync($"o_{prefix}_{i}", i);
            if (await AssignedAsync(key, learner) == variant)
            {
                return learner;
            }
        }

        throw new InvalidOperationException($"No learner of 40 was assigned {variant}.");
    }

    /// <summary>
    /// Signs in the <paramref name="index"/>th of many learners of one test; the login throttle (per address and minute, and
    /// every test signs in from the same address) starts afresh every tenth, as minutes passing would let it.
    /// </summary>
    protected Task<Session> LearnerAsync(string openId, int index)
    {
        if (index % 10 == 9)
        {
            App.Services.GetRequiredService<ResettableLoginThrottle>().Reset();
        }

        return SignInAsync(openId);
    }

    protected Task<int> ExposuresAsync(string key) =>
        App.ReadAsync(db => db.ExperimentExposures.CountAsync(x => db.Experiments.Any(e => e.Id == x.ExperimentId && e.Key == key)));

    protected Task<Experiment> StoredAsync(string key) =>
        App.ReadAsync(db => db.Experiments.AsNoTracking().SingleAsync(e => e.Key == key));

    protected static Guid UserGuid(Session session) => GlobalId.Decode(session.UserId).Id;

    protected static string CourseId(Course course) => GlobalId.Encode("Course", course.Id);
}
