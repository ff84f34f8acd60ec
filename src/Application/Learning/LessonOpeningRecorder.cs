using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Learning;

/// <summary>
/// Records <see cref="LessonOpening"/>s from the read paths that serve paid content. Reads share one DbContext per
/// request (docs/decisions/0006), so the write runs in a scope and DbContext of its own and touches nothing the reads
/// track. It writes only lessons the gate found unrecorded, so a lesson costs one insert per learner, ever; a request
/// racing it to the same row meets the unique index, and the retry inserts only what is still missing.
/// </summary>
internal sealed class LessonOpeningRecorder(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public async Task RecordAsync(Guid userId, IEnumerable<GatedLesson> served, CancellationToken cancellationToken)
    {
        var opened = served.Where(l => l.ConsumesPurchase && !l.OpenedBefore).ToList();
        for (var attempt = 1; opened.Count > 0; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            if (attempt > 1)
            {
                var lessonIds = opened.Select(l => l.LessonId).ToList();
                var recorded = await db.LessonOpenings
                    .Where(o => o.UserId == userId && lessonIds.Contains(o.LessonId))
                    .Select(o => o.LessonId)
                    .ToListAsync(cancellationToken);
                opened.RemoveAll(l => recorded.Contains(l.LessonId));
            }

            var now = clock.GetUtcNow();
            db.LessonOpenings.AddRange(opened.Select(l => LessonOpening.Record(userId, l.Gate.CourseId, l.LessonId, now)));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (ConflictException) when (attempt < MaxAttempts)
            {
                // Another request recorded some of these lessons in between; a fresh scope reads which are left.
            }
        }
    }
}
