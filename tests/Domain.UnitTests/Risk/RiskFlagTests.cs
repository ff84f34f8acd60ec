using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Domain.UnitTests.Risk;

public sealed class RiskFlagTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void ARaisedFlagIsOpenRestrictsAndSaysSo()
    {
        var flag = RiskFlag.Raise(RiskRule.RefundAbuse, UserId, UserId.ToString(), "{\"refunds\":5}", RiskRestriction.NoLearnerRefunds, Now);

        Assert.Equal((RiskFlagStatus.Open, 1, true), (flag.Status, flag.Occurrences, flag.Restricts));
        var raised = Assert.IsType<RiskFlagRaisedEvent>(Assert.Single(flag.DomainEvents()));
        Assert.Equal((flag.Id, RiskRule.RefundAbuse, (Guid?)UserId), (raised.RiskFlagId, raised.Rule, raised.UserId));
    }

    [Fact]
    public void SeeingItAgainCountsOnTheSameFlag()
    {
        var flag = RiskFlag.Raise(RiskRule.FailedLogins, null, "203.0.113.9", "{\"failures\":20}", RiskRestriction.None, Now);

        flag.SeenAgain("{\"failures\":31}", Now.AddMinutes(5));

        Assert.Equal((2, Now.AddMinutes(5), "{\"failures\":31}"), (flag.Occurrences, flag.LastSeenAt, flag.Evidence));
        Assert.False(flag.Restricts);
    }

    [Fact]
    public void ClearingAFalseFlagLiftsTheRestrictionAndAReviewedFlagCannotBeReviewedAgain()
    {
        var adminId = Guid.CreateVersion7();
        var flag = RiskFlag.Raise(RiskRule.AccountSharing, UserId, UserId.ToString(), "{}", RiskRestriction.StepUpLogin, Now);
        flag.ClearDomainEvents();

        flag.Clear(adminId, "  family tablet  ", Now.AddHours(1));

        Assert.Equal((RiskFlagStatus.Cleared, false, "family tablet", (Guid?)adminId), (flag.Status, flag.Restricts, flag.ReviewNote, flag.ReviewedBy));
        Assert.IsType<RiskFlagReviewedEvent>(Assert.Single(flag.DomainEvents()));
        var error = Assert.Throws<DomainException>(() => flag.Confirm(adminId, "", Now.AddHours(2)));
        Assert.Equal(RiskErrors.AlreadyReviewedCode, error.Code);
    }

    [Fact]
    public void AConfirmedFlagKeepsRestricting()
    {
        var flag = RiskFlag.Raise(RiskRule.RefundAbuse, UserId, UserId.ToString(), "{}", RiskRestriction.NoLearnerRefunds, Now);

        flag.Confirm(Guid.CreateVersion7(), "serial refunder", Now.AddHours(1));

        Assert.True(flag.Restricts);
    }

    [Fact]
    public void AFlagNeedsASubject() =>
        Assert.Throws<DomainException>(() => RiskFlag.Raise(RiskRule.FailedLogins, null, " ", "{}", RiskRestriction.None, Now));

    [Fact]
    public void DetachingForgetsTheUserAndASubjectThatWasTheirId()
    {
        var byUser = RiskFlag.Raise(RiskRule.RefundAbuse, UserId, UserId.ToString(), "{\"refunds\":3}", RiskRestriction.NoLearnerRefunds, Now);
        var byOrder = RiskFlag.Raise(RiskRule.PaymentMismatch, UserId, "KP202612030001", "{}", RiskRestriction.None, Now);

        byUser.Detach();
        byOrder.Detach();

        Assert.Null(byUser.UserId);
        Assert.DoesNotContain(UserId.ToString(), byUser.Subject);
        Assert.Equal("{\"refunds\":3}", byUser.Evidence);
        Assert.Equal((null, "KP202612030001"), (byOrder.UserId, byOrder.Subject));
    }
}
