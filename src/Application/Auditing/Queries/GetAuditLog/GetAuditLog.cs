using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Auditing.Queries.GetAuditLog;

/// <summary>Who changed what and when, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetAuditLogQuery(QueryContext<AuditEntryDto> Context) : IQuery<Page<AuditEntryDto>>;

internal sealed class GetAuditLogQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAuditLogQuery, Page<AuditEntryDto>>
{
    public async ValueTask<Page<AuditEntryDto>> Handle(GetAuditLogQuery query, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().ToPageAsync(
            query.Context, AuditLogQuerySchema.Filter, AuditLogQuerySchema.Sort, AuditLogQuerySchema.DefaultOrder, cancellationToken);
}
