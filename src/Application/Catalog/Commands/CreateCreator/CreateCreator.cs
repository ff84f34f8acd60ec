using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Commands.CreateCreator;

/// <summary>
/// Registers a creator profile, linked to the user who will manage its courses when <see cref="UserId"/> is set (that user
/// becomes a creator).
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record CreateCreatorCommand(Guid? UserId, string Name, string? Headline, string? Bio, string? AvatarUrl)
    : ICommand<CreatorDto>;

internal sealed class CreateCreatorCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateCreatorCommand, CreatorDto>
{
    public async ValueTask<CreatorDto> Handle(CreateCreatorCommand command, CancellationToken cancellationToken)
    {
        if (command.UserId is { } userId)
        {
            if (await db.Creators.AnyAsync(c => c.UserId == userId, cancellationToken))
            {
                throw CreatorErrors.AlreadyExists(userId);
            }

            // The role is what lets the user manage the profile's courses; their next login or refresh carries it.
            var manager = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
                ?? throw new NotFoundException(nameof(User), userId);
            manager.Grant(Role.Creator);
        }

        var creator = Creator.Join(
            command.Name, command.Headline, command.Bio, command.AvatarUrl, clock.GetUtcNow(), command.UserId);
        db.Creators.Add(creator);
        await db.SaveChangesAsync(cancellationToken);
        return creator.Adapt<CreatorDto>();
    }
}
