using System.Text.Json;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Pricing;

/// <summary>
/// Carts priced with everything at once (a running limited-time price and flash sale, a member price, a coupon, a
/// course's guardrails, a bundle): the order charges what the quote said, line by line; bad coupons and a sale that
/// ended after the quote are typed errors that change nothing.
/// </summary>
public abstract class PromotionCartTests(KnowledgePayApp app) : CartTest(app)
{
    private const long GuardedFloorFen = 10240;

    [Fact]
    public async Task ChargesExactlyWhatTheQuoteSaidForRandomCartsWithSalesMemberPricesCouponsAndGuardrails()
    {
        var courses = await AddCoursesPricedAsync(1990, 4900, 9900, 12800, 29900, 6900);
        var admin = await AdminAsync();
        var guarded = courses[3];
        await SetGuardrailsAsync(admin, guarded, floorFen: 10000, maxDiscountPercent: 20);
        var bundle = Offer.Bundle("三门课套餐", null, Money.Fen(12000), [courses[0].Id, courses[1].Id, courses[2].Id], false, PriceGuardrails.None, null, Epoch);
        var plan = Offer.MembershipPlan("会员", null, Money.Fen(19900), 30, [courses[5].Id], 20, PriceGuardrails.None, Epoch);
        var percent = Coupon.Create(PublicCoupon("CART15", CouponKind.PercentOff, percentOff: 15, capFen: 3000), DateTimeOffset.UtcNow);
        var amount = Coupon.Create(PublicCoupon("LESS8", CouponKind.AmountOff, amountOffFen: 800), DateTimeOffset.UtcNow);
        await App.AddAsync(bundle, plan, percent, amount);
        await ScheduleSaleAsync(admin, CourseId(courses[1]), "LIMITED_TIME_PRICE", 2900);
        await ScheduleSaleAsync(admin, CourseId(guarded), "LIMITED_TIME_PRICE", 10500);
        await ScheduleSaleAsync(admin, CourseId(courses[4]), "FLASH_SALE", 19900, stock: 100, perUserLimit: 2);
        string?[] codes = [null, "CART15", "less8"];
        var random = new Random(11);
        var kindsSeen = new HashSet<string>();

        for (var cart = 0; cart < 8; cart++)
        {
            var buyer = await SignInAsync($"o_promo_{cart}");
            if (cart % 2 == 0)
            {
                await App.AddAsync(Membership.Start(UserIdOf(buyer), plan, EnrollmentSource.AdminGrant, null, DateTimeOffset.UtcNow));
            }

            object[] pool = random.Next(2) == 0
                ? [OfferLine(bundle), CourseLine(courses[3]), CourseLine(courses[4])]
                : [.. courses.Take(5).Select(c => CourseLine(c))];
            object[] lines = [.. pool.OrderBy(_ => random.Next()).Take(random.Next(1, pool.Length + 1))];
            var code = codes[random.Next(codes.Length)];

            var quote = await QuoteAsync(buyer.Client, lines, code);
            var created = await CreateOrderAsync(buyer, lines, TotalFen(quote), code);

            Assert.Empty(created.PayloadErrors());
            var order = created.GetProperty("order");
            var quoted = quote.GetProperty("lines").EnumerateArray().ToList();
            var charged = order.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal(TotalFen(quote), Fen(order, "amount"));
            Assert.Equal(TotalFen(quote), quoted.Sum(l => Fen(l, "final")));
            Assert.Equal(Fen(quote, "listTotal") - Fen(quote, "discount"), TotalFen(quote));
            Assert.Equal(quoted.Select(l => (OfferIdOf(l), Fen(l, "final"), Steps(l))), charged.Select(l => (OfferIdOf(l), Fen(l, "amount"), Steps(l))));
            Assert.All(quoted, l => Assert.Equal(Fen(l, "final"), l.GetProperty("steps").EnumerateArray().Sum(s => s.GetProperty("amount").GetInt64())));
            Assert.All(quoted.Where(l => OfferIdOf(l) == CourseId(guarded)), l => Assert.True(Fen(l, "final") >= GuardedFloorFen));
            Assert.Equal(code is not null, quote.GetProperty("couponApplied").GetBoolean());
            kindsSeen.UnionWith(quoted.SelectMany(StepKinds));
        }

        Assert.Superset(new HashSet<string> { "LIMITED_TIME_PRICE", "FLASH_SALE", "MEMBER_PRICE", "COUPON", "GUARDRAIL" }, kindsSeen);
    }

    [Fact]
    public async Task AnswersExpiredForeignUsedUpAndOutOfScopeCouponsWithTypedErrorsAndChangesNothing()
    {
        var courses = await AddCoursesPricedAsync(9900, 4900);
        var (course, other) = (courses[0], courses[1]);
        var listed = Coupon.Create(ListedCoupon(CouponScope.All, validDays: 1, perUser: 2), DateTimeOffset.UtcNow);
        var otherOnly = Coupon.Create(ListedCoupon(new CouponScope(CouponScopeKind.Courses, [], [other.Id], []), validDays: 30, perUser: 1), DateTimeOffset.UtcNow);
        var lastOne = Coupon.Create(PublicCoupon("LASTONE", CouponKind.AmountOff, amountOffFen: 500, stock: 1), DateTimeOffset.UtcNow);
        await App.AddAsync(listed, otherOnly, lastOne);
        var buyer = await SignInAsync("o_coupon_buyer");
        var stranger = await SignInAsync("o_coupon_stranger");
        var (used, toExpire, outOfScope) = (await ClaimCouponAsync(buyer, listed.Id), await ClaimCouponAsync(buyer, listed.Id), await ClaimCouponAsync(buyer, otherOnly.Id));
        var foreign = await ClaimCouponAsync(stranger, listed.Id);
        Assert.Empty((await CreateOrderAsync(stranger, [CourseLine(other)], couponCode: "LASTONE")).PayloadErrors());
        var paid = (await CreateOrderAsync(buyer, [CourseLine(other)], couponCode: used)).GetProperty("order");
        await PayAsync(buyer, paid);
        object[] cart = [CourseLine(course)];
        var before = await MyCouponStatesAsync(buyer);

        var withForeign = await CreateOrderAsync(buyer, cart, 8900, foreign);
        var withUsed = await CreateOrderAsync(buyer, cart, 8900, used);
        var withUsedUp = await CreateOrderAsync(buyer, cart, 9400, "LASTONE");
        var withOutOfScope = await CreateOrderAsync(buyer, cart, 8900, outOfScope);
        var quoteOutOfScope = await TryQuoteAsync(buyer.Client, cart, outOfScope);
        App.Clock.Advance(TimeSpan.FromDays(2));
        var withExpired = await CreateOrderAsync(buyer, cart, 8900, toExpire);
        var quoteExpired = await TryQuoteAsync(buyer.Client, cart, toExpire);

        Assert.Equal([("CouponForeignError", CouponErrors.ForeignCode)], withForeign.PayloadErrors());
        Assert.Equal([("CouponUsedError", CouponErrors.UsedCode)], withUsed.PayloadErrors());
        Assert.Equal([("CouponOutOfStockError", CouponErrors.OutOfStockCode)], withUsedUp.PayloadErrors());
        Assert.Equal([("CouponNotApplicableError", "COUPON_NOT_APPLICABLE")], withOutOfScope.PayloadErrors());
        Assert.Equal(["COUPON_NOT_APPLICABLE"], quoteOutOfScope.ErrorCodes);
        Assert.Equal([("CouponExpiredError", CouponErrors.ExpiredCode)], withExpired.PayloadErrors());
        Assert.Equal([CouponErrors.ExpiredCode], quoteExpired.ErrorCodes);
        Assert.Equal(1, await OrderCountAsync(buyer));
        Assert.Equal(
            before.Where(c => c.Key != toExpire),
            (await MyCouponStatesAsync(buyer)).Where(c => c.Key != toExpire));
        Assert.Equal("AVAILABLE", before[toExpire]);
        Assert.Equal(1, await App.ReadAsync(db => db.UserCoupons.CountAsync(c => c.CouponId == lastOne.Id)));
    }

    [Fact]
    public async Task RefusesWithPriceChangedWhenTheSaleEndedBetweenTheQuoteAndTheOrderAndTakesNoStock()
    {
        var courses = await AddCoursesPricedAsync(9900, 12800);
        var admin = await AdminAsync();
        await ScheduleSaleAsync(admin, CourseId(courses[0]), "LIMITED_TIME_PRICE", 4900);
        var flashId = GlobalId.Decode(await ScheduleSaleAsync(admin, CourseId(courses[1]), "FLASH_SALE", 6400, stock: 5, perUserLimit: 1)).Id;
        var buyer = await SignInAsync("o_late_buyer");
        object[] cart = [CourseLine(courses[0]), CourseLine(courses[1])];
        var quote = await QuoteAsync(buyer.Client, cart);

        App.Clock.Advance(TimeSpan.FromHours(2));
        var refused = await CreateOrderAsync(buyer, cart, TotalFen(quote));
        var requote = await QuoteAsync(buyer.Client, cart);

        Assert.Equal(4900 + 6400, TotalFen(quote));
        Assert.Equal(
            [["LIST_PRICE", "LIMITED_TIME_PRICE"], ["LIST_PRICE", "FLASH_SALE"]],
            quote.GetProperty("lines").EnumerateArray().Select(l => StepKinds(l).ToArray()));
        Assert.All(quote.GetProperty("lines").EnumerateArray(), l => Assert.Equal(JsonValueKind.String, l.GetProperty("saleEndsAt").ValueKind));
        Assert.Equal([("PriceChangedError", "PRICE_CHANGED")], refused.PayloadErrors());
        Assert.Equal(0, await OrderCountAsync(buyer));
        Assert.Equal(9900 + 12800, TotalFen(requote));
        var flash = await App.ReadAsync(db => db.Sales.AsNoTracking().SingleAsync(s => s.Id == flashId));
        Assert.Equal(0, flash.Sold);
        Assert.Equal(0, await App.ReadAsync(db => db.SaleReservations.CountAsync()));
    }

    private static async Task SetGuardrailsAsync(Session admin, Course course, long floorFen, int maxDiscountPercent)
    {
        var set = (await admin.Client.QueryAsync(
            $"mutation($input: SetCourseGuardrailsInput!) {{ setCourseGuardrails(input: $input) {{ {Failure} }} }}",
            new { input = new { courseId = CourseId(course), guardrails = new { floorFen, maxDiscountPercent, salePriceStacksWithMemberPrice = false } } }))
            .GetProperty("setCourseGuardrails");
        Assert.Empty(set.PayloadErrors());
    }

    private static CouponDefinition PublicCoupon(
        string code, CouponKind kind, long amountOffFen = 0, int percentOff = 0, long capFen = 0, int stock = 1000) =>
        new($"券 {code}", kind, 0, amountOffFen, percentOff, capFen, CouponScope.All, CouponValidity.AfterClaim(30), stock, 100, code, false, false);

    private static CouponDefinition ListedCoupon(CouponScope scope, int validDays, int perUser) =>
        new("10元券", CouponKind.AmountOff, 0, 1000, 0, 0, scope, CouponValidity.AfterClaim(validDays), 100, perUser, null, true, false);

    private static string Steps(JsonElement line) =>
        string.Join(", ", line.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("kind").GetString()} {s.GetProperty("amount").GetInt64()}"));

    private static Guid UserIdOf(Session session) => GlobalId.DecodeOf("User", session.UserId);
}

[Collection(SqliteCollection.Name)]
public sealed class PromotionCartTestsOnSqlite(SqliteApp app) : PromotionCartTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PromotionCartTestsOnPostgreSql(PostgreSqlApp app) : PromotionCartTests(app);
