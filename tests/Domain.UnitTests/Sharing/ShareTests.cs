using KnowledgePay.Domain.Sharing;

namespace KnowledgePay.Domain.UnitTests.Sharing;

public sealed class ShareTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Sharer = Guid.NewGuid();
    private static readonly Guid Visitor = Guid.NewGuid();
    private static readonly Guid CourseId = Guid.NewGuid();

    [Fact]
    public void GivesEveryShareItsOwnBase62SceneThatFitsAMiniProgramCode()
    {
        var scenes = Enumerable.Range(0, 100).Select(_ => Share.Create(Sharer, CourseId, Now).Scene).ToList();

        Assert.Equal(100, scenes.Distinct().Count());
        Assert.All(scenes, s => Assert.Matches($"^[0-9A-Za-z]{{{SharingLimits.SceneLength}}}$", s));
        Assert.True(SharingLimits.SceneLength <= 32);
    }

    [Fact]
    public void AVisitorsFirstVisitRaisesSharedLinkOpened()
    {
        var share = Share.Create(Sharer, CourseId, Now);

        var visit = share.FirstVisitBy(Visitor, Now)!;

        Assert.Equal((share.Id, Visitor, Now, Now, 1), (visit.ShareId, visit.VisitorId, visit.FirstOpenedAt, visit.LastOpenedAt, visit.OpenCount));
        Assert.Equal([new SharedLinkOpenedEvent(share.Id, Sharer, Visitor, CourseId, Now)], visit.DomainEvents());
    }

    [Fact]
    public void ARepeatCountsAndRaisesNothing()
    {
        var visit = Share.Create(Sharer, CourseId, Now).FirstVisitBy(Visitor, Now)!;
        visit.ClearDomainEvents();

        visit.Repeat(Now.AddMinutes(5));
        visit.Repeat(Now.AddMinutes(9));

        Assert.Equal((3, Now, Now.AddMinutes(9)), (visit.OpenCount, visit.FirstOpenedAt, visit.LastOpenedAt));
        Assert.Empty(visit.DomainEvents());
    }

    [Fact]
    public void TheSharerOpeningTheirOwnShareIsNoVisit()
    {
        var share = Share.Create(Sharer, CourseId, Now);

        Assert.Null(share.FirstVisitBy(Sharer, Now));
    }
}
