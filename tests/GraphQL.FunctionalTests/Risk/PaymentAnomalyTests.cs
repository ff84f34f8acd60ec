using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>
/// Payment anomalies reach the review queue: a notification whose amount does not match its order, and repeated
/// notifications for order numbers we never issued (Risk:UnknownOrderNotifications, default 5 in 60 minutes).
/// </summary>
public abstract class PaymentAnomalyTests(KnowledgePayApp app) : RiskTest(app)
{
    private const int UnknownThreshold = 5;

    [Fact]
    public async Task FlagsAPaymentWhoseAmountDoesNotMatchItsOrderOnTheOrderNumber()
    {
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        var order = await CheckedOutOrderAsync(buyer, (await AddPaidCourseAsync()).Id);
        await App.WeChat.ArmNotificationFaultAsync("amountMismatch");

        await App.WeChat.PayAsync(Number(order));
        await App.WeChat.WaitForDeliveriesAsync(1);
        await App.DrainOutboxAsync();

        var flag = Assert.Single(await FlagsAsync(admin, "status: OPEN"));
        Assert.Equal("PAYMENT_MISMATCH", Text(flag, "rule"));
        Assert.Equal(Number(order), Text(flag, "subject"));
        Assert.Equal(buyer.UserId, Text(flag, "userId"));
        Assert.Equal("NONE", Text(flag, "restriction"));
        Assert.Equal("AmountMismatch", JsonDocument.Parse(Text(flag, "evidence")!).RootElement.GetProperty("reason").GetString());
        Assert.Empty(await RestrictionsAsync(buyer));
    }

    [Fact]
    public async Task FlagsTheSourceWhenNotificationsForUnknownOrdersReachTheThreshold()
    {
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();

        await NotifyForUnknownOrdersAsync(buyer, UnknownThreshold - 1);
        var belowThreshold = await FlagsAsync(admin);
        await NotifyForUnknownOrdersAsync(buyer, 1);

        Assert.Empty(belowThreshold);
        var flag = Assert.Single(await FlagsAsync(admin, "rule: UNKNOWN_ORDER_NOTIFICATIONS"));
        Assert.Equal("wechatpay", Text(flag, "subject"));
        Assert.Equal(JsonValueKind.Null, flag.GetProperty("userId").ValueKind);
        Assert.Equal(1, flag.GetProperty("occurrences").GetInt32());
        Assert.Equal(UnknownThreshold, JsonDocument.Parse(Text(flag, "evidence")!).RootElement.GetProperty("notifications").GetInt32());
        Assert.Equal(UnknownThreshold, await App.ReadAsync(db => db.UnknownPaymentReports.CountAsync()));
    }

    [Fact]
    public async Task UnknownOrderNotificationsOutsideTheWindowDoNotAddUp()
    {
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();

        await NotifyForUnknownOrdersAsync(buyer, UnknownThreshold - 1);
        await AdvanceAsync(TimeSpan.FromMinutes(61));
        await NotifyForUnknownOrdersAsync(buyer, 1);

        Assert.Empty(await FlagsAsync(admin));
    }

    [Fact]
    public async Task HonestPaymentsRaiseNoFlag()
    {
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();

        for (var i = 0; i < 3; i++)
        {
            await PaidOrderAsync(buyer, (await AddPaidCourseAsync()).Id);
        }

        await App.DrainOutboxAsync();

        Assert.Empty(await FlagsAsync(admin));
        Assert.Equal(0, await App.ReadAsync(db => db.UnknownPaymentReports.CountAsync()));
        Assert.Empty(await RestrictionsAsync(buyer));
    }

    /// <summary>
    /// Scripts authentic notifications for order numbers we never issued: orders are registered with the simulator, then
    /// renumbered on our side, so WeChat Pay's notification names a number we do not know.
    /// </summary>
    private async Task NotifyForUnknownOrdersAsync(Session buyer, int count)
    {
        var before = (await App.WeChat.DeliveriesAsync()).Length;
        for (var i = 0; i < count; i++)
        {
            var order = await CheckedOutOrderAsync(buyer, (await AddPaidCourseAsync()).Id);
            var orderId = GlobalId.Decode(Id(order)).Id;
            await App.ReadAsync(db => db.Orders.Where(o => o.Id == orderId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.OutTradeNo, $"X{Guid.NewGuid():N}"[..32])));
            await App.WeChat.PayAsync(Number(order));
            await App.WeChat.WaitForDeliveriesAsync(before + i + 1);
        }

        await App.DrainOutboxAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PaymentAnomalyTestsOnSqlite(SqliteApp app) : PaymentAnomalyTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PaymentAnomalyTestsOnPostgreSql(PostgreSqlApp app) : PaymentAnomalyTests(app);
