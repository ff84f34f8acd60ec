using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Privacy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Commands.DownloadDataExport;

/// <summary>
/// Hands the caller their export's archive, once: the link must be genuine, unexpired and made out to the caller, and
/// the export neither downloaded nor past its retention. Two downloads racing: one wins, the other's retry finds it
/// downloaded.
/// </summary>
public sealed record DownloadDataExportCommand(Guid ExportId, string? Expires, string? Signature) : ICommand<byte[]>, IRetryOnConflict;

internal sealed class DownloadDataExportCommandHandler(
    IApplicationDbContext db, ICurrentUser currentUser, IDataExportLinks links, IDataExportStore store, TimeProvider clock)
    : ICommandHandler<DownloadDataExportCommand, byte[]>
{
    public async ValueTask<byte[]> Handle(DownloadDataExportCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId();
        var now = clock.GetUtcNow();
        if (!links.IsValid(command.ExportId, userId, command.Expires, command.Signature, now))
        {
            throw PrivacyRequestErrors.ExportLinkInvalid();
        }

        var export = await db.DataExports.SingleOrDefaultAsync(e => e.Id == command.ExportId && e.UserId == userId, cancellationToken)
            ?? throw PrivacyRequestErrors.ExportNotFound();
        export.EnsureDownloadable(now);
        var archive = await store.ReadAsync(export.Id, cancellationToken) ?? throw PrivacyRequestErrors.ExportExpired();
        export.MarkDownloaded(now);
        await db.SaveChangesAsync(cancellationToken);
        return archive;
    }
}
