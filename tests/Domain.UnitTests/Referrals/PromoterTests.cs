using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Domain.UnitTests.Referrals;

/// <summary>Every move of commission money keeps the promoter's buckets and the ledger entries in step.</summary>
public sealed class PromoterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);

    [Fact]
    public void EarnsTheFloorOfTheLineTimesTheRate()
    {
        Assert.Equal(271, ACommission(Promoter.Enrol(Guid.NewGuid(), true, null, Now), lineFen: 4900, rateBp: 555)!.AmountFen);
        Assert.Null(ACommission(Promoter.Enrol(Guid.NewGuid(), true, null, Now), lineFen: 9, rateBp: 1000));
    }

    [Fact]
    public void PartialRefundsTakeBackNoMoreAndNoLessThanTheWholeCommission()
    {
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);
        var commission = ACommission(promoter, lineFen: 1000, rateBp: 1000)!;
        var entries = new List<CommissionEntry> { promoter.Accrue(commission, Now) };

        // Three refunds of a third each: floor(100 × 333 / 1000) = 33, then 66 − 33 = 33, then all of what is left.
        var taken = new[] { 333L, 333L, 334L }.Select(fen => promoter.Reverse(commission, Guid.NewGuid(), fen, false, Now)).ToList();
        entries.AddRange(taken.OfType<CommissionEntry>());

        Assert.Equal([33L, 33L, 34L], taken.Select(e => e!.AmountFen));
        Assert.Equal((CommissionState.Reversed, 100L, 0L, 100L), (commission.State, commission.ReversedFen, promoter.PendingFen, promoter.ReversedFen));
        Assert.Equal(0, Net(entries, CommissionBucket.Pending));
    }

    [Fact]
    public void ARefundIsAppliedOnce()
    {
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);
        var commission = ACommission(promoter)!;
        promoter.Accrue(commission, Now);
        var refundId = Guid.NewGuid();

        var first = promoter.Reverse(commission, refundId, 1000, false, Now);
        var again = promoter.Reverse(commission, refundId, 1000, false, Now);

        Assert.NotNull(first);
        Assert.Null(again);
        Assert.Equal(first.AmountFen, promoter.ReversedFen);
    }

    [Fact]
    public void ARefundAfterTheWindowTakesFromTheValidBalanceEvenBelowZero()
    {
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);
        var commission = ACommission(promoter)!;
        promoter.Accrue(commission, Now);
        promoter.Validate(commission, Now + Window);
        var (withdrawal, _) = promoter.RequestWithdrawal(commission.AmountFen, "withdraw-1", Now + Window);
        withdrawal.Approve(Guid.NewGuid(), Now + Window);
        promoter.MarkPaid(withdrawal, Guid.NewGuid(), "BANK-1", Now + Window);

        var clawBack = promoter.Reverse(commission, Guid.NewGuid(), commission.LineAmountFen, true, Now + Window);

        Assert.Equal((CommissionBucket.Valid, CommissionBucket.Platform), (clawBack!.From, clawBack.To));
        Assert.Equal((-commission.AmountFen, 0L, commission.AmountFen), (promoter.ValidFen, promoter.AvailableFen, promoter.PaidOutFen));
        Assert.Equal(ReferralErrors.InsufficientBalanceCode,
            Assert.Throws<DomainException>(() => promoter.RequestWithdrawal(1, "withdraw-2", Now + Window)).Code);
    }

    [Fact]
    public void APendingCommissionIsNotDueBeforeItsWindowEnds()
    {
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);
        var commission = ACommission(promoter)!;

        Assert.False(commission.IsDue(Now + Window - TimeSpan.FromSeconds(1)));
        Assert.True(commission.IsDue(Now + Window));
        Assert.Throws<InvalidOperationException>(() => promoter.Validate(commission, Now));
    }

    [Fact]
    public void ARejectedWithdrawalReleasesItsAmountAndCannotBePaid()
    {
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);
        var commission = ACommission(promoter)!;
        promoter.Accrue(commission, Now);
        promoter.Validate(commission, Now + Window);
        var (withdrawal, held) = promoter.RequestWithdrawal(100, "withdraw-1", Now + Window);

        var released = promoter.Reject(withdrawal, Guid.NewGuid(), "No bank details", Now + Window);

        Assert.Equal(0, Net([held, released], CommissionBucket.Held));
        Assert.Equal((commission.AmountFen, 0L), (promoter.ValidFen, promoter.HeldFen));
        Assert.Equal(ReferralErrors.WithdrawalNotOpenCode,
            Assert.Throws<DomainException>(() => promoter.MarkPaid(withdrawal, Guid.NewGuid(), "BANK-1", Now + Window)).Code);
    }

    [Fact]
    public void AnUplineIsAdoptedOnceAndNeverMakesALoop()
    {
        var promoter = Promoter.Enrol(Guid.NewGuid(), true, null, Now);
        var recruit = Promoter.Enrol(Guid.NewGuid(), true, promoter.Id, Now);
        var third = Promoter.Enrol(Guid.NewGuid(), true, null, Now);

        promoter.AdoptUpline(recruit);
        promoter.AdoptUpline(third);
        promoter.AdoptUpline(third);

        Assert.Equal(third.Id, promoter.UplinePromoterId);
        Assert.Equal(promoter.Id, recruit.UplinePromoterId);
    }

    [Fact]
    public void CodesAvoidLookAlikeCharacters()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => Promoter.Enrol(Guid.NewGuid(), true, null, Now).Code).ToList();

        Assert.All(codes, c => Assert.Matches($"^[2-9A-HJKMNP-Z]{{{ReferralLimits.CodeLength}}}$", c));
    }

    private static Commission? ACommission(Promoter promoter, long lineFen = 4900, int rateBp = 1000) =>
        Commission.Earn(promoter.Id, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, OfferKind.Course, Guid.NewGuid(), lineFen, rateBp, Now, Window);

    private static long Net(IEnumerable<CommissionEntry> entries, CommissionBucket bucket) =>
        entries.Sum(e => (e.To == bucket ? e.AmountFen : 0) - (e.From == bucket ? e.AmountFen : 0));
}
