using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning;

/// <summary>Progress through each lesson, and each time a lesson's media was opened.</summary>
[PersonalDataOf(typeof(LessonProgress), typeof(LessonOpening))]
internal sealed class LearningPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "learning";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        lessonProgress = await db.LessonProgress.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken),
        lessonOpenings = await db.LessonOpenings.AsNoTracking().Where(o => o.UserId == userId).ToListAsync(cancellationToken),
    };
}
