using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Domain.UnitTests.Tracking;

public sealed class BehaviourEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();
    private static readonly Guid CourseId = Guid.CreateVersion7();

    [Fact]
    public void TrackingKeepsTheEventAndItsUtcDay()
    {
        var occurredAt = new DateTimeOffset(2026, 11, 25, 1, 30, 0, TimeSpan.FromHours(8));

        var tracked = Track(BehaviourEventKind.View, occurredAt);

        Assert.Equal(
            ("e1", BehaviourEventKind.View, CourseId, occurredAt, Now),
            (tracked.EventId, tracked.Kind, tracked.CourseId, tracked.OccurredAt, tracked.RecordedAt));
        Assert.Equal((int)(new DateTime(2026, 11, 24) - DateTime.UnixEpoch).TotalDays, tracked.OccurredOnDay);
    }

    [Fact]
    public void KeepsTheInstantInUtcWhateverOffsetTheClientSent()
    {
        var tracked = Track(BehaviourEventKind.View, new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.FromHours(8)));

        Assert.Equal((new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero), TimeSpan.Zero), (tracked.OccurredAt, tracked.OccurredAt.Offset));
    }

    [Fact]
    public void AcceptsAClockAFewMinutesAhead()
    {
        var tracked = Track(BehaviourEventKind.Click, Now + BehaviourLimits.MaxClockSkew);

        Assert.Equal(Now + BehaviourLimits.MaxClockSkew, tracked.OccurredAt);
    }

    [Fact]
    public void RefusesAnEventTooFarInTheFuture() =>
        AssertRefused(BehaviourErrors.InFutureCode, () => Track(BehaviourEventKind.View, Now + BehaviourLimits.MaxClockSkew + TimeSpan.FromSeconds(1)));

    [Fact]
    public void RefusesAnEventOlderThanTheMaximumAge() =>
        AssertRefused(BehaviourErrors.TooOldCode, () => Track(BehaviourEventKind.View, Now - BehaviourLimits.MaxAge - TimeSpan.FromSeconds(1)));

    [Theory]
    [InlineData(BehaviourEventKind.Purchase)]
    [InlineData(BehaviourEventKind.Refund)]
    [InlineData(BehaviourEventKind.Review)]
    public void RefusesServerRecordedKindsFromClients(BehaviourEventKind kind) =>
        AssertRefused(BehaviourErrors.ServerRecordedKindCode, () => Track(kind, Now));

    [Fact]
    public void RecordsAPurchaseForTheServerUnderItsSourceKey()
    {
        var recorded = BehaviourEvent.RecordByServer(UserId, "order:1", BehaviourEventKind.Purchase, CourseId, Now, Now);

        Assert.Equal(("order:1", BehaviourEventKind.Purchase), (recorded.EventId, recorded.Kind));
    }

    [Fact]
    public void RefusesClientKindsRecordedAsServerEvents() =>
        AssertRefused("EVENT_INVALID", () => BehaviourEvent.RecordByServer(UserId, "order:1", BehaviourEventKind.View, CourseId, Now, Now));

    [Theory]
    [InlineData(BehaviourEventKind.Progress, null)]
    [InlineData(BehaviourEventKind.Progress, 101)]
    [InlineData(BehaviourEventKind.View, 50)]
    public void RefusesAPercentageThatDoesNotFitTheKind(BehaviourEventKind kind, int? percent) =>
        AssertRefused("EVENT_INVALID", () => BehaviourEvent.Track(UserId, "e1", kind, CourseId, null, percent, null, Now, Now));

    private static BehaviourEvent Track(BehaviourEventKind kind, DateTimeOffset occurredAt) =>
        BehaviourEvent.Track(UserId, "e1", kind, CourseId, null, null, "home", occurredAt, Now);

    private static void AssertRefused(string code, Func<BehaviourEvent> act) =>
        Assert.Equal(code, Assert.Throws<DomainException>(act).Code);
}
