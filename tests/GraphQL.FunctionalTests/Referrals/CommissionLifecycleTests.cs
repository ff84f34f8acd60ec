using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Orders;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Referrals;

/// <summary>Commissions through the refund window, refunds before and after it, two levels and self-purchase.</summary>
public abstract class CommissionLifecycleTests(KnowledgePayApp app) : ReferralTest(app)
{
    private static readonly TimeSpan PastTheWindow = TimeSpan.FromDays(new RefundPolicyOptions().WindowDays) + TimeSpan.FromHours(1);

    [Fact]
    public async Task ACommissionIsPendingAtPaymentAndValidOnlyAfterTheRefundWindow()
    {
        var course = await AddPaidCourseAsync();
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        Assert.Empty((await BindAsync(buyer, await PromoterCodeAsync(promoter))).PayloadErrors());

        await BuyAsync(buyer, course.Id);
        var atPayment = await EarningsAsync(promoter);
        var sweptEarly = await SweepAsync();
        await AdvanceAsync(PastTheWindow);
        var sweptLate = await SweepAsync();
        var sweptAgain = await SweepAsync();

        Assert.Equal((Level1Fen, 0L, 0L), (Fen(atPayment, "pendingFen"), Fen(atPayment, "validFen"), Fen(atPayment, "availableFen")));
        Assert.Equal((0, 1, 0), (sweptEarly, sweptLate, sweptAgain));
        var after = await EarningsAsync(promoter);
        Assert.Equal((0L, Level1Fen, Level1Fen), (Fen(after, "pendingFen"), Fen(after, "validFen"), Fen(after, "availableFen")));
        var commission = Assert.Single(await CommissionsAsync(promoter));
        Assert.Equal(("VALID", 1, 1000), (commission.GetProperty("state").GetString(), commission.GetProperty("level").GetInt32(), commission.GetProperty("rateBp").GetInt32()));
        var books = await AssertCommissionBooksBalancedAsync(admin);
        Assert.Equal(Level1Fen, Fen(books, "accruedFen"));
    }

    [Fact]
    public async Task RefundsReverseTheCommissionInProportionAndExactlyOnceWhenTheirEventsRepeat()
    {
        var course = await AddPaidCourseAsync();
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        await BindAsync(buyer, await PromoterCodeAsync(promoter));
        var order = await BuyAsync(buyer, course.Id);

        await RefundAsync(admin, buyer, order, 1000, "PARTIALLY_REFUNDED");
        var partly = await EarningsAsync(promoter);
        await PublishAsync(await RefundEventAsync(order, 0));
        var replayedPartial = await EarningsAsync(promoter);
        await RefundAsync(admin, buyer, order, null, "REFUNDED");
        await PublishAsync(await RefundEventAsync(order, 1));
        await PublishAsync(await RefundEventAsync(order, 0));

        // 1000 of 4900 fen refunded takes floor(490 × 1000 / 4900) = 100 fen back; the rest takes the remaining 390.
        Assert.Equal((Level1Fen - 100, 100L), (Fen(partly, "pendingFen"), Fen(partly, "reversedFen")));
        Assert.Equal(partly.GetRawText(), replayedPartial.GetRawText());
        var after = await EarningsAsync(promoter);
        Assert.Equal((0L, 0L, Level1Fen), (Fen(after, "pendingFen"), Fen(after, "validFen"), Fen(after, "reversedFen")));
        var commission = Assert.Single(await CommissionsAsync(promoter));
        Assert.Equal(("REVERSED", Level1Fen), (commission.GetProperty("state").GetString(), commission.GetProperty("reversedFen").GetInt64()));
        await AdvanceAsync(PastTheWindow);
        Assert.Equal(0, await SweepAsync());
        await AssertCommissionBooksBalancedAsync(admin);
    }

    [Fact]
    public async Task ARefundAfterTheWindowClawsBackWhatWasAlreadyPaidOutAndLeavesThePromoterOwing()
    {
        var course = await AddPaidCourseAsync();
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        await BindAsync(buyer, await PromoterCodeAsync(promoter));
        var order = await BuyAsync(buyer, course.Id);
        await AdvanceAsync(PastTheWindow);
        await SweepAsync();
        var withdrawal = (await WithdrawAsync(promoter, Level1Fen)).GetProperty("withdrawal").GetProperty("id").GetString();
        await ReviewAsync(admin, "approveWithdrawal", new { withdrawalId = withdrawal });
        await ReviewAsync(admin, "markWithdrawalPaid", new { withdrawalId = withdrawal, reference = "BANK-0001" });

        await RefundAsync(admin, buyer, order, null, "REFUNDED");
        var another = await WithdrawAsync(promoter, 1);

        var after = await EarningsAsync(promoter);
        Assert.Equal((-Level1Fen, 0L, Level1Fen, Level1Fen), (Fen(after, "validFen"), Fen(after, "availableFen"), Fen(after, "withdrawnFen"), Fen(after, "reversedFen")));
        Assert.Equal([("WithdrawalExceedsBalanceError", "WITHDRAWAL_EXCEEDS_BALANCE")], another.PayloadErrors());
        var books = await AssertCommissionBooksBalancedAsync(admin);
        Assert.Equal(Level1Fen, Fen(books, "owedFen"));
    }

    [Fact]
    public async Task TheReferrersUplineEarnsTheSecondLevelAtTheOffersOwnRatesAndARefundReversesBothLevels()
    {
        var course = await AddPaidCourseAsync();
        var upline = await SignInAsync("o_upline");
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        await BindAsync(promoter, await PromoterCodeAsync(upline));
        await BindAsync(buyer, await PromoterCodeAsync(promoter));
        var rates = (await admin.Client.QueryAsync(
            $"mutation($input: SetCommissionRatesInput!) {{ setCommissionRates(input: $input) {{ rates {{ courseId level1Bp level2Bp }} {Failure} }} }}",
            new { input = new { courseId = GlobalId.Encode("Course", course.Id), level1Bp = 2000, level2Bp = 555 } })).GetProperty("setCommissionRates");

        var order = await BuyAsync(buyer, course.Id);
        var promoterEarned = Fen(await EarningsAsync(promoter), "pendingFen");
        var uplineEarned = Fen(await EarningsAsync(upline), "pendingFen");
        await AssertCommissionBooksBalancedAsync(admin);
        await RefundAsync(admin, buyer, order, null, "REFUNDED");

        Assert.Empty(rates.PayloadErrors());
        // floor(4900 × 2000 / 10000) = 980; floor(4900 × 555 / 10000) = floor(271.95) = 271.
        Assert.Equal((980L, 271L), (promoterEarned, uplineEarned));
        var level2 = Assert.Single(await CommissionsAsync(upline));
        Assert.Equal((2, "REVERSED"), (level2.GetProperty("level").GetInt32(), level2.GetProperty("state").GetString()));
        Assert.Equal((0L, 980L), (Fen(await EarningsAsync(promoter), "pendingFen"), Fen(await EarningsAsync(promoter), "reversedFen")));
        Assert.Equal(271, Fen(await EarningsAsync(upline), "reversedFen"));
        await AssertCommissionBooksBalancedAsync(admin);
    }

    [Fact]
    public async Task WithOneLevelConfiguredTheUplineEarnsNothing()
    {
        Configure("Levels", "1");
        var course = await AddPaidCourseAsync();
        var upline = await SignInAsync("o_upline");
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        await BindAsync(promoter, await PromoterCodeAsync(upline));
        await BindAsync(buyer, await PromoterCodeAsync(promoter));

        await BuyAsync(buyer, course.Id);

        Assert.Equal(Level1Fen, Fen(await EarningsAsync(promoter), "pendingFen"));
        Assert.Empty(await CommissionsAsync(upline));
    }

    [Fact]
    public async Task APromotersOwnPurchaseEarnsThemLevelOneOnlyWhenSelfPurchaseIsOn()
    {
        var course = await AddPaidCourseAsync();
        var second = await AddPaidCourseAsync();
        var upline = await SignInAsync("o_upline");
        var promoter = await SignInAsync("o_promoter");
        await BindAsync(promoter, await PromoterCodeAsync(upline));
        await PromoterCodeAsync(promoter);

        await BuyAsync(promoter, course.Id);
        var offOwn = await CommissionsAsync(promoter);
        var offUpline = await CommissionsAsync(upline);
        Configure("Binding:AllowSelfPurchase", "true");
        await BuyAsync(promoter, second.Id);

        Assert.Empty(offOwn);
        Assert.Equal((1, Level1Fen), (Assert.Single(offUpline).GetProperty("level").GetInt32(), offUpline[0].GetProperty("amountFen").GetInt64()));
        var own = Assert.Single(await CommissionsAsync(promoter));
        Assert.Equal((1, Level1Fen), (own.GetProperty("level").GetInt32(), own.GetProperty("amountFen").GetInt64()));
        Assert.Equal([(1, Level1Fen), (2, Level2Fen)],
            (await CommissionsAsync(upline)).Select(c => (c.GetProperty("level").GetInt32(), c.GetProperty("amountFen").GetInt64())).OrderBy(c => c.Item2).Reverse());
        await AssertCommissionBooksBalancedAsync(await AdminAsync());
    }

    [Fact]
    public async Task AFriendWhoOpensAShareAndBuysEarnsTheSharerACommissionThatTheRefundReverses()
    {
        var course = await AddPaidCourseAsync();
        var sharer = await SignInAsync("o_sharer");
        var friend = await SignInAsync("o_friend");
        var admin = await AdminAsync();
        var share = (await sharer.Client.QueryAsync(
            $"mutation($input: ShareLinkInput!) {{ shareLink(input: $input) {{ share {{ scene }} {Failure} }} }}",
            new { input = new { courseId = GlobalId.Encode("Course", course.Id) } })).GetProperty("shareLink").GetProperty("share");

        var opened = await friend.Client.QueryAsync(
            $"mutation($input: OpenSharedLinkInput!) {{ openSharedLink(input: $input) {{ openedShare {{ firstVisit }} {Failure} }} }}",
            new { input = new { scene = share.GetProperty("scene").GetString() } });
        var order = await BuyAsync(friend, course.Id);
        var earned = await EarningsAsync(sharer);
        await RefundAsync(admin, friend, order, null, "REFUNDED");

        Assert.True(opened.GetProperty("openSharedLink").GetProperty("openedShare").GetProperty("firstVisit").GetBoolean());
        Assert.Equal(await PromoterIdOfUserAsync(sharer), await BoundPromoterAsync(friend));
        Assert.Equal(Level1Fen, Fen(earned, "pendingFen"));
        var after = await EarningsAsync(sharer);
        Assert.Equal((0L, Level1Fen), (Fen(after, "pendingFen"), Fen(after, "reversedFen")));
        Assert.Equal("REVERSED", Assert.Single(await CommissionsAsync(sharer)).GetProperty("state").GetString());
        await AssertCommissionBooksBalancedAsync(admin);
    }

    [Fact]
    public async Task ARepeatedPaymentEventEarnsNothingTwice()
    {
        var course = await AddPaidCourseAsync();
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        await BindAsync(buyer, await PromoterCodeAsync(promoter));
        await BuyAsync(buyer, course.Id);

        // The event exactly as the payment raised it, from the outbox that stored it for the after-commit reactions.
        var paid = await App.ReadAsync(async db =>
        {
            var stored = await ((AppDbContext)db).OutboxMessages.AsNoTracking()
                .SingleAsync(m => m.Type == AfterCommitHandlers.NameOf(typeof(OrderPaidEvent)));
            return JsonSerializer.Deserialize<OrderPaidEvent>(stored.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        });
        await PublishAsync(paid);

        Assert.Single(await CommissionsAsync(promoter));
        Assert.Equal(Level1Fen, Fen(await EarningsAsync(promoter), "pendingFen"));
        await AssertCommissionBooksBalancedAsync(await AdminAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CommissionLifecycleTestsOnSqlite(SqliteApp app) : CommissionLifecycleTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CommissionLifecycleTestsOnPostgreSql(PostgreSqlApp app) : CommissionLifecycleTests(app);
