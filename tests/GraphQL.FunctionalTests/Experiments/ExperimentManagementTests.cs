using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Experiments;

/// <summary>Operators' experiment management over HTTP: lifecycle, typed errors that change nothing, the audit log, who may.</summary>
public abstract class ExperimentManagementTests(KnowledgePayApp app) : ExperimentTest(app)
{
    [Fact]
    public async Task AnAdminDraftsEditsStartsAndStopsAPriceExperimentAndTheAuditLogRecordsIt()
    {
        var course = await CourseAsync(4900);
        var admin = await AdminAsync();

        var created = await MutateAsync(admin, CreateMutation, new { key = "price-test", experiment = PriceFields(course, 3900) }, "createExperiment");
        var id = created.GetProperty("experiment").GetProperty("id").GetString()!;
        var updated = await MutateAsync(
            admin, UpdateMutation, new { experimentId = id, experiment = PriceFields(course, 2900, controlWeight: 60) }, "updateExperiment");
        var started = await MutateAsync(admin, StartMutation, new { experimentId = id }, "startExperiment");
        var stopped = await MutateAsync(
            admin, StopMutation, new { experimentId = id, decision = "b sells more at a lower price", winningVariantKey = "b" }, "stopExperiment");
        var listed = await admin.Client.QueryAsync("{ experiments(first: 5, where: { status: { eq: STOPPED } }) { totalCount nodes { key } } }");
        var one = await admin.Client.QueryAsync("query { experiment(key: \"price-test\") { key status winningVariantKey variants { key price } } }");

        Assert.Empty(created.PayloadErrors());
        Assert.Equal("DRAFT", created.GetProperty("experiment").GetProperty("status").GetString());
        Assert.Equal(CourseId(course), created.GetProperty("experiment").GetProperty("offerId").GetString());
        Assert.Empty(updated.PayloadErrors());
        Assert.Equal(2900, updated.GetProperty("experiment").GetProperty("variants")[1].GetProperty("price").GetInt64());
        Assert.Equal("RUNNING", started.GetProperty("experiment").GetProperty("status").GetString());
        Assert.Equal("STOPPED", stopped.GetProperty("experiment").GetProperty("status").GetString());
        Assert.Equal("b", stopped.GetProperty("experiment").GetProperty("winningVariantKey").GetString());
        Assert.Equal(1, listed.GetProperty("experiments").GetProperty("totalCount").GetInt32());
        Assert.Equal("price-test", one.GetProperty("experiment").GetProperty("key").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.GetProperty("experiment").GetProperty("variants")[0].GetProperty("price").ValueKind);
        Assert.Equal(60, updated.GetProperty("experiment").GetProperty("variants")[0].GetProperty("weight").GetInt32());
        Assert.Equal(
            ["ExperimentCreated", "ExperimentChanged", "ExperimentStarted", "ExperimentStopped"],
            await App.ReadAsync(db => db.AuditEntries.Where(e => e.EntityType == "Experiment")
                .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task BadDefinitionsAreTypedErrorsAndSaveNothing()
    {
        var course = await CourseAsync(4900);
        await SetFloorAsync(course.Id, 2000);
        var admin = await AdminAsync();
        var weights = new
        {
            name = "Weights",
            surface = "COURSE_PAGE",
            primaryMetric = "CONVERSION",
            conversionWindowDays = 7,
            variants = new object[] { new { key = "control", weight = 50 }, new { key = "b", weight = 40 } },
        };
        var recommender = new
        {
            name = "Blend",
            surface = "RECOMMENDER",
            primaryMetric = "CONVERSION",
            conversionWindowDays = 7,
            variants = new object[] { new { key = "control", weight = 50 }, new { key = "b", weight = 50, payload = """{"strategy":"random"}""" } },
        };

        var results = new[]
        {
            await MutateAsync(admin, CreateMutation, new { key = "weights", experiment = weights }, "createExperiment"),
            await MutateAsync(admin, CreateMutation, new { key = "below-floor", experiment = PriceFields(course, 1900) }, "createExperiment"),
            await MutateAsync(admin, CreateMutation, new { key = "above-list", experiment = PriceFields(course, 5900) }, "createExperiment"),
            await MutateAsync(admin, CreateMutation, new { key = "unknown-course", experiment = PriceFields(GlobalId.Encode("Course", Guid.NewGuid()), 3900) }, "createExperiment"),
            await MutateAsync(admin, CreateMutation, new { key = "no-knob", experiment = recommender }, "createExperiment"),
        };
        var unknownOffer = await MutateAsync(
            admin, CreateMutation,
            new
            {
                key = "unknown-offer",
                experiment = new
                {
                    name = "Gone",
                    surface = "OFFER_PRICE",
                    offerId = GlobalId.Encode("Offer", Guid.NewGuid()),
                    primaryMetric = "CONVERSION",
                    conversionWindowDays = 7,
                    variants = new object[] { new { key = "control", weight = 50 }, new { key = "b", weight = 50, price = 100 } },
                },
            },
            "createExperiment");

        Assert.Equal([("ExperimentWeightsInvalidError", "EXPERIMENT_WEIGHTS_INVALID")], results[0].PayloadErrors());
        Assert.Equal([("ExperimentPriceOutOfRangeError", "EXPERIMENT_PRICE_OUT_OF_RANGE")], results[1].PayloadErrors());
        Assert.Equal([("ExperimentPriceOutOfRangeError", "EXPERIMENT_PRICE_OUT_OF_RANGE")], results[2].PayloadErrors());
        Assert.Equal([("NotFoundError", "NOT_FOUND")], results[3].PayloadErrors());
        Assert.Equal([("ExperimentPayloadInvalidError", "EXPERIMENT_PAYLOAD_INVALID")], results[4].PayloadErrors());
        Assert.Equal([("NotFoundError", "NOT_FOUND")], unknownOffer.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Experiments.CountAsync()));
    }

    [Fact]
    public async Task ARunningExperimentCannotBeEditedAndAnOfferTakesOneRunningPriceExperiment()
    {
        var course = await CourseAsync(4900);
        var admin = await AdminAsync();
        var running = await StartedAsync(admin, "first", PriceFields(course, 3900));
        var second = (await MutateAsync(admin, CreateMutation, new { key = "second", experiment = PriceFields(course, 2900) }, "createExperiment"))
            .GetProperty("experiment").GetProperty("id").GetString()!;

        var edit = await MutateAsync(admin, UpdateMutation, new { experimentId = running, experiment = PriceFields(course, 2900) }, "updateExperiment");
        var restart = await MutateAsync(admin, StartMutation, new { experimentId = running }, "startExperiment");
        var busy = await MutateAsync(admin, StartMutation, new { experimentId = second }, "startExperiment");
        var taken = await MutateAsync(admin, CreateMutation, new { key = "first", experiment = PageFields() }, "createExperiment");

        Assert.Equal([("ExperimentNotDraftError", "EXPERIMENT_NOT_DRAFT")], edit.PayloadErrors());
        Assert.Equal([("ExperimentNotDraftError", "EXPERIMENT_NOT_DRAFT")], restart.PayloadErrors());
        Assert.Equal([("ExperimentOfferBusyError", "EXPERIMENT_OFFER_BUSY")], busy.PayloadErrors());
        Assert.Equal([("ExperimentKeyTakenError", "EXPERIMENT_KEY_TAKEN")], taken.PayloadErrors());
        var stored = await App.ReadAsync(db => db.Experiments.AsNoTracking().OrderBy(e => e.Key).ToListAsync());
        Assert.Equal([("first", "Running", (long?)3900), ("second", "Draft", (long?)2900)],
            stored.Select(e => (e.Key, e.Status.ToString(), e.Variants[1].PriceFen)));
    }

    [Fact]
    public async Task AnAdminMayDefineRecommenderArmsByAlgorithmAndBlendALearnerMayNotAndUnknownOrOutOfRangeKnobsAreTypedErrors()
    {
        var admin = await AdminAsync();
        var learner = await SignInAsync("o_learner");
        const string arm = """{"algorithm":"WarpWithImplicitAls","newLearnerStrength":10,"newLearnerInterestWeight":0.5,"newLearnerStatedEvidence":60,"newLearnerContextWeight":2}""";
        string[] invalid =
        [
            """{"algorithm":"Slope"}""", """{"algorithm":1}""", """{"newLearnerStrength":-1}""", """{"newLearnerInterestWeight":11}""",
            """{"newLearnerStatedEvidence":"60"}""", """{"newLearnerContextWeight":11}""", """{"ratingPriorWeight":1}""",
        ];

        var asLearner = await learner.Client.PostGraphQLAsync(CreateMutation, new { input = new { key = "arms-learner", experiment = ArmFields(arm) } });
        var created = await MutateAsync(admin, CreateMutation, new { key = "arms", experiment = ArmFields(arm) }, "createExperiment");
        var rejected = new List<JsonElement>();
        foreach (var (payload, index) in invalid.Select((payload, index) => (payload, index)))
        {
            rejected.Add(await MutateAsync(admin, CreateMutation, new { key = $"arms-{index}", experiment = ArmFields(payload) }, "createExperiment"));
        }

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(created.PayloadErrors());
        Assert.Equal(arm, created.GetProperty("experiment").GetProperty("variants")[1].GetProperty("payload").GetString());
        Assert.All(rejected, result => Assert.Equal([("ExperimentPayloadInvalidError", "EXPERIMENT_PAYLOAD_INVALID")], result.PayloadErrors()));
        Assert.Equal(["arms"], await App.ReadAsync(db => db.Experiments.Select(e => e.Key).ToListAsync()));
    }

    private static object ArmFields(string payload) => new
    {
        name = "Arms",
        surface = "RECOMMENDER",
        primaryMetric = "CONVERSION",
        conversionWindowDays = 7,
        variants = new object[] { new { key = "control", weight = 50 }, new { key = "b", weight = 50, payload } },
    };

    [Fact]
    public async Task OnlyAdminsManageAndListExperimentsWhileAnyoneMayAskForAVariant()
    {
        var course = await CourseAsync(4900);
        var admin = await AdminAsync();
        var id = await StartedAsync(admin, "price-test", PriceFields(course, 3900));
        var learner = await SignInAsync("o_learner");

        var attempts = new List<GraphQLResponse>();
        foreach (var client in new[] { learner.Client, Client })
        {
            attempts.Add(await client.PostGraphQLAsync(CreateMutation, new { input = new { key = "x", experiment = PageFields() } }));
            attempts.Add(await client.PostGraphQLAsync(UpdateMutation, new { input = new { experimentId = id, experiment = PageFields() } }));
            attempts.Add(await client.PostGraphQLAsync(StartMutation, new { input = new { experimentId = id } }));
            attempts.Add(await client.PostGraphQLAsync(StopMutation, new { input = new { experimentId = id, decision = "no" } }));
            attempts.Add(await client.PostGraphQLAsync("{ experiments { nodes { key } } }"));
            attempts.Add(await client.PostGraphQLAsync("{ experiment(key: \"price-test\") { key } }"));
        }

        var learnerVariant = await VariantAsync(learner.Client, "price-test");
        var anonymousVariant = await VariantAsync(Client, "price-test");

        Assert.All(attempts[..6], response => Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes));
        Assert.All(attempts[6..], response => Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes));
        Assert.True(learnerVariant.GetProperty("exposed").GetBoolean());
        Assert.Equal(("control", false), (anonymousVariant.GetProperty("variant").GetString(), anonymousVariant.GetProperty("exposed").GetBoolean()));
        Assert.Equal(("Running", 1), ((await StoredAsync("price-test")).Status.ToString(), await ExposuresAsync("price-test")));
    }

    private async Task SetFloorAsync(Guid courseId, long floorFen)
    {
        var admin = await AdminAsync();
        var set = (await admin.Client.QueryAsync(
            "mutation($input: SetCourseGuardrailsInput!) { setCourseGuardrails(input: $input) { errors { __typename } } }",
            new { input = new { courseId = GlobalId.Encode("Course", courseId), guardrails = new { floorFen, maxDiscountPercent = 100, salePriceStacksWithMemberPrice = false } } }))
            .GetProperty("setCourseGuardrails");
        Assert.Empty(set.PayloadErrors());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExperimentManagementTestsOnSqlite(SqliteApp app) : ExperimentManagementTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ExperimentManagementTestsOnPostgreSql(PostgreSqlApp app) : ExperimentManagementTests(app);
