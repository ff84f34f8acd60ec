using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.Commands.Logout;

/// <summary>
/// Ends the session the refresh token belongs to (its whole family, and its access tokens with it). Needs no access
/// token, which may have expired; an unknown or already ended session is not an error, so logging out twice is harmless.
/// </summary>
public sealed record LogoutCommand(string RefreshToken) : ICommand, IAllowAnonymous;

internal sealed class LogoutCommandHandler(
    IApplicationDbContext db, IRefreshTokenSecrets refreshTokens, ISessionStatus sessions, TimeProvider clock)
    : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        var hash = refreshTokens.Hash(command.RefreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash)
            .Select(t => (Guid?)t.FamilyId)
            .SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } id)
        {
            await db.RevokeFamilyAsync(sessions, id, clock.GetUtcNow(), cancellationToken);
        }

        return Unit.Value;
    }
}
