using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Moderation.EventHandlers;

/// <summary>
/// The moderation cases about an erased account's content (they copy its text: a held nickname, review or comment) go
/// with their reports, and so do the reports it filed on others' content (their reason is its own writing).
/// </summary>
internal sealed class RemoveModerationRecordsWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var userId = notification.UserId;
        var cases = await db.ModerationCases.Where(c => c.AuthorId == userId).ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        db.ContentReports.RemoveRange(
            await db.ContentReports.Where(r => r.ReporterId == userId || caseIds.Contains(r.CaseId)).ToListAsync(cancellationToken));
        db.ModerationCases.RemoveRange(cases);
    }
}
