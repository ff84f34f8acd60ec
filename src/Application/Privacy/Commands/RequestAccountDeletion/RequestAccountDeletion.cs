using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Privacy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Commands.RequestAccountDeletion;

/// <summary>
/// Asks for the caller's account to be erased once the cooling-off period (<see cref="PrivacyOptions.DeletionCoolingOffDays"/>)
/// is over; until then it can be cancelled. The last admin cannot ask: nobody could administer the system afterwards.
/// </summary>
public sealed record RequestAccountDeletionCommand : ICommand<PrivacyRequestDto>, IRetryOnConflict;

internal sealed class RequestAccountDeletionCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RequestAccountDeletionCommand, PrivacyRequestDto>
{
    public async ValueTask<PrivacyRequestDto> Handle(RequestAccountDeletionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId();
        if (await IsLastAdminAsync(userId, cancellationToken))
        {
            throw PrivacyRequestErrors.LastAdmin();
        }

        return await db.SubmitOnceAsync(userId, PrivacyRequestKind.AccountDeletion, clock.GetUtcNow(), cancellationToken);
    }

    private async Task<bool> IsLastAdminAsync(Guid userId, CancellationToken cancellationToken)
    {
        var admins = await db.Users.AsNoTracking()
            .Where(u => u.Roles.Contains(Role.Admin))
            .Select(u => u.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        return admins is [var onlyAdmin] && onlyAdmin == userId;
    }
}
