using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Application.Risk.Access;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Learning;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.Commands.UpdateLessonProgress;

/// <summary>
/// Records how far the caller got in a lesson they may open. The percent never goes down, not even when reports from
/// two devices race; <see cref="Completed"/> marks the lesson done at once. The report is also the player's stream
/// heartbeat, so a device beyond the account's concurrent-stream cap is refused here.
/// </summary>
public sealed record UpdateLessonProgressCommand(Guid LessonId, int Percent, int PositionSeconds, bool Completed = false)
    : ICommand<LessonProgressDto>, IRetryOnConflict;

internal sealed class UpdateLessonProgressCommandHandler(IApplicationDbContext db, ICurrentUser user, StreamGate streams, TimeProvider clock)
    : ICommandHandler<UpdateLessonProgressCommand, LessonProgressDto>
{
    public async ValueTask<LessonProgressDto> Handle(UpdateLessonProgressCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var now = clock.GetUtcNow();
        var lesson = (await db.GateLessonsAsync(user, [command.LessonId], now, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(nameof(Lesson), command.LessonId);
        if (!lesson.IsOpen)
        {
            throw LearningErrors.LessonLocked(command.LessonId);
        }

        await streams.AdmitAsync(userId, command.LessonId, now, cancellationToken);

        // When another report for this lesson is saved in between, the save conflicts and the retry applies this one on
        // top of it, so that the higher percent of the two wins whatever order they arrived in.
        var progress = await db.LessonProgress.SingleOrDefaultAsync(
            p => p.UserId == userId && p.LessonId == command.LessonId, cancellationToken);
        if (progress is null)
        {
            progress = LessonProgress.Start(userId, lesson.Gate.CourseId, command.LessonId, now);
            db.LessonProgress.Add(progress);
        }

        progress.Record(command.Percent, command.PositionSeconds, command.Completed, now);
        await db.SaveChangesAsync(cancellationToken);
        return progress.Adapt<LessonProgressDto>();
    }
}
