using FluentValidation;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Tracking.Commands.TrackEvents;

internal sealed class TrackEventsCommandValidator : AbstractValidator<TrackEventsCommand>
{
    public TrackEventsCommandValidator()
    {
        RuleFor(c => c.Events)
            .NotEmpty()
            .Must(events => events.Count <= BehaviourLimits.MaxBatchSize)
            .WithMessage($"Send at most {BehaviourLimits.MaxBatchSize} events per batch.")
            .Must(events => events.Select(e => e.Id).Distinct().Count() == events.Count)
            .WithMessage("Each event of a batch needs its own id.");
        RuleForEach(c => c.Events).ChildRules(tracked =>
        {
            tracked.RuleFor(e => e.Id).NotEmpty().MaximumLength(BehaviourLimits.EventIdLength);
            tracked.RuleFor(e => e.Kind).IsInEnum();
            tracked.RuleFor(e => e.CourseId).NotEmpty();
            tracked.RuleFor(e => e.LessonId).NotNull().When(e => e.Kind.NeedsLesson())
                .WithMessage("Lesson events need the lesson's id.");
            tracked.RuleFor(e => e.ProgressPercent).NotNull().InclusiveBetween(0, 100).When(e => e.Kind == BehaviourEventKind.Progress);
            tracked.RuleFor(e => e.ProgressPercent).Null().When(e => e.Kind != BehaviourEventKind.Progress)
                .WithMessage("Only progress events carry a percentage.");
            tracked.RuleFor(e => e.Context).MaximumLength(BehaviourLimits.ContextLength);
        });
    }
}
