using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Domain.Privacy;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Privacy.Commands.CancelAccountDeletion;

/// <summary>Withdraws the caller's pending account deletion.</summary>
public sealed record CancelAccountDeletionCommand : ICommand<PrivacyRequestDto>;

internal sealed class CancelAccountDeletionCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CancelAccountDeletionCommand, PrivacyRequestDto>
{
    public async ValueTask<PrivacyRequestDto> Handle(CancelAccountDeletionCommand command, CancellationToken cancellationToken)
    {
        var request = await db.PendingAsync(currentUser.RequiredId(), PrivacyRequestKind.AccountDeletion, cancellationToken)
            ?? throw PrivacyRequestErrors.NoPendingAccountDeletion();
        request.Cancel(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return request.Adapt<PrivacyRequestDto>();
    }
}
