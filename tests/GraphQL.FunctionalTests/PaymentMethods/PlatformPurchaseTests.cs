using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.FunctionalTests.PaymentMethods;

/// <summary>
/// Payment rules per client platform (X-Client-Platform): what each platform may pay with, iOS refused WeChat Pay, iOS with
/// prices hidden, owned content on every platform. Only WeChat Pay has a provider on this branch, so "every method" is
/// WECHAT_PAY and iOS's default (Virtual Payment only) offers nothing yet.
/// </summary>
public abstract class PlatformPurchaseTests(KnowledgePayApp app) : OrdersTest(app), IAsyncLifetime
{
    private const string CourseQuery = """
        query($id: ID!) {
          course(id: $id) {
            price
            priceForViewer { final { fen } purchase { canBuy } }
            activeSale { price }
            purchase { methods canBuy pricesHidden }
          }
        }
        """;

    private const string Failure = "errors { __typename ... on Error { code message } }";

    /// <summary>Every method with a provider, in the API's order: what a platform without rules may use.</summary>
    private static readonly string[] EveryMethod = ["WECHAT_PAY", "VIRTUAL_PAYMENT", "BALANCE"];

    async Task IAsyncLifetime.InitializeAsync() => await InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        UseConfiguredRules();
        await DisposeAsync();
    }

    [Fact]
    public async Task AnAndroidViewerMayPayEveryWayAndSeesPrices()
    {
        var course = await AddPaidCourseAsync();
        var buyer = On(await SignInAsync("o_android"), "android");

        var methods = await buyer.Client.QueryAsync("{ paymentMethods }");
        var seen = await CourseAsync(buyer.Client, course.Id);

        Assert.Equal(EveryMethod, Methods(methods.GetProperty("paymentMethods")));
        Assert.Equal(4900, seen.GetProperty("price").GetInt64());
        Assert.Equal(4900, seen.GetProperty("priceForViewer").GetProperty("final").GetProperty("fen").GetInt64());
        Assert.True(seen.GetProperty("priceForViewer").GetProperty("purchase").GetProperty("canBuy").GetBoolean());
        var purchase = seen.GetProperty("purchase");
        Assert.Equal(EveryMethod, Methods(purchase.GetProperty("methods")));
        Assert.True(purchase.GetProperty("canBuy").GetBoolean());
        Assert.False(purchase.GetProperty("pricesHidden").GetBoolean());
    }

    [Fact]
    public async Task AnIosViewerLimitedToVirtualPaymentIsRefusedWeChatPayAtCheckoutAndNothingChanges()
    {
        var course = await AddPaidCourseAsync();
        var session = await SignInAsync("o_ios");
        var order = (await CreateOrderAsync(session, course.Id)).GetProperty("order");
        var ios = On(session, "ios");

        var checkout = (await ios.Client.QueryAsync(
            $"mutation($input: CheckoutInput!) {{ checkout(input: $input) {{ order {{ status }} payment {{ __typename }} {Failure} }} }}",
            new { input = new { orderId = Id(order), method = "WECHAT_PAY" } })).GetProperty("checkout");

        Assert.Equal([("PaymentMethodNotAllowedError", "PAYMENT_METHOD_NOT_ALLOWED")], checkout.PayloadErrors());
        Assert.Equal(JsonValueKind.Null, checkout.GetProperty("payment").ValueKind);
        Assert.Equal("PENDING", Status(await OrderAsync(ios.Client, Id(order))));
        Assert.Equal(0, await App.WeChat.CallsAsync("payJsapi"));
        Assert.Equal(["VIRTUAL_PAYMENT"], Methods((await ios.Client.QueryAsync("{ paymentMethods }")).GetProperty("paymentMethods")));
    }

    [Fact]
    public async Task AnIosViewerWithPricesHiddenSeesNoPriceAndCannotOrder()
    {
        var course = await AddPaidCourseAsync();
        var ios = On(await SignInAsync("o_ios"), "ios");
        UseRules(new PlatformPaymentRules { Methods = [], HidePrices = true });

        var seen = await CourseAsync(ios.Client, course.Id);
        var created = await CreateOrderAsync(ios, course.Id);
        var quote = await ios.Client.PostGraphQLAsync(
            "query($input: QuoteInput!) { quote(input: $input) { total { fen } } }",
            new { input = new { lines = new[] { new { courseId = GlobalId.Encode("Course", course.Id) } } } });

        Assert.Equal(JsonValueKind.Null, seen.GetProperty("price").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("priceForViewer").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("activeSale").ValueKind);
        var purchase = seen.GetProperty("purchase");
        Assert.Empty(Methods(purchase.GetProperty("methods")));
        Assert.False(purchase.GetProperty("canBuy").GetBoolean());
        Assert.True(purchase.GetProperty("pricesHidden").GetBoolean());
        Assert.Equal([("PurchaseNotOfferedError", "PURCHASE_NOT_OFFERED")], created.PayloadErrors());
        Assert.Equal(["PURCHASE_NOT_OFFERED"], quote.ErrorCodes);
        Assert.Equal(0, (await ios.Client.QueryAsync("{ myOrders { totalCount } }")).GetProperty("myOrders").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ContentBoughtElsewhereStillPlaysOnIosWithPricesHidden()
    {
        var course = await AddPaidCourseAsync(lessons: 2);
        var session = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(session, course.Id);
        await App.WeChat.PayAsync(Number(order));
        await WaitForStatusAsync(session.Client, Id(order), "PAID");
        var ios = On(session, "ios");
        UseRules(new PlatformPaymentRules { Methods = [], HidePrices = true });

        var lessons = await LessonsAsync(ios.Client, course.Id);
        var mine = await ios.Client.QueryAsync("{ myCourses { nodes { course { id price } } } }");

        Assert.Equal([BodyOf(0), BodyOf(1)], Bodies(lessons));
        Assert.All(lessons, lesson => Assert.NotNull(lesson.GetProperty("media").GetProperty("url").GetString()));
        var owned = Assert.Single(mine.Nodes("myCourses")).GetProperty("course");
        Assert.Equal(GlobalId.Encode("Course", course.Id), owned.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, owned.GetProperty("price").ValueKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("symbian")]
    public async Task AMissingOrUnknownPlatformFollowsTheDefaultRules(string? platform)
    {
        var course = await AddPaidCourseAsync();
        var session = await SignInAsync("o_buyer");
        var viewer = platform is null ? session : On(session, platform);
        UseRules(new PlatformPaymentRules { Methods = [], HidePrices = true });

        var methods = await viewer.Client.QueryAsync("{ paymentMethods }");
        var seen = await CourseAsync(viewer.Client, course.Id);

        Assert.Equal(EveryMethod, Methods(methods.GetProperty("paymentMethods")));
        Assert.Equal(4900, seen.GetProperty("price").GetInt64());
        Assert.True(seen.GetProperty("purchase").GetProperty("canBuy").GetBoolean());
    }

    [Fact]
    public async Task PaymentMethodsNeedASignedInBuyerWhileAnyoneSeesPurchaseOptions()
    {
        var course = await AddPaidCourseAsync();
        var anonymous = App.CreateClient();
        anonymous.DefaultRequestHeaders.Add("X-Client-Platform", "android");

        var methods = await anonymous.PostGraphQLAsync("{ paymentMethods }");
        var seen = await CourseAsync(anonymous, course.Id);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], methods.ErrorCodes);
        Assert.Equal(EveryMethod, Methods(seen.GetProperty("purchase").GetProperty("methods")));
    }

    private static Session On(Session session, string platform)
    {
        session.Client.DefaultRequestHeaders.Remove("X-Client-Platform");
        session.Client.DefaultRequestHeaders.Add("X-Client-Platform", platform);
        return session;
    }

    private static async Task<JsonElement> CourseAsync(HttpClient client, Guid courseId) =>
        (await client.QueryAsync(CourseQuery, new { id = GlobalId.Encode("Course", courseId) })).GetProperty("course");

    private static List<string> Methods(JsonElement methods) => [.. methods.EnumerateArray().Select(m => m.GetString()!)];

    /// <summary>iOS gets <paramref name="ios"/> as the operator would configure it (the policy reads the rules on every use).</summary>
    private void UseRules(PlatformPaymentRules ios)
    {
        var cache = App.Services.GetRequiredService<IOptionsMonitorCache<PaymentMethodOptions>>();
        cache.TryRemove(Options.DefaultName);
        cache.TryAdd(Options.DefaultName, new PaymentMethodOptions { Platforms = { [ClientPlatform.Ios] = ios } });
    }

    /// <summary>Back to the rules of the configuration (appsettings.json: iOS Virtual Payment only).</summary>
    private void UseConfiguredRules() =>
        App.Services.GetRequiredService<IOptionsMonitorCache<PaymentMethodOptions>>().TryRemove(Options.DefaultName);
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformPurchaseTestsOnSqlite(SqliteApp app) : PlatformPurchaseTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PlatformPurchaseTestsOnPostgreSql(PostgreSqlApp app) : PlatformPurchaseTests(app);
