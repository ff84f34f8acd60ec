using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Messaging.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Messaging;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.Commands.SendSubscriptionMessage;

/// <summary>
/// Admins: sends a test message of <paramref name="Template"/> to a user now, with the given logical values. A user who
/// holds no grant for it gets <see cref="MessagingErrors.NoGrant"/> and nothing is recorded; otherwise the message is
/// recorded and sent like any other, spending a grant, and comes back with its outcome.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record SendSubscriptionMessageCommand(Guid UserId, MessageTemplate Template, IReadOnlyDictionary<string, string> Values)
    : ICommand<SubscriptionMessageDto>;

internal sealed class SendSubscriptionMessageCommandHandler(
    IApplicationDbContext db, SubscriptionTemplates templates, SubscriptionMessageDelivery delivery, TimeProvider clock)
    : ICommandHandler<SendSubscriptionMessageCommand, SubscriptionMessageDto>
{
    public async ValueTask<SubscriptionMessageDto> Handle(SendSubscriptionMessageCommand command, CancellationToken cancellationToken)
    {
        if (templates.Find(command.Template) is not { Enabled: true } template)
        {
            throw MessagingErrors.TemplateDisabled();
        }

        if (!await db.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException(nameof(User), command.UserId);
        }

        if (!await db.SubscriptionGrants.HoldsAsync(command.UserId, template.TemplateId, cancellationToken))
        {
            throw MessagingErrors.NoGrant();
        }

        var message = SubscriptionMessage.Recorded(
            new SubscriptionMessageRequestedEvent(command.UserId, command.Template, string.Empty, command.Values, $"admin-test:{Guid.NewGuid():N}"),
            clock.GetUtcNow());
        db.SubscriptionMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        await delivery.DeliverAsync(message.Id, cancellationToken);
        return message.Adapt<SubscriptionMessageDto>();
    }
}
