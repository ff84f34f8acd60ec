using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.Commands.Refresh;

/// <summary>Renews a session: the presented refresh token is spent and a successor issued with a fresh access token.</summary>
public sealed record RefreshTokenCommand(string RefreshToken) : ICommand<AuthTokens>, IAllowAnonymous;

internal sealed class RefreshTokenCommandHandler(
    IApplicationDbContext db,
    IAccessTokenIssuer accessTokens,
    IRefreshTokenSecrets refreshTokens,
    ISessionStatus sessions,
    IPhoneNumberProtector phones,
    TimeProvider clock)
    : ICommandHandler<RefreshTokenCommand, AuthTokens>
{
    public async ValueTask<AuthTokens> Handle(RefreshTokenCommand command, CancellationToken cancellationToken)
    {
        var hash = refreshTokens.Hash(command.RefreshToken);
        var presented = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw IdentityErrors.RefreshTokenInvalid();
        var now = clock.GetUtcNow();
        if (presented.IsRotated && !presented.IsRevoked)
        {
            // The revocation must stick even though the call fails, so it is saved before the error is raised.
            await db.RevokeFamilyAsync(sessions, presented.FamilyId, now, cancellationToken);
            throw IdentityErrors.RefreshTokenReused();
        }

        var secret = refreshTokens.Create();
        var successor = presented.Rotate(secret.Hash, now);
        db.RefreshTokens.Add(successor);
        var user = await db.Users.SingleAsync(u => u.Id == presented.UserId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AuthTokens.For(user, phones, accessTokens, secret, successor);
    }
}
