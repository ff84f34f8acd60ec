using KnowledgePay.Application.Orders;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Referrals;

/// <summary>Withdrawals never take more than the valid balance, even when requested concurrently, and end rejected or paid.</summary>
public abstract class WithdrawalTests(KnowledgePayApp app) : ReferralTest(app)
{
    [Fact]
    public async Task WithdrawingMoreThanTheValidBalanceIsRefusedAndChangesNothing()
    {
        var (promoter, admin) = await PromoterWithPendingCommissionAsync();

        var whilePending = await WithdrawAsync(promoter, 1);
        await AdvanceAsync(TimeSpan.FromDays(new RefundPolicyOptions().WindowDays + 1));
        await SweepAsync();
        var tooMuch = await WithdrawAsync(promoter, Level1Fen + 1);
        var nothing = await WithdrawAsync(promoter, 0);

        Assert.Equal([("WithdrawalExceedsBalanceError", "WITHDRAWAL_EXCEEDS_BALANCE")], whilePending.PayloadErrors());
        Assert.Equal([("WithdrawalExceedsBalanceError", "WITHDRAWAL_EXCEEDS_BALANCE")], tooMuch.PayloadErrors());
        Assert.Equal([("InvalidInputError", "BAD_USER_INPUT")], nothing.PayloadErrors());
        var earnings = await EarningsAsync(promoter);
        Assert.Equal((Level1Fen, 0L), (Fen(earnings, "validFen"), Fen(earnings, "heldFen")));
        Assert.Equal(0, await App.ReadAsync(db => db.Withdrawals.CountAsync()));
        await AssertCommissionBooksBalancedAsync(admin);
    }

    [Fact]
    public async Task AWithdrawalIsHeldThenPaidOrRejectedAndTheSameKeyWithdrawsOnce()
    {
        var (promoter, admin) = await PromoterWithValidCommissionAsync();

        var first = await WithdrawAsync(promoter, 300, "withdraw-0001");
        var retried = await WithdrawAsync(promoter, 300, "withdraw-0001");
        var reused = await WithdrawAsync(promoter, 100, "withdraw-0001");
        var held = await EarningsAsync(promoter);
        var id = first.GetProperty("withdrawal").GetProperty("id").GetString();
        var paidBeforeApproval = await ReviewAsync(admin, "markWithdrawalPaid", new { withdrawalId = id, reference = "BANK-1" });
        var queue = (await admin.Client.QueryAsync("{ withdrawals(status: REQUESTED) { nodes { id amountFen } } }")).Nodes("withdrawals");
        await ReviewAsync(admin, "approveWithdrawal", new { withdrawalId = id });
        var paid = await ReviewAsync(admin, "markWithdrawalPaid", new { withdrawalId = id, reference = "BANK-1" });
        var second = (await WithdrawAsync(promoter, 190)).GetProperty("withdrawal").GetProperty("id").GetString();
        var rejected = await ReviewAsync(admin, "rejectWithdrawal", new { withdrawalId = second, reason = "Bank details missing" });
        var rejectedAgain = await ReviewAsync(admin, "rejectWithdrawal", new { withdrawalId = second, reason = "Twice" });

        Assert.Equal(id, retried.GetProperty("withdrawal").GetProperty("id").GetString());
        Assert.Equal([("WithdrawalKeyReusedError", "WITHDRAWAL_KEY_REUSED")], reused.PayloadErrors());
        Assert.Equal((Level1Fen - 300, 300L), (Fen(held, "validFen"), Fen(held, "heldFen")));
        Assert.Equal([("WithdrawalNotOpenError", "WITHDRAWAL_NOT_OPEN")], paidBeforeApproval.PayloadErrors());
        Assert.Equal(id, Assert.Single(queue).GetProperty("id").GetString());
        Assert.Equal(("PAID", "BANK-1"), (paid.GetProperty("withdrawal").GetProperty("status").GetString(), paid.GetProperty("withdrawal").GetProperty("payoutReference").GetString()));
        Assert.Equal("REJECTED", rejected.GetProperty("withdrawal").GetProperty("status").GetString());
        Assert.Equal([("WithdrawalNotOpenError", "WITHDRAWAL_NOT_OPEN")], rejectedAgain.PayloadErrors());
        var after = await EarningsAsync(promoter);
        Assert.Equal((Level1Fen - 300, 0L, 300L), (Fen(after, "validFen"), Fen(after, "heldFen"), Fen(after, "withdrawnFen")));
        var books = await AssertCommissionBooksBalancedAsync(admin);
        Assert.Equal(300, Fen(books, "paidOutFen"));
    }

    [Fact]
    public async Task OfConcurrentWithdrawalsOnlyAsManyAsTheBalanceCoversSucceed()
    {
        var (promoter, admin) = await PromoterWithValidCommissionAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => WithdrawAsync(promoter, 300)));

        Assert.Single(results, r => r.PayloadErrors().Count == 0);
        Assert.All(results.Where(r => r.PayloadErrors().Count > 0), r => Assert.Contains(
            Assert.Single(r.PayloadErrors()).Code, new[] { "WITHDRAWAL_EXCEEDS_BALANCE", "CONFLICT" }));
        var earnings = await EarningsAsync(promoter);
        Assert.Equal((Level1Fen - 300, 300L), (Fen(earnings, "validFen"), Fen(earnings, "heldFen")));
        Assert.Equal(300, await App.ReadAsync(db => db.Withdrawals.SumAsync(w => w.AmountFen)));
        await AssertCommissionBooksBalancedAsync(admin);
    }

    private async Task<(Session Promoter, Session Admin)> PromoterWithPendingCommissionAsync()
    {
        var course = await AddPaidCourseAsync();
        var promoter = await SignInAsync("o_promoter");
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        await BindAsync(buyer, await PromoterCodeAsync(promoter));
        await BuyAsync(buyer, course.Id);
        return (promoter, admin);
    }

    private async Task<(Session Promoter, Session Admin)> PromoterWithValidCommissionAsync()
    {
        var sessions = await PromoterWithPendingCommissionAsync();
        await AdvanceAsync(TimeSpan.FromDays(new RefundPolicyOptions().WindowDays + 1));
        Assert.Equal(1, await SweepAsync());
        return sessions;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WithdrawalTestsOnSqlite(SqliteApp app) : WithdrawalTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class WithdrawalTestsOnPostgreSql(PostgreSqlApp app) : WithdrawalTests(app);
