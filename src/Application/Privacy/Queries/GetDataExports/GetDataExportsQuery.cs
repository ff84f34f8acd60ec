using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Queries.GetDataExports;

/// <summary>The exports answering these requests: the caller's own, or anyone's for an admin.</summary>
public sealed record GetDataExportsQuery(IReadOnlyCollection<Guid> PrivacyRequestIds) : IQuery<IReadOnlyDictionary<Guid, DataExportDto>>;

internal sealed class GetDataExportsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetDataExportsQuery, IReadOnlyDictionary<Guid, DataExportDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, DataExportDto>> Handle(GetDataExportsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId();
        var exports = db.DataExports.AsNoTracking().Where(e => query.PrivacyRequestIds.Contains(e.Id));
        if (!currentUser.IsInRole(Role.Admin))
        {
            exports = exports.Where(e => e.UserId == userId);
        }

        return await exports.ProjectToType<DataExportDto>().ToDictionaryAsync(e => e.Id, cancellationToken);
    }
}
