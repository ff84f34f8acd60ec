using KnowledgePay.Application.Tracking.Commands.TrackEvents;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.UnitTests.Tracking;

public sealed class TrackEventsCommandValidatorTests
{
    private static readonly TrackEventsCommandValidator Validator = new();
    private static readonly Guid CourseId = Guid.CreateVersion7();

    [Fact]
    public void AcceptsABatchOfTheLargestSize() =>
        Assert.True(Validator.Validate(Batch(BehaviourLimits.MaxBatchSize)).IsValid);

    [Fact]
    public void RefusesABatchOverTheLargestSize() =>
        Assert.Contains("Events", Validator.Validate(Batch(BehaviourLimits.MaxBatchSize + 1)).Errors.Select(e => e.PropertyName));

    [Fact]
    public void RefusesTwoEventsWithOneId() =>
        Assert.False(Validator.Validate(new TrackEventsCommand([View("same"), View("same")])).IsValid);

    [Fact]
    public void RefusesALessonEventWithoutItsLesson() =>
        Assert.False(Validator.Validate(new TrackEventsCommand([View("e1") with { Kind = BehaviourEventKind.LessonComplete }])).IsValid);

    [Fact]
    public void RefusesAnIdLongerThanTheColumn() =>
        Assert.False(Validator.Validate(new TrackEventsCommand([View(new string('x', BehaviourLimits.EventIdLength + 1))])).IsValid);

    private static TrackEventsCommand Batch(int size) => new([.. Enumerable.Range(0, size).Select(i => View($"e{i}"))]);

    private static TrackedEvent View(string id) => new(id, BehaviourEventKind.View, CourseId, null, null, null, DateTimeOffset.UnixEpoch);
}
