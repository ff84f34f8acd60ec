using KnowledgePay.Domain.Pricing;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Experiments;

/// <summary>A price experiment through the pricing engine over HTTP: the price shown is the price charged, for one price per learner.</summary>
public abstract class PriceExperimentTests(KnowledgePayApp app) : ExperimentTest(app)
{
    private const string PriceQuery = """
        query($id: ID!, $lines: [CartLineInput!]!) {
          course(id: $id) { priceForViewer { final { fen } steps { kind amount reason } } }
          quote(input: { lines: $lines }) { total { fen } lines { steps { kind amount } } }
        }
        """;

    [Fact]
    public async Task AVariantLearnerIsChargedTheVariantPriceShownAndTheOrderLineNamesTheExperiment()
    {
        var course = await CourseAsync(4900);
        var experimentId = GlobalId.Decode(await StartedAsync(await AdminAsync(), "price-test", PriceFields(course, 3900))).Id;
        var learner = await LearnerAssignedAsync("price-test", "b", "price");

        var (shown, quoted) = await PricesAsync(learner, course.Id);
        var again = await PricesAsync(learner, course.Id);
        var order = (await CreateOrderAsync(learner, course.Id)).GetProperty("order");
        var orderId = GlobalId.Decode(Id(order)).Id;
        var stored = await App.ReadAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId));
        var steps = stored.Lines.SelectMany(l => l.Steps).ToList();

        Assert.Equal((3900L, 3900L), (shown, quoted));
        Assert.Equal((shown, quoted), again);
        Assert.Equal(3900, order.GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Contains(steps, s => s.Kind == PriceStepKind.ExperimentPrice && s.SourceId == experimentId);
        Assert.Equal(1, await ExposuresAsync("price-test"));
    }

    [Fact]
    public async Task AControlLearnerSeesAndPaysTheListPriceAndIsExposed()
    {
        var course = await CourseAsync(4900);
        await StartedAsync(await AdminAsync(), "price-test", PriceFields(course, 3900));
        var learner = await LearnerAssignedAsync("price-test", "control", "control");

        var (shown, quoted) = await PricesAsync(learner, course.Id);
        var order = (await CreateOrderAsync(learner, course.Id)).GetProperty("order");

        Assert.Equal((4900L, 4900L, 4900L), (shown, quoted, order.GetProperty("amount").GetProperty("fen").GetInt64()));
        Assert.Equal(
            "control",
            await App.ReadAsync(db => db.ExperimentExposures.Where(x => x.UserId == UserGuid(learner)).Select(x => x.VariantKey).SingleAsync()));
    }

    [Fact]
    public async Task GuardrailsStillApplyOnTopOfTheVariantPriceAndTheChargeFollowsThem()
    {
        var course = await CourseAsync(4900);
        var admin = await AdminAsync();
        await StartedAsync(admin, "price-test", PriceFields(course, 2900));
        var learner = await LearnerAssignedAsync("price-test", "b", "guard");
        var raised = (await admin.Client.QueryAsync(
            "mutation($input: SetCourseGuardrailsInput!) { setCourseGuardrails(input: $input) { errors { __typename } } }",
            new { input = new { courseId = CourseId(course), guardrails = new { floorFen = 3500, maxDiscountPercent = 100, salePriceStacksWithMemberPrice = false } } }))
            .GetProperty("setCourseGuardrails");

        var page = (await learner.Client.QueryAsync(PriceQuery, Variables(course.Id))).GetProperty("course").GetProperty("priceForViewer");
        var order = (await CreateOrderAsync(learner, course.Id)).GetProperty("order");

        Assert.Empty(raised.PayloadErrors());
        Assert.Equal(
            [("LIST_PRICE", 4900L), ("EXPERIMENT_PRICE", -2000L), ("GUARDRAIL", 600L)],
            page.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("amount").GetInt64())));
        Assert.Equal((3500L, 3500L), (page.GetProperty("final").GetProperty("fen").GetInt64(), order.GetProperty("amount").GetProperty("fen").GetInt64()));
    }

    [Fact]
    public async Task OnceStoppedTheVariantLearnerSeesTheListPriceAgainAndAnonymousViewersAlwaysDo()
    {
        var course = await CourseAsync(4900);
        var admin = await AdminAsync();
        var id = await StartedAsync(admin, "price-test", PriceFields(course, 3900));
        var learner = await LearnerAssignedAsync("price-test", "b", "stopped");
        var during = await PricesAsync(learner, course.Id);
        var anonymous = (await Client.QueryAsync(PriceQuery, Variables(course.Id))).GetProperty("course").GetProperty("priceForViewer");

        await MutateAsync(admin, StopMutation, new { experimentId = id, decision = "Keep the list price." }, "stopExperiment");
        var after = await PricesAsync(learner, course.Id);

        Assert.Equal((3900L, 3900L), during);
        Assert.Equal(4900, anonymous.GetProperty("final").GetProperty("fen").GetInt64());
        Assert.Equal((4900L, 4900L), after);
        Assert.Equal(1, await ExposuresAsync("price-test"));
    }

    private static object Variables(Guid courseId) =>
        new { id = GlobalId.Encode("Course", courseId), lines = new[] { new { courseId = GlobalId.Encode("Course", courseId) } } };

    private static async Task<(long Shown, long Quoted)> PricesAsync(Session learner, Guid courseId)
    {
        var data = await learner.Client.QueryAsync(PriceQuery, Variables(courseId));
        return (
            data.GetProperty("course").GetProperty("priceForViewer").GetProperty("final").GetProperty("fen").GetInt64(),
            data.GetProperty("quote").GetProperty("total").GetProperty("fen").GetInt64());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PriceExperimentTestsOnSqlite(SqliteApp app) : PriceExperimentTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PriceExperimentTestsOnPostgreSql(PostgreSqlApp app) : PriceExperimentTests(app);
