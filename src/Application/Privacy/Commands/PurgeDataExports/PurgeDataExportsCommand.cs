using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Privacy.Export;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Commands.PurgeDataExports;

/// <summary>
/// The sweep: deletes the archives of exports downloaded already or past their retention, and marks them purged; returns
/// how many. Each is deleted before it is marked, so a crash in between leaves it due for the next round.
/// </summary>
public sealed record PurgeDataExportsCommand(int BatchSize) : ICommand<int>, ISystemCommand;

internal sealed class PurgeDataExportsCommandHandler(IApplicationDbContext db, IDataExportStore store, TimeProvider clock)
    : ICommandHandler<PurgeDataExportsCommand, int>
{
    public async ValueTask<int> Handle(PurgeDataExportsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.DataExports
            .Where(e => e.PurgedAt == null && (e.DownloadedAt != null || e.ExpiresAt <= now))
            .OrderBy(e => e.ExpiresAt)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var export in due)
        {
            await store.DeleteAsync(export.Id, cancellationToken);
            export.MarkPurged(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
