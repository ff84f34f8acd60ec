using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.UnitTests.Moderation;

public sealed class ModerationCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Moderator = Guid.NewGuid();

    [Fact]
    public void HoldsVisibleContentOnceWhenTheReportsReachTheThreshold()
    {
        var moderationCase = ACase();

        moderationCase.Report(Guid.NewGuid(), "广告", ModerationStatus.Visible, reportsToHold: 2, Now);
        Assert.Empty(moderationCase.DomainEvents());
        moderationCase.Report(Guid.NewGuid(), "广告", ModerationStatus.Visible, reportsToHold: 2, Now);
        moderationCase.Report(Guid.NewGuid(), "广告", ModerationStatus.Visible, reportsToHold: 2, Now);

        var held = Assert.Single(moderationCase.DomainEvents());
        Assert.Equal(
            new ContentModeratedEvent(ModeratedContentKind.Comment, moderationCase.ContentId, ModerationStatus.Held, ModerationCase.SystemModeratorId),
            held);
        Assert.Equal(3, moderationCase.ReportCount);
        Assert.Equal([ModerationHoldReason.UserReports], moderationCase.Reasons);
    }

    [Fact]
    public void CountsReportsOnHeldContentWithoutHoldingItAgain()
    {
        var moderationCase = ACase();
        moderationCase.Hold("加微信", ModerationHoldReason.ContentSecurityReview);

        moderationCase.Report(Guid.NewGuid(), "广告", ModerationStatus.Held, reportsToHold: 1, Now);

        Assert.Empty(moderationCase.DomainEvents());
        Assert.Equal([ModerationHoldReason.ContentSecurityReview], moderationCase.Reasons);
    }

    [Theory]
    [InlineData(ModerationDecision.Approve, ModerationStatus.Held, ModerationStatus.Visible)]
    [InlineData(ModerationDecision.Approve, ModerationStatus.Visible, ModerationStatus.Visible)]
    [InlineData(ModerationDecision.Hide, ModerationStatus.Held, ModerationStatus.Hidden)]
    [InlineData(ModerationDecision.Hide, ModerationStatus.Visible, ModerationStatus.Hidden)]
    [InlineData(ModerationDecision.Restore, ModerationStatus.Hidden, ModerationStatus.Visible)]
    public void ResolvesTheCaseAndTellsTheOwnerTheNewStatus(ModerationDecision decision, ModerationStatus current, ModerationStatus expected)
    {
        var moderationCase = ACase();

        moderationCase.Decide(decision, current, Moderator, Now);

        Assert.Equal((ModerationCaseStatus.Resolved, decision, Moderator, Now),
            (moderationCase.Status, moderationCase.Decision, moderationCase.ModeratorId, moderationCase.DecidedAt));
        Assert.Equal(new ContentModeratedEvent(ModeratedContentKind.Comment, moderationCase.ContentId, expected, Moderator),
            Assert.Single(moderationCase.DomainEvents()));
    }

    [Theory]
    [InlineData(ModerationDecision.Approve, ModerationStatus.Hidden)]
    [InlineData(ModerationDecision.Hide, ModerationStatus.Hidden)]
    [InlineData(ModerationDecision.Restore, ModerationStatus.Visible)]
    [InlineData(ModerationDecision.Restore, ModerationStatus.Held)]
    public void RefusesADecisionThatDoesNotApplyToTheContentsStatus(ModerationDecision decision, ModerationStatus current)
    {
        var moderationCase = ACase();

        var error = Assert.Throws<DomainException>(() => moderationCase.Decide(decision, current, Moderator, Now));

        Assert.Equal(ModerationCaseErrors.DecisionNotApplicableCode, error.Code);
        Assert.Equal(ModerationCaseStatus.Open, moderationCase.Status);
        Assert.Empty(moderationCase.DomainEvents());
    }

    [Fact]
    public void KeepsEachHoldReasonOnceAndTheLatestText()
    {
        var moderationCase = ACase();

        moderationCase.Hold("first", ModerationHoldReason.SensitiveWord);
        moderationCase.Hold("second", ModerationHoldReason.SensitiveWord);
        moderationCase.Hold("third", ModerationHoldReason.CheckUnavailable);

        Assert.Equal("third", moderationCase.Text);
        Assert.Equal([ModerationHoldReason.SensitiveWord, ModerationHoldReason.CheckUnavailable], moderationCase.Reasons);
    }

    private static ModerationCase ACase() =>
        ModerationCase.Open(ModeratedContentKind.Comment, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "text", Now);
}
