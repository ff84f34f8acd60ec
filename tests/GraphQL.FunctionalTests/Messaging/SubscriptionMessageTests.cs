using System.Globalization;
using System.Text.Json;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Messaging;

/// <summary>
/// Grants reported by the mini program are spent by the messages the product sends through the simulated
/// subscribeMessage.send: one message per grant and per request, nothing without a grant, WeChat's refusals recorded.
/// </summary>
public abstract class SubscriptionMessageTests(KnowledgePayApp app) : SubscriptionMessageTest(app)
{
    private const string BuyerOpenId = "o_subscriber";

    [Fact]
    public async Task AGrantedBuyerGetsTheOrderPaidMessageWithItsValuesAndSpendsTheGrant()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var templates = (await buyer.Client.QueryAsync("{ subscriptionTemplates { template templateId } }")).GetProperty("subscriptionTemplates");
        var templateId = templates.EnumerateArray().Single(t => t.GetProperty("template").GetString() == "ORDER_PAID").GetProperty("templateId").GetString()!;
        var granted = await GrantAsync(buyer, BuyerOpenId, templateId);

        var order = await PaidOrderAsync(buyer, course.Id);

        Assert.Equal(OrderPaidTemplateId, templateId);
        Assert.Equal(1, Assert.Single(granted.GetProperty("grants").EnumerateArray()).GetProperty("remaining").GetInt32());
        var delivered = Assert.Single(await App.WeChat.SubscriptionMessagesAsync());
        Assert.Equal(BuyerOpenId, delivered.GetProperty("toUser").GetString());
        Assert.Equal(OrderPaidTemplateId, delivered.GetProperty("templateId").GetString());
        Assert.Equal("pages/order/detail", delivered.GetProperty("page").GetString());
        Assert.Equal("developer", delivered.GetProperty("miniProgramState").GetString());
        var data = delivered.GetProperty("data");
        Assert.Equal(course.Title, data.GetProperty("thing1").GetString());
        Assert.Equal("¥49.00", data.GetProperty("amount2").GetString());
        Assert.Equal(Number(order), data.GetProperty("character_string4").GetString());
        var paidAt = DateTime.ParseExact(data.GetProperty("time3").GetString()!, "yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
        Assert.InRange((App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime - paidAt).TotalMinutes, 0, 2);
        Assert.Equal(0, await RemainingAsync(buyer, OrderPaidTemplateId));
        var logged = Assert.Single(await MessagesAsync(admin));
        Assert.Equal("SENT", logged.GetProperty("status").GetString());
        Assert.Equal(delivered.GetProperty("msgId").GetInt64().ToString(CultureInfo.InvariantCulture), logged.GetProperty("msgId").GetString());
        Assert.Equal(buyer.UserId, logged.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task NothingIsSentToABuyerWithoutAGrantAndTheMessageIsRecordedAsNoGrant()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        await PaidOrderAsync(buyer, course.Id);

        Assert.Empty(await App.WeChat.SubscriptionMessagesAsync());
        Assert.Equal(0, await App.WeChat.CallsAsync("sendMessage"));
        Assert.Equal("NO_GRANT", Assert.Single(await MessagesAsync(admin)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ABanStopsMessagesUntilTheBuyerAcceptsAgain()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await GrantAsync(buyer, BuyerOpenId, OrderPaidTemplateId);
        var banned = await GrantAsync(buyer, BuyerOpenId, OrderPaidTemplateId, "BAN");

        await PaidOrderAsync(buyer, course.Id);

        var grant = Assert.Single(banned.GetProperty("grants").EnumerateArray());
        Assert.Equal("BAN", grant.GetProperty("lastDecision").GetString());
        Assert.Equal(1, grant.GetProperty("remaining").GetInt32());
        Assert.Empty(await App.WeChat.SubscriptionMessagesAsync());
        Assert.Equal("NO_GRANT", Assert.Single(await MessagesAsync(admin)).GetProperty("status").GetString());
        Assert.Equal(1, await RemainingAsync(buyer, OrderPaidTemplateId));
    }

    [Fact]
    public async Task WeChatsRefusalIsRecordedAndZeroesTheGrant()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        // Reported as accepted, but WeChat never saw the user accept: it answers 43101.
        await ReportAsync(buyer, (OrderPaidTemplateId, "ACCEPT"));
        await ReportAsync(buyer, (OrderPaidTemplateId, "ACCEPT"));

        await PaidOrderAsync(buyer, course.Id);

        var logged = Assert.Single(await MessagesAsync(admin));
        Assert.Equal("REFUSED", logged.GetProperty("status").GetString());
        Assert.Equal(43101, logged.GetProperty("errCode").GetInt32());
        Assert.Equal(0, await RemainingAsync(buyer, OrderPaidTemplateId));
        Assert.Empty(await App.WeChat.SubscriptionMessagesAsync());
    }

    [Fact]
    public async Task AValueBreakingItsKeysRuleIsRecordedAsInvalidAndTheGrantIsGivenBack()
    {
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await GrantAsync(buyer, BuyerOpenId, OrderPaidTemplateId);

        var sent = await AdminSendAsync(admin, buyer.UserId, "ORDER_PAID",
            ("title", "Go 入门"), ("amount", "四十九元"), ("time", "2026年12月2日 16:43"), ("orderNo", "KP123"));

        Assert.Empty(sent.PayloadErrors());
        Assert.Equal("INVALID", sent.GetProperty("message").GetProperty("status").GetString());
        Assert.Equal(47003, sent.GetProperty("message").GetProperty("errCode").GetInt32());
        Assert.Equal(1, await RemainingAsync(buyer, OrderPaidTemplateId));
        Assert.Empty(await App.WeChat.SubscriptionMessagesAsync());
    }

    [Fact]
    public async Task ARefundPaidOutTellsTheBuyerHowMuchCameBack()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await GrantAsync(buyer, BuyerOpenId, RefundCompletedTemplateId);
        var order = await PaidOrderAsync(buyer, course.Id);

        Assert.Empty((await IssueRefundAsync(admin, Id(order), 1900)).PayloadErrors());
        await WaitForRefundAsync(buyer, order);
        await App.DrainOutboxAsync();

        var delivered = Assert.Single(await App.WeChat.SubscriptionMessagesAsync());
        Assert.Equal(RefundCompletedTemplateId, delivered.GetProperty("templateId").GetString());
        Assert.Equal("¥19.00", delivered.GetProperty("data").GetProperty("amount2").GetString());
        Assert.Equal(course.Title, delivered.GetProperty("data").GetProperty("thing1").GetString());
    }

    [Fact]
    public async Task ARedeliveredRequestSendsOnce()
    {
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await GrantAsync(buyer, BuyerOpenId, OrderPaidTemplateId);
        await GrantAsync(buyer, BuyerOpenId, OrderPaidTemplateId);
        var request = OrderPaidRequest(UserId(buyer), "campaign:42");

        await DeliverAsync(request);
        await DeliverAsync(request);
        await Task.WhenAll(DeliverAsync(request), DeliverAsync(request));

        Assert.Single(await App.WeChat.SubscriptionMessagesAsync());
        Assert.Equal("SENT", Assert.Single(await MessagesAsync(admin)).GetProperty("status").GetString());
        Assert.Equal(1, await RemainingAsync(buyer, OrderPaidTemplateId));
    }

    [Fact]
    public async Task OfConcurrentRequestsOneGrantSendsExactlyOneMessage()
    {
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await GrantAsync(buyer, BuyerOpenId, OrderPaidTemplateId);
        // WeChat would take a second one: only our count may stop it.
        await App.WeChat.AnswerSubscriptionAsync(BuyerOpenId, OrderPaidTemplateId);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => DeliverAsync(OrderPaidRequest(UserId(buyer), $"race:{i}"))));

        Assert.Single(await App.WeChat.SubscriptionMessagesAsync());
        var statuses = (await MessagesAsync(admin)).Select(m => m.GetProperty("status").GetString()).ToList();
        Assert.Single(statuses, s => s == "SENT");
        Assert.Equal(5, statuses.Count(s => s == "NO_GRANT"));
        Assert.Equal(0, await RemainingAsync(buyer, OrderPaidTemplateId));
    }

    [Fact]
    public async Task AMembershipAboutToExpireSendsTheReminderWithThePlanAndExpiryInBeijingTime()
    {
        var buyer = await SignInAsync(BuyerOpenId);
        await GrantAsync(buyer, BuyerOpenId, MembershipExpiringTemplateId);
        var plan = Offer.MembershipPlan("年度会员", null, Money.Fen(19900), 365, [], 20, PriceGuardrails.None, Epoch);
        await App.AddAsync(plan);
        var expiresAt = new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero);
        var expiring = new MembershipExpiringSoonEvent(Guid.NewGuid(), UserId(buyer), plan.Id, expiresAt);

        await PublishAsync(expiring);
        await PublishAsync(expiring);
        await App.DrainOutboxAsync();

        var data = Assert.Single(await App.WeChat.SubscriptionMessagesAsync()).GetProperty("data");
        Assert.Equal("年度会员", data.GetProperty("thing1").GetString());
        Assert.Equal("2027年1月1日 00:30", data.GetProperty("time2").GetString());
        Assert.Equal(1, await App.ReadAsync(db => db.SubscriptionMessages.CountAsync()));
    }

    [Fact]
    public async Task AnUnknownTemplateIdInAReportChangesNothing()
    {
        var buyer = await SignInAsync(BuyerOpenId);

        var report = await ReportAsync(buyer, (OrderPaidTemplateId, "ACCEPT"), ("not-our-template", "ACCEPT"));

        Assert.Equal([("SubscriptionTemplateUnknownError", MessagingErrors.UnknownTemplateCode)], report.PayloadErrors());
        Assert.Empty(await GrantsAsync(buyer));
    }

    [Fact]
    public async Task AnAdminTestSendToAUserWithoutAGrantIsRefusedAndNothingIsRecorded()
    {
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var sent = await AdminSendAsync(admin, buyer.UserId, "ORDER_PAID",
            ("title", "Go 入门"), ("amount", "¥49.00"), ("time", "2026年12月2日 16:43"), ("orderNo", "KP123"));

        Assert.Equal([("NoSubscriptionGrantError", MessagingErrors.NoGrantCode)], sent.PayloadErrors());
        Assert.Empty(await MessagesAsync(admin));
        Assert.Empty(await App.WeChat.SubscriptionMessagesAsync());
    }

    [Fact]
    public async Task AnAdminTestSendToAGrantedUserArrives()
    {
        var buyer = await SignInAsync(BuyerOpenId);
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await GrantAsync(buyer, BuyerOpenId, OrderPaidTemplateId);

        var sent = await AdminSendAsync(admin, buyer.UserId, "ORDER_PAID",
            ("title", "一门标题特别特别特别特别特别长的课程名字第二版"), ("amount", "¥49.00"), ("time", "2026年12月2日 16:43"), ("orderNo", "KP123"));

        Assert.Empty(sent.PayloadErrors());
        Assert.Equal("SENT", sent.GetProperty("message").GetProperty("status").GetString());
        var data = Assert.Single(await App.WeChat.SubscriptionMessagesAsync()).GetProperty("data");
        Assert.Equal(20, data.GetProperty("thing1").GetString()!.Length);
        Assert.EndsWith("…", data.GetProperty("thing1").GetString(), StringComparison.Ordinal);
        Assert.Single(await MessagesAsync(admin, "{ status: { eq: SENT } }"));
        Assert.Empty(await MessagesAsync(admin, "{ status: { eq: NO_GRANT } }"));
    }

    private static SubscriptionMessageRequestedEvent OrderPaidRequest(Guid userId, string dedupeKey) => new(
        userId,
        MessageTemplate.OrderPaid,
        "pages/order/detail?id=1",
        new Dictionary<string, string> { ["title"] = "Go 入门", ["amount"] = "¥49.00", ["time"] = "2026年12月2日 16:43", ["orderNo"] = "KP1" },
        dedupeKey);

    private static async Task WaitForRefundAsync(Session buyer, JsonElement order)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while ((await OrderAsync(buyer.Client, Id(order))).GetProperty("refundedFen").GetInt64() == 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(25);
        }
    }

    private async Task<JsonElement> PaidOrderAsync(Session buyer, Guid courseId)
    {
        var order = await CheckedOutOrderAsync(buyer, courseId);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        await App.DrainOutboxAsync();
        return order;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SubscriptionMessageTestsOnSqlite(SqliteApp app) : SubscriptionMessageTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class SubscriptionMessageTestsOnPostgreSql(PostgreSqlApp app) : SubscriptionMessageTests(app);
