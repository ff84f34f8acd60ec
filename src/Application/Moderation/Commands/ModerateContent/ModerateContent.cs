using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Moderation.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Moderation;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Moderation.Commands.ModerateContent;

/// <summary>
/// A moderator approves, hides or restores content: admins any, a creator only their own courses'. The decision resolves
/// the content's open case (or a new one, when nobody flagged the content) and reaches the owning feature as
/// <see cref="ContentModeratedEvent"/> in the same transaction.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record ModerateContentCommand(ModeratedContentKind Kind, Guid ContentId, ModerationDecision Decision)
    : ICommand<ModerationCaseDto>, IRetryOnConflict;

internal sealed class ModerateContentCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ModeratedContents contents, TimeProvider clock)
    : ICommandHandler<ModerateContentCommand, ModerationCaseDto>
{
    public async ValueTask<ModerationCaseDto> Handle(ModerateContentCommand command, CancellationToken cancellationToken)
    {
        var content = await contents.FindAsync(command.Kind, command.ContentId, cancellationToken);
        await contents.EnsureMayModerateAsync(content, cancellationToken);
        var now = clock.GetUtcNow();
        var open = await db.ModerationCases.OpenForAsync(command.Kind, command.ContentId, cancellationToken);
        if (open is null)
        {
            open = ModerationCase.Open(content.Kind, content.ContentId, content.AuthorId, content.CourseId, content.Text, now);
            db.ModerationCases.Add(open);
        }

        open.Decide(command.Decision, content.Status, user.RequiredId(), now);
        await db.SaveChangesAsync(cancellationToken);
        return open.Adapt<ModerationCaseDto>();
    }
}
