using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Moderation;

/// <summary>Content the user reported, and moderation cases about what they wrote.</summary>
[PersonalDataOf(typeof(ContentReport), typeof(ModerationCase))]
internal sealed class ModerationPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "moderation";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        reports = await db.ContentReports.AsNoTracking().Where(r => r.ReporterId == userId).ToListAsync(cancellationToken),
        casesAboutTheirContent = await db.ModerationCases.AsNoTracking().Where(c => c.AuthorId == userId).ToListAsync(cancellationToken),
    };
}
