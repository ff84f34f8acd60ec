using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Pricing;

/// <summary>Carts as the mini program sends them: quote, createOrder with the quoted total, checkout and pay, over HTTP.</summary>
public abstract class CartTest(KnowledgePayApp app) : OrdersTest(app)
{
    protected const string PriceFields = "kind offerId title isGift list { fen } final { fen } discount { fen } steps { kind amount reason } saleEndsAt";

    protected const string Failure = "errors { __typename ... on Error { code message } }";

    /// <summary>Published courses by one creator at these prices; each has a free preview lesson and a paid one.</summary>
    protected async Task<IReadOnlyList<Course>> AddCoursesPricedAsync(params long[] pricesFen)
    {
        var category = ACategory();
        var creator = ACreator();
        var courses = pricesFen.Select(fen =>
        {
            var course = Course.Draft(creator.Id, category.Id, $"Priced course {Next()}", "Lessons.", Money.Fen(fen), Epoch);
            var chapter = course.AddChapter("第一章");
            course.AddLesson(chapter.Id, new LessonContent("Preview", LessonKind.Video, 300, IsFreePreview: true, BodyOf(0), null));
            course.AddLesson(chapter.Id, new LessonContent(
                "Paid", LessonKind.Video, 300, IsFreePreview: false, BodyOf(1), $"https://media.example/{course.Id:N}/1.m3u8"));
            course.Publish(Epoch);
            return course;
        }).ToList();
        await App.AddAsync([creator, category, .. courses]);
        return courses;
    }

    protected static async Task<JsonElement> QuoteAsync(HttpClient client, object[] lines, string? couponCode = null) =>
        (await client.QueryAsync(
            $"query($input: QuoteInput!) {{ quote(input: $input) {{ lines {{ {PriceFields} }} listTotal {{ fen }} discount {{ fen }} total {{ fen }} couponApplied }} }}",
            new { input = new { lines, couponCode } })).GetProperty("quote");

    /// <summary>The quote's answer as it comes, for quotes that fail.</summary>
    protected static Task<GraphQLResponse> TryQuoteAsync(HttpClient client, object[] lines, string? couponCode = null) =>
        client.PostGraphQLAsync(
            "query($input: QuoteInput!) { quote(input: $input) { total { fen } } }", new { input = new { lines, couponCode } });

    protected static async Task<JsonElement> CreateOrderAsync(
        Session buyer, object[] lines, long? expectedTotalFen = null, string? couponCode = null) =>
        (await buyer.Client.QueryAsync(
            $"mutation($input: CreateOrderInput!) {{ createOrder(input: $input) {{ order {{ {OrderFields} lines {{ id offerId isGift amount {{ fen }} steps {{ kind amount reason }} }} }} {Failure} }} }}",
            new { input = new { lines, expectedTotalFen, couponCode, clientKey = $"key-{Guid.NewGuid():N}" } })).GetProperty("createOrder");

    /// <summary>Checks the pending order out, has the simulator pay it, and waits until it is paid.</summary>
    protected async Task PayAsync(Session buyer, JsonElement order)
    {
        Assert.Empty((await CheckoutAsync(buyer, Id(order))).PayloadErrors());
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
    }

    /// <summary>As the admin: puts the course (or bundle or plan) on sale from a minute ago for an hour; returns the sale's id.</summary>
    protected async Task<string> ScheduleSaleAsync(
        Session admin, string offerId, string kind, long priceFen, int? stock = null, int? perUserLimit = null)
    {
        var now = App.Clock.GetUtcNow();
        var course = GlobalId.Decode(offerId).TypeName == "Course";
        var scheduled = (await admin.Client.QueryAsync(
            $"mutation($input: ScheduleSaleInput!) {{ scheduleSale(input: $input) {{ sale {{ id }} {Failure} }} }}",
            new
            {
                input = new
                {
                    courseId = course ? offerId : null,
                    offerId = course ? null : offerId,
                    kind,
                    title = kind == "FLASH_SALE" ? "秒杀" : "限时优惠",
                    price = priceFen,
                    startsAt = now.AddMinutes(-1),
                    endsAt = now.AddHours(1),
                    stock,
                    perUserLimit,
                },
            })).GetProperty("scheduleSale");
        Assert.Empty(scheduled.PayloadErrors());
        return scheduled.GetProperty("sale").GetProperty("id").GetString()!;
    }

    /// <summary>Claims a copy of the coupon for the caller; returns the copy's code, the one to pass as couponCode.</summary>
    protected static async Task<string> ClaimCouponAsync(Session user, Guid couponId)
    {
        var claimed = (await user.Client.QueryAsync(
            $"mutation($input: ClaimCouponInput!) {{ claimCoupon(input: $input) {{ userCoupon {{ code }} {Failure} }} }}",
            new { input = new { couponId = GlobalId.Encode("Coupon", couponId) } })).GetProperty("claimCoupon");
        Assert.Empty(claimed.PayloadErrors());
        return claimed.GetProperty("userCoupon").GetProperty("code").GetString()!;
    }

    /// <summary>The caller's copies of coupons with their state (AVAILABLE, LOCKED, USED, EXPIRED), by code.</summary>
    protected static async Task<IReadOnlyDictionary<string, string>> MyCouponStatesAsync(Session user) =>
        (await user.Client.QueryAsync("{ myCoupons { nodes { code state } } }")).Nodes("myCoupons")
            .ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("state").GetString()!);

    protected static async Task<int> OrderCountAsync(Session buyer) =>
        (await buyer.Client.QueryAsync("{ myOrders { totalCount } }")).GetProperty("myOrders").GetProperty("totalCount").GetInt32();

    protected static object CourseLine(Course course, bool asGift = false) => new { courseId = CourseId(course), asGift };

    protected static object OfferLine(Offer offer) => new { offerId = GlobalId.Encode("Offer", offer.Id) };

    protected static string CourseId(Course course) => GlobalId.Encode("Course", course.Id);

    protected static string OfferIdOf(JsonElement line) => line.GetProperty("offerId").GetString()!;

    protected static long Fen(JsonElement line, string field) => line.GetProperty(field).GetProperty("fen").GetInt64();

    protected static long TotalFen(JsonElement quote) => Fen(quote, "total");

    protected static IEnumerable<string> StepKinds(JsonElement line) =>
        line.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()!);
}
