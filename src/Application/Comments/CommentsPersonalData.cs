using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Comments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments;

/// <summary>Comments written on lessons.</summary>
[PersonalDataOf(typeof(LessonComment))]
internal sealed class CommentsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "comments";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        lessonComments = await db.LessonComments.AsNoTracking().Where(c => c.AuthorId == userId).ToListAsync(cancellationToken),
    };
}
