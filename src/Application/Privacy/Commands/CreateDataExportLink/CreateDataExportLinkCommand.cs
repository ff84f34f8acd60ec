using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Privacy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Commands.CreateDataExportLink;

/// <summary>A download link for the caller's ready export, made out to the caller alone and valid for a few minutes.</summary>
public sealed record CreateDataExportLinkCommand(Guid PrivacyRequestId) : ICommand<DataExportLink>;

internal sealed class CreateDataExportLinkCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, IDataExportLinks links, TimeProvider clock)
    : ICommandHandler<CreateDataExportLinkCommand, DataExportLink>
{
    public async ValueTask<DataExportLink> Handle(CreateDataExportLinkCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId();
        var export = await db.DataExports.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == command.PrivacyRequestId && e.UserId == userId, cancellationToken)
            ?? throw PrivacyRequestErrors.ExportNotFound();
        var now = clock.GetUtcNow();
        export.EnsureDownloadable(now);
        return links.Sign(export.Id, userId, now);
    }
}
