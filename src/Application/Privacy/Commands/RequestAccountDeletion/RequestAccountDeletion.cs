using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Domain.Privacy;
using Mediator;

namespace KnowledgePay.Application.Privacy.Commands.RequestAccountDeletion;

/// <summary>Asks for the caller's account to be erased; the privacy work does it later, until then it can be cancelled.</summary>
public sealed record RequestAccountDeletionCommand : ICommand<PrivacyRequestDto>, IRetryOnConflict;

internal sealed class RequestAccountDeletionCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RequestAccountDeletionCommand, PrivacyRequestDto>
{
    public async ValueTask<PrivacyRequestDto> Handle(RequestAccountDeletionCommand command, CancellationToken cancellationToken) =>
        await db.SubmitOnceAsync(currentUser.RequiredId(), PrivacyRequestKind.AccountDeletion, clock.GetUtcNow(), cancellationToken);
}
