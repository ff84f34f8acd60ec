using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Campaigns;

/// <summary>A personal price is what the treated buyer is shown and charged; campaignResults sums what the orders took.</summary>
public abstract class CampaignPricingAndResultsTests(KnowledgePayApp app) : CampaignTest(app)
{
    private const double Z95 = 1.959963984540054;

    [Fact]
    public async Task TreatedBuyersAreShownAndChargedThePersonalPriceAndTheHoldoutTheListPrice()
    {
        var admin = await AdminAsync();
        var (segmentId, learners) = await SegmentAsync(8);
        var course = await AddGuardedCourseAsync();
        var campaignId = await ActiveCampaignAsync(admin, PersonalPriceCampaign(segmentId, course.Id, 2900));

        await RunAsync(admin, campaignId);

        var enrolments = await EnrolmentsAsync(campaignId);
        foreach (var learner in learners)
        {
            var heldOut = enrolments.Single(e => e.UserId == UserIdOf(learner)).IsHoldout;
            var quote = await QuoteAsync(learner, course.Id);
            var quoted = quote.GetProperty("total").GetProperty("fen").GetInt64();
            var steps = quote.GetProperty("lines")[0].GetProperty("steps").EnumerateArray()
                .Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("reason").GetString())).ToList();
            var order = (await CreateOrderAsync(learner, course.Id)).GetProperty("order");
            Assert.Equal(heldOut ? 4900 : 2900, quoted);
            Assert.Equal(!heldOut, steps.Contains(("PERSONAL_PRICE", "专属价")));
            Assert.Equal(quoted, order.GetProperty("amount").GetProperty("fen").GetInt64());
        }

        Assert.Contains(enrolments, e => e.IsHoldout);
        Assert.Contains(enrolments, e => !e.IsHoldout);
        Assert.Equal(enrolments.Count(e => !e.IsHoldout), await App.ReadAsync(db => db.PersonalOffers.CountAsync()));
    }

    [Fact]
    public async Task APersonalPriceBelowTheGuardrailsIsRefusedAndNothingIsStored()
    {
        var admin = await AdminAsync();
        var (segmentId, _) = await SegmentAsync(1);
        var course = await AddGuardedCourseAsync();

        var created = await CreatePayloadAsync(admin, PersonalPriceCampaign(segmentId, course.Id, 1500));

        Assert.Equal([("CampaignPersonalPriceBelowFloorError", "CAMPAIGN_PERSONAL_PRICE_BELOW_FLOOR")], created.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task ResultsCompareTreatedAndHoldoutConversionsAndRevenueNetOfRefunds()
    {
        var admin = await AdminAsync();

        // Holdout is drawn per learner, and the sample variances need two learners a side: with 20 learners a split
        // leaving one side under two happens about 4 times in 100,000.
        var (segmentId, learners) = await SegmentAsync(20);
        var course = await AddPaidCourseAsync();
        var coupon = await AddCouponAsync();
        var campaignId = await ActiveCampaignAsync(admin, CouponCampaign(segmentId, coupon.Id));
        await RunAsync(admin, campaignId);
        var enrolments = await EnrolmentsAsync(campaignId);
        var treatedBuyer = learners.First(l => enrolments.Any(e => e.UserId == UserIdOf(l) && !e.IsHoldout));
        var holdoutBuyer = learners.First(l => enrolments.Any(e => e.UserId == UserIdOf(l) && e.IsHoldout));

        await PaidOrderAsync(treatedBuyer, course.Id);
        var refunded = await PaidOrderAsync(holdoutBuyer, course.Id);
        Assert.Empty((await IssueRefundAsync(admin, Id(refunded), amountFen: 1000)).PayloadErrors());
        await WaitForStatusAsync(holdoutBuyer.Client, Id(refunded), "PARTIALLY_REFUNDED");
        var results = (await admin.Client.QueryAsync(
            """
            query($id: ID!) { campaignResults(id: $id) {
              campaign { name }
              treated { users delivered conversions revenueFen conversionRate { value lower upper } revenuePerUserFen { value lower upper } }
              holdout { users delivered conversions revenueFen conversionRate { value lower upper } revenuePerUserFen { value lower upper } }
              conversionLift { difference lower upper pValue relative }
              revenuePerUserLift { difference lower upper relative } } }
            """, new { id = campaignId })).GetProperty("campaignResults");

        var (nt, nh) = (enrolments.Count(e => !e.IsHoldout), enrolments.Count(e => e.IsHoldout));
        var treated = results.GetProperty("treated");
        var holdout = results.GetProperty("holdout");
        Assert.Equal((nt, nt, 1, 4900), Side(treated));
        Assert.Equal((nh, 0, 1, 3900), Side(holdout));
        AssertClose(1.0 / nt, treated.GetProperty("conversionRate").GetProperty("value"));
        AssertClose(3900.0 / nh, holdout.GetProperty("revenuePerUserFen").GetProperty("value"));
        var conversion = results.GetProperty("conversionLift");
        var conversionError = Math.Sqrt((Variance(nt, 1, 1) / nt) + (Variance(nh, 1, 1) / nh));
        AssertClose((1.0 / nt) - (1.0 / nh), conversion.GetProperty("difference"));
        AssertClose((1.0 / nt) - (1.0 / nh) - (Z95 * conversionError), conversion.GetProperty("lower"));
        var revenue = results.GetProperty("revenuePerUserLift");
        var revenueError = Math.Sqrt((Variance(nt, 4900, 4900.0 * 4900) / nt) + (Variance(nh, 3900, 3900.0 * 3900) / nh));
        AssertClose((4900.0 / nt) - (3900.0 / nh) + (Z95 * revenueError), revenue.GetProperty("upper"));
        AssertClose(((4900.0 / nt) - (3900.0 / nh)) / (3900.0 / nh), revenue.GetProperty("relative"));
    }

    private static (int Users, int Delivered, int Conversions, long RevenueFen) Side(JsonElement side) =>
        (side.GetProperty("users").GetInt32(), side.GetProperty("delivered").GetInt32(), side.GetProperty("conversions").GetInt32(),
            side.GetProperty("revenueFen").GetInt64());

    /// <summary>The unbiased sample variance from a count, a sum and a sum of squares, computed here by hand.</summary>
    private static double Variance(int n, double sum, double squares) => (squares - (sum * sum / n)) / (n - 1);

    private static void AssertClose(double expected, JsonElement actual) => Assert.Equal(expected, actual.GetDouble(), 6);

    private static Dictionary<string, object?> PersonalPriceCampaign(Guid segmentId, Guid courseId, long priceFen) => new()
    {
        ["name"] = "专属价",
        ["segmentId"] = GlobalId.Encode("Segment", segmentId),
        ["action"] = "OFFER_PERSONAL_PRICE",
        ["trigger"] = "ONCE",
        ["runAt"] = DateTimeOffset.UtcNow.AddMinutes(-1),
        ["holdoutShare"] = 0.5,
        ["personalCourseId"] = GlobalId.Encode("Course", courseId),
        ["personalPriceFen"] = priceFen,
        ["offerValidDays"] = 7,
    };

    private static async Task<JsonElement> QuoteAsync(Session buyer, Guid courseId) =>
        (await buyer.Client.QueryAsync(
            "query($input: QuoteInput!) { quote(input: $input) { total { fen } lines { steps { kind reason } } } }",
            new { input = new { lines = new[] { new { courseId = GlobalId.Encode("Course", courseId) } } } })).GetProperty("quote");

    private async Task<JsonElement> PaidOrderAsync(Session buyer, Guid courseId)
    {
        var order = await CheckedOutOrderAsync(buyer, courseId);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        return order;
    }

    /// <summary>A 49 yuan course that may not sell below 20 yuan.</summary>
    private async Task<Course> AddGuardedCourseAsync()
    {
        var creator = ACreator();
        var category = ACategory();
        var course = Course.Draft(creator.Id, category.Id, "有底价的课", "Guarded.", Money.Fen(4900), Epoch);
        course.SetGuardrails(PriceGuardrails.Of(2000, 100, false));
        var chapter = course.AddChapter("第一章");
        course.AddLesson(chapter.Id, new LessonContent("Lesson", LessonKind.Video, 300, IsFreePreview: true, "Body", "https://media.example/a.m3u8"));
        course.Publish(Epoch);
        await App.AddAsync(creator, category, course);
        return course;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CampaignPricingAndResultsTestsOnSqlite(SqliteApp app) : CampaignPricingAndResultsTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CampaignPricingAndResultsTestsOnPostgreSql(PostgreSqlApp app) : CampaignPricingAndResultsTests(app);
