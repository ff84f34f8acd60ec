using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Privacy.EventHandlers;

/// <summary>
/// Builds a requested export in the background: collects every section, stores the archive encrypted, and answers the
/// request. A repeat after a failure stores the same archive again under the request's id; once answered, nothing.
/// </summary>
internal sealed class BuildDataExportWhenRequested(
    IApplicationDbContext db,
    IEnumerable<IPersonalDataSection> sections,
    IDataExportStore store,
    IOptions<DataExportOptions> options,
    TimeProvider clock)
    : IAfterCommitHandler<PrivacyRequestSubmittedEvent>
{
    public async ValueTask HandleAsync(PrivacyRequestSubmittedEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Kind != PrivacyRequestKind.DataExport)
        {
            return;
        }

        var request = await db.PrivacyRequests.SingleAsync(r => r.Id == domainEvent.PrivacyRequestId, cancellationToken);
        if (!request.IsPending)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var archive = await DataExportArchive.BuildAsync(sections, request.UserId, now, cancellationToken);
        await store.SaveAsync(request.Id, archive, cancellationToken);
        db.DataExports.Add(DataExport.Ready(request, now, options.Value.ExportRetention));
        request.Complete(now);
    }
}
