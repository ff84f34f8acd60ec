using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Bookkeeping.Queries.GetJournal;

/// <summary>The journal's postings, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetJournalQuery(QueryContext<JournalPostingDto> Context) : IQuery<Page<JournalPostingDto>>;

internal sealed class GetJournalQueryHandler(IApplicationDbContext db) : IQueryHandler<GetJournalQuery, Page<JournalPostingDto>>
{
    public async ValueTask<Page<JournalPostingDto>> Handle(GetJournalQuery query, CancellationToken cancellationToken) =>
        await db.JournalPostings.AsNoTracking().ToPageAsync(
            query.Context, JournalQuerySchema.Filter, JournalQuerySchema.Sort, JournalQuerySchema.DefaultOrder, cancellationToken);
}
