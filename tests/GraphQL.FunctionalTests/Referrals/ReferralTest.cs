using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Referrals.Commands.ValidateDueCommissions;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Sharing;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Referrals;

/// <summary>
/// 分销 through the API: promoters apply and share their code, buyers bind and pay through the simulator's WeChat Pay,
/// the sweep turns commissions valid once the app's clock has passed the refund window, and admins refund and pay out.
/// Each test starts from the default referral settings (open policy, first touch, 30 days, no self-purchase).
/// </summary>
public abstract class ReferralTest : OrdersTest
{
    public const string EarningsFields = "pendingFen validFen availableFen heldFen withdrawnFen reversedFen";
    public const string Failure = "errors { __typename ... on Error { code message } }";

    /// <summary>The default rates: 10% to the referrer, 3% to their upline, of the 4900-fen test course.</summary>
    public const long Level1Fen = 490;
    public const long Level2Fen = 147;

    protected ReferralTest(KnowledgePayApp app)
        : base(app)
    {
        Configure("PromoterPolicy", "Open");
        Configure("Binding:Attribution", "FirstTouch");
        Configure("Binding:BindingDays", "30");
        Configure("Binding:AllowSelfPurchase", "false");
        Configure("Levels", "2");
    }

    /// <summary>Changes a <c>Referrals</c> setting for the requests that follow (the handlers read a snapshot per request).</summary>
    protected void Configure(string key, string value) => App.Services.GetRequiredService<IConfiguration>()[$"Referrals:{key}"] = value;

    protected static Guid UserId(Session session) => GlobalId.Decode(session.UserId).Id;

    protected static async Task<JsonElement> ApplyAsync(Session user) =>
        (await user.Client.QueryAsync($"mutation {{ applyAsPromoter {{ promoter {{ id code status }} {Failure} }} }}"))
        .GetProperty("applyAsPromoter");

    /// <summary>Makes the user a promoter (open policy) and returns their invitation code.</summary>
    protected static async Task<string> PromoterCodeAsync(Session user)
    {
        var applied = await ApplyAsync(user);
        Assert.Empty(applied.PayloadErrors());
        return applied.GetProperty("promoter").GetProperty("code").GetString()!;
    }

    protected static async Task<JsonElement> BindAsync(Session buyer, string code) =>
        (await buyer.Client.QueryAsync(
            $"mutation($input: BindReferrerInput!) {{ bindReferrer(input: $input) {{ binding {{ promoterCode boundAt expiresAt }} {Failure} }} }}",
            new { input = new { promoterCode = code } })).GetProperty("bindReferrer");

    protected static async Task<JsonElement> MyPromoterAsync(Session user) =>
        (await user.Client.QueryAsync(
            $"{{ myPromoter {{ id code status earnings {{ {EarningsFields} }} commissions {{ nodes {{ level amountFen reversedFen state rateBp }} }} withdrawals {{ nodes {{ amountFen status }} }} }} }}"))
        .GetProperty("myPromoter");

    protected static async Task<JsonElement> EarningsAsync(Session user) => (await MyPromoterAsync(user)).GetProperty("earnings");

    protected static long Fen(JsonElement earnings, string field) => earnings.GetProperty(field).GetInt64();

    protected static async Task<List<JsonElement>> CommissionsAsync(Session user) =>
        [.. (await MyPromoterAsync(user)).GetProperty("commissions").GetProperty("nodes").EnumerateArray()];

    /// <summary>The buyer orders the course, WeChat Pay takes the money and notifies the app; returns the paid order.</summary>
    protected async Task<JsonElement> BuyAsync(Session buyer, Guid courseId)
    {
        var order = await CheckedOutOrderAsync(buyer, courseId);
        await App.WeChat.PayAsync(Number(order));
        var paid = await WaitForStatusAsync(buyer.Client, Id(order), "PAID");
        Assert.Equal("PAID", Status(paid));
        return paid;
    }

    /// <summary>An admin refunds <paramref name="amountFen"/> (all that is left when null) and waits for WeChat Pay's notification.</summary>
    protected async Task RefundAsync(Session admin, Session buyer, JsonElement order, long? amountFen, string status)
    {
        Assert.Empty((await IssueRefundAsync(admin, Id(order), amountFen)).PayloadErrors());
        Assert.Equal(status, Status(await WaitForStatusAsync(buyer.Client, Id(order), status)));
    }

    /// <summary>
    /// Moves the app's clock and the simulated WeChat's together, as real time would pass for both (WeChat Pay checks
    /// request timestamps and order expiry by its own clock).
    /// </summary>
    protected async Task AdvanceAsync(TimeSpan by)
    {
        App.Clock.Advance(by);
        await App.WeChat.AdvanceClockAsync(by.TotalSeconds);
    }

    /// <summary>Runs the sweep that turns commissions past their refund window valid; returns how many.</summary>
    protected Task<int> SweepAsync() => RunSystemCommandAsync(new ValidateDueCommissionsCommand(100));

    /// <summary>Delivers an event to its in-transaction handlers and saves, as the save that raised it would.</summary>
    protected async Task PublishAsync(IDomainEvent domainEvent)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().PublishDomainEventAsync(domainEvent, CancellationToken.None);
        await ((DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>()).SaveChangesAsync();
    }

    /// <summary>The visitor opens the sharer's share of a course (the share feature raises this once per visitor and share).</summary>
    protected Task OpenShareAsync(Session sharer, Session visitor, Guid? shareId = null) =>
        PublishAsync(new SharedLinkOpenedEvent(shareId ?? Guid.NewGuid(), UserId(sharer), UserId(visitor), Guid.NewGuid(), App.Clock.GetUtcNow()));

    /// <summary>The refund event of the order's refund <paramref name="index"/> as the order raised it, to deliver again.</summary>
    protected Task<OrderRefundedEvent> RefundEventAsync(JsonElement order, int index) =>
        App.ReadAsync(async db =>
        {
            var stored = await db.Orders.AsNoTracking().Include(o => o.Refunds).SingleAsync(o => o.Id == GlobalId.Decode(Id(order)).Id);
            var refund = stored.Refunds.OrderBy(r => r.RequestedAt).ElementAt(index);
            var lines = stored.Lines.Select(l => new LineRefunded(l.Id, l.Kind, l.OfferId, refund.AmountFor(l.Id), l.IsFullyRefunded, l.IsGift)).ToList();
            return new OrderRefundedEvent(stored.Id, stored.UserId, refund.Id, refund.AmountFen, stored.IsFullyRefunded, lines, null, stored.Channel);
        });

    protected Task<Guid?> PromoterIdOfUserAsync(Session user)
    {
        var userId = UserId(user);
        return App.ReadAsync(db => db.Promoters.Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync());
    }

    protected Task<Guid?> BoundPromoterAsync(Session buyer)
    {
        var buyerId = UserId(buyer);
        return App.ReadAsync(db => db.ReferralBindings.Where(b => b.BuyerId == buyerId).Select(b => (Guid?)b.PromoterId).SingleOrDefaultAsync());
    }

    protected static async Task<JsonElement> WithdrawAsync(Session promoter, long amountFen, string? key = null) =>
        (await promoter.Client.QueryAsync(
            $"mutation($input: RequestWithdrawalInput!) {{ requestWithdrawal(input: $input) {{ withdrawal {{ id amountFen status }} {Failure} }} }}",
            new { input = new { amountFen, idempotencyKey = key ?? $"key-{Guid.NewGuid():N}" } })).GetProperty("requestWithdrawal");

    protected static async Task<JsonElement> ReviewAsync(Session admin, string mutation, object input) =>
        (await admin.Client.QueryAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ withdrawal {{ id status amountFen payoutReference }} {Failure} }} }}",
            new { input })).GetProperty(mutation);

    /// <summary>The commission ledger balances and agrees with every promoter's balances, commissions and withdrawals.</summary>
    protected static async Task<JsonElement> AssertCommissionBooksBalancedAsync(Session admin)
    {
        var books = (await admin.Client.QueryAsync(
            "{ commissionBooks { balanced problems { message } accruedFen reversedFen pendingFen validFen heldFen paidOutFen platformFen owedFen } }"))
            .GetProperty("commissionBooks");
        Assert.Empty(books.GetProperty("problems").EnumerateArray());
        Assert.True(books.GetProperty("balanced").GetBoolean());
        Assert.Equal(0, Fen(books, "platformFen") + Fen(books, "pendingFen") + Fen(books, "validFen") + Fen(books, "heldFen") + Fen(books, "paidOutFen"));
        return books;
    }
}
