using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Moderation.Commands.ReportContent;

/// <summary>
/// Any signed-in user reports content they can see, once per piece of content. The report counts on the content's open
/// case (opened if need be); the report that reaches <see cref="ModerationOptions.ReportsToHold"/> holds visible content
/// until a moderator decides. Racing reports conflict on the case's version and retry.
/// </summary>
public sealed record ReportContentCommand(ModeratedContentKind Kind, Guid ContentId, string Reason) : ICommand<bool>, IRetryOnConflict;

internal sealed class ReportContentCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ModeratedContents contents, IOptionsMonitor<ModerationOptions> options, TimeProvider clock)
    : ICommandHandler<ReportContentCommand, bool>
{
    public async ValueTask<bool> Handle(ReportContentCommand command, CancellationToken cancellationToken)
    {
        var reporterId = user.RequiredId();
        var content = await contents.FindAsync(command.Kind, command.ContentId, cancellationToken);
        if (content.Status != ModerationStatus.Visible && content.AuthorId != reporterId)
        {
            throw new NotFoundException(command.Kind.ToString(), command.ContentId);
        }

        if (await db.ContentReports.AnyAsync(
            r => r.Kind == command.Kind && r.ContentId == command.ContentId && r.ReporterId == reporterId, cancellationToken))
        {
            throw ModerationCaseErrors.AlreadyReported();
        }

        var now = clock.GetUtcNow();
        var open = await db.ModerationCases.OpenForAsync(command.Kind, command.ContentId, cancellationToken);
        if (open is null)
        {
            open = ModerationCase.Open(content.Kind, content.ContentId, content.AuthorId, content.CourseId, content.Text, now);
            db.ModerationCases.Add(open);
        }

        db.ContentReports.Add(open.Report(reporterId, command.Reason, content.Status, options.CurrentValue.ReportsToHold, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
