using System.Text.Json;
using KnowledgePay.Application.Experiments.Analysis;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Experiments;

/// <summary>
/// <c>experimentResults</c> through /graphql over exposures, orders and behaviour events written straight to the
/// database: the sums the database computes, the sample-ratio alarm, guardrail breaches, typed errors and who may ask.
/// </summary>
public abstract class ExperimentResultsTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string ResultsQuery = """
        query($key: String!) {
          experimentResults(key: $key) {
            key status primaryMetric exposedUsers recommendedExposedUsers progress
            sampleRatio { chiSquare pValue alarm }
            guardrailBreaches { variantKey metric increase lowerBound maxIncrease }
            variants {
              key isControl exposedUsers conversions revenueFen refundRate pageErrorRate
              conversionRate { value alwaysValid { lower upper } }
              revenuePerUser { value alwaysValid { lower upper } }
              revenuePerUserVsControl {
                difference relativeDifference fixedHorizon { lower upper } alwaysValid { lower upper }
                alwaysValidPValue significant cupedDifference varianceReduction
              }
            }
          }
        }
        """;

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task ResultsCountOrdersPaidWithinTheWindowAfterExposureNetOfRefunds()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var courseId = await ACourseAsync();
        var exposedAt = App.Clock.GetUtcNow() - (20 * Day);
        var experiment = await StartedAsync("checkout-page", exposedAt);
        Guid u1 = Guid.CreateVersion7(), u2 = Guid.CreateVersion7(), u3 = Guid.CreateVersion7(), u4 = Guid.CreateVersion7(), u5 = Guid.CreateVersion7();
        await App.AddAsync(
            Exposure(experiment, u1, "control", exposedAt),
            Exposure(experiment, u2, "control", exposedAt),
            Exposure(experiment, u3, "control", exposedAt),
            Exposure(experiment, u4, "b", exposedAt),
            Exposure(experiment, u5, "b", exposedAt),
            Paid(u1, courseId, 4900, exposedAt + (2 * Day)),
            Paid(u2, courseId, 3000, exposedAt - Day),
            Paid(u2, courseId, 5900, exposedAt + (8 * Day)),
            Paid(u4, courseId, 4900, exposedAt + Day, refundFen: 1900),
            Paid(u5, courseId, 9900, exposedAt + (3 * Day)),
            Unpaid(u3, courseId, 4900, exposedAt + Day),
            Event(u5, courseId, BehaviourEventKind.PageError, exposedAt + Day),
            Event(u1, courseId, BehaviourEventKind.View, exposedAt - (2 * Day)));

        var results = (await admin.Client.QueryAsync(ResultsQuery, new { key = "checkout-page" })).GetProperty("experimentResults");

        var control = Variant(results, "control");
        var b = Variant(results, "b");
        Assert.Equal(("RUNNING", "REVENUE_PER_USER", 5L), (results.GetProperty("status").GetString(), results.GetProperty("primaryMetric").GetString(), results.GetProperty("exposedUsers").GetInt64()));
        Assert.Equal((3L, 1L, 4900L, 0.0, 0.0), Figures(control));
        Assert.Equal((2L, 2L, 12900L, 0.5, 0.5), Figures(b));
        Assert.Equal(1.0 / 3, control.GetProperty("conversionRate").GetProperty("value").GetDouble(), 9);
        var vsControl = b.GetProperty("revenuePerUserVsControl");
        Assert.Equal(6450 - (4900.0 / 3), vsControl.GetProperty("difference").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, control.GetProperty("revenuePerUserVsControl").ValueKind);
        Assert.Equal(0.2, results.GetProperty("sampleRatio").GetProperty("chiSquare").GetDouble(), 9);
        Assert.False(results.GetProperty("sampleRatio").GetProperty("alarm").GetBoolean());
    }

    [Fact]
    public async Task ASkewedSplitRaisesTheSampleRatioAlarm()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var exposedAt = App.Clock.GetUtcNow() - Day;
        var experiment = await StartedAsync("skewed", exposedAt);
        await App.AddAsync([.. Exposures(experiment, "control", 300, exposedAt), .. Exposures(experiment, "b", 200, exposedAt)]);

        var results = (await admin.Client.QueryAsync(ResultsQuery, new { key = "skewed" })).GetProperty("experimentResults");

        var ratio = results.GetProperty("sampleRatio");
        Assert.True(ratio.GetProperty("alarm").GetBoolean());
        Assert.True(ratio.GetProperty("pValue").GetDouble() < SampleRatioCheck.AlarmBelow);
        Assert.Equal(20, ratio.GetProperty("chiSquare").GetDouble(), 9);
    }

    [Fact]
    public async Task AVariantWhosePagesFailFarMoreThanTheControlsIsFlagged()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var courseId = await ACourseAsync();
        var exposedAt = App.Clock.GetUtcNow() - (2 * Day);
        var experiment = await StartedAsync("broken-layout", exposedAt);
        var variantUsers = Exposures(experiment, "b", 100, exposedAt);
        await App.AddAsync([
            .. Exposures(experiment, "control", 100, exposedAt),
            .. variantUsers,
            .. variantUsers.Take(40).Select(e => Event(e.UserId, courseId, BehaviourEventKind.PageError, exposedAt + Day))]);

        var results = (await admin.Client.QueryAsync(ResultsQuery, new { key = "broken-layout" })).GetProperty("experimentResults");

        var breach = Assert.Single(results.GetProperty("guardrailBreaches").EnumerateArray());
        Assert.Equal(("b", "PAGE_ERROR_RATE"), (breach.GetProperty("variantKey").GetString(), breach.GetProperty("metric").GetString()));
        Assert.Equal(0.4, breach.GetProperty("increase").GetDouble(), 9);
        Assert.True(breach.GetProperty("lowerBound").GetDouble() > breach.GetProperty("maxIncrease").GetDouble());
        Assert.Equal(0.05, breach.GetProperty("maxIncrease").GetDouble(), 9);
    }

    [Fact]
    public async Task AnUnknownKeyIsATypedError()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var response = await admin.Client.PostGraphQLAsync(ResultsQuery, new { key = "no-such-experiment" });

        Assert.Equal([ExperimentAnalysisErrors.UnknownExperimentCode], response.ErrorCodes);
    }

    [Fact]
    public async Task OnlyAdminsMayReadResults()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        await StartedAsync("pricing", App.Clock.GetUtcNow());

        var anonymous = await Client.PostGraphQLAsync(ResultsQuery, new { key = "pricing" });
        var asLearner = await learner.Client.PostGraphQLAsync(ResultsQuery, new { key = "pricing" });
        var asAdmin = await admin.Client.PostGraphQLAsync(ResultsQuery, new { key = "pricing" });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(asAdmin.ErrorCodes);
        Assert.Equal("pricing", asAdmin.Data.GetProperty("experimentResults").GetProperty("key").GetString());
    }

    private static (long Exposed, long Conversions, long Revenue, double RefundRate, double PageErrorRate) Figures(JsonElement variant) => (
        variant.GetProperty("exposedUsers").GetInt64(),
        variant.GetProperty("conversions").GetInt64(),
        variant.GetProperty("revenueFen").GetInt64(),
        variant.GetProperty("refundRate").GetDouble(),
        variant.GetProperty("pageErrorRate").GetDouble());

    private static JsonElement Variant(JsonElement results, string key) =>
        results.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("key").GetString() == key);

    private async Task<Guid> ACourseAsync()
    {
        await AddCoursesAsync(c => c.Titled("A/B").Published());
        return await App.ReadAsync(db => db.Courses.Select(c => c.Id).SingleAsync());
    }

    private async Task<Experiment> StartedAsync(string key, DateTimeOffset at)
    {
        var experiment = Experiment.Draft(
            key, key, ExperimentSurface.CoursePage, [new("control", 50, null, null), new("b", 50, null, null)],
            ExperimentMetric.RevenuePerUser, 7, at, null, guardrails: new ExperimentGuardrails(0.05, 0.05));
        experiment.Start(at);
        await App.AddAsync(experiment);
        return experiment;
    }

    private static ExperimentExposure Exposure(Experiment experiment, Guid userId, string variant, DateTimeOffset at) =>
        ExperimentExposure.Record(experiment.Id, userId, variant, at);

    private static List<ExperimentExposure> Exposures(Experiment experiment, string variant, int count, DateTimeOffset at) =>
        [.. Enumerable.Range(0, count).Select(_ => Exposure(experiment, Guid.CreateVersion7(), variant, at))];

    private static Order Unpaid(Guid userId, Guid courseId, long fen, DateTimeOffset at)
    {
        var order = Order.Place(
            userId,
            PricingEngine.Price([new PricingLine(OfferRef.ForCourse(courseId), "A/B", fen, PriceGuardrails.None, [courseId], [])], null),
            $"client-{Guid.NewGuid():N}",
            PaymentChannel.WeChatPayJsapi,
            at,
            TimeSpan.FromMinutes(30));
        order.ClearDomainEvents();
        return order;
    }

    // Only the rows matter here: the order's reactions (access, books, profile) are other features' tests.
    private static Order Paid(Guid userId, Guid courseId, long fen, DateTimeOffset paidAt, long refundFen = 0)
    {
        var order = Unpaid(userId, courseId, fen, paidAt);
        order.MarkPaid($"42{Guid.NewGuid():N}", paidAt);
        if (refundFen > 0)
        {
            var refund = order.RequestRefund(refundFen, "不想要了", userId, paidAt + Day);
            order.CompleteRefund(refund.OutRefundNo, "refund-1", paidAt + Day);
        }

        order.ClearDomainEvents();
        return order;
    }

    private static BehaviourEvent Event(Guid userId, Guid courseId, BehaviourEventKind kind, DateTimeOffset at) =>
        BehaviourEvent.Track(userId, Guid.NewGuid().ToString("N"), kind, courseId, null, null, null, at, at);
}

[Collection(SqliteCollection.Name)]
public sealed class ExperimentResultsTestsOnSqlite(SqliteApp app) : ExperimentResultsTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ExperimentResultsTestsOnPostgreSql(PostgreSqlApp app) : ExperimentResultsTests(app);
