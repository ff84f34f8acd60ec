using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Domain.UnitTests.Tracking;

public sealed class BehaviourEventKeysTests
{
    private static readonly Guid Alice = Guid.Parse("0192f0a4-0000-7000-8000-000000000001");
    private static readonly Guid Bob = Guid.Parse("0192f0a4-0000-7000-8000-000000000002");

    [Fact]
    public void TheSameUserAndEventIdAlwaysGetTheSameKey() =>
        Assert.Equal(BehaviourEventKeys.For(Alice, "e1"), BehaviourEventKeys.For(Alice, "e1"));

    [Theory]
    [InlineData("e2", false)]
    [InlineData("e1", true)]
    public void AnotherEventIdOrAnotherUserGetsAnotherKey(string eventId, bool otherUser) =>
        Assert.NotEqual(BehaviourEventKeys.For(Alice, "e1"), BehaviourEventKeys.For(otherUser ? Bob : Alice, eventId));

    [Fact]
    public void IsAVersion8UuidOfTheRfcVariant()
    {
        var text = BehaviourEventKeys.For(Alice, "课程-视图-42").ToString();

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void RefusesAnEventIdLongerThanEventsMayHave() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BehaviourEventKeys.For(Alice, new string('x', BehaviourLimits.EventIdLength + 1)));

    [Fact]
    public void TrackedAndServerRecordedEventsAreKeyedByUserAndEventId()
    {
        var now = DateTimeOffset.UtcNow;
        var tracked = BehaviourEvent.Track(Alice, "e1", BehaviourEventKind.View, Bob, null, null, null, now, now);
        var recorded = BehaviourEvent.RecordByServer(Alice, "order:1", BehaviourEventKind.Purchase, Bob, now, now);

        Assert.Equal(
            (BehaviourEventKeys.For(Alice, "e1"), BehaviourEventKeys.For(Alice, "order:1")),
            (tracked.Id, recorded.Id));
    }
}
