using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Identity.Commands.Login;

/// <summary>Signs in with a <c>wx.login</c> code: creates the user on first login, then opens a new session.</summary>
public sealed record LoginCommand(string Code) : ICommand<AuthTokens>, IAllowAnonymous;

internal sealed class LoginCommandHandler(
    IApplicationDbContext db,
    IWeChatAuth weChat,
    ILoginThrottle throttle,
    ISecretProtector protector,
    IAccessTokenIssuer accessTokens,
    IRefreshTokenSecrets refreshTokens,
    IOptions<AdminBootstrapOptions> admins,
    TimeProvider clock) : ICommandHandler<LoginCommand, AuthTokens>
{
    public async ValueTask<AuthTokens> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var session = (await weChat.Code2SessionAsync(command.Code, cancellationToken))
            .ValueOrThrow(WeChatFailures.ToLoginError);
        if (!throttle.TryAcquireForOpenId(session.OpenId))
        {
            throw IdentityErrors.LoginRateLimited();
        }

        var now = clock.GetUtcNow();
        var sessionKey = EncryptedSessionKey.Of(protector.Protect(session.SessionKey), now);
        var user = await SignInAsync(session, sessionKey, now, cancellationToken);
        if (admins.Value.BootstrapAdminOpenIds.Contains(user.OpenId, StringComparer.Ordinal))
        {
            user.Grant(Role.Admin);
        }

        var secret = refreshTokens.Create();
        var refreshToken = RefreshToken.Issue(user.Id, secret.Hash, now);
        db.RefreshTokens.Add(refreshToken);
        await db.SaveChangesAsync(cancellationToken);
        return AuthTokens.For(user, accessTokens, secret, refreshToken);
    }

    /// <summary>
    /// The unique openid index decides between two concurrent first logins: the loser's insert fails and it signs in
    /// to the user the winner created.
    /// </summary>
    private async Task<User> SignInAsync(
        WeChatSession session, EncryptedSessionKey sessionKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Users.SingleOrDefaultAsync(u => u.OpenId == session.OpenId, cancellationToken);
        if (existing is null)
        {
            var user = User.SignUp(session.OpenId, session.UnionId, sessionKey, now);
            db.Users.Add(user);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return user;
            }
            catch (ConflictException)
            {
                existing = await db.Users.SingleAsync(u => u.OpenId == session.OpenId, cancellationToken);
            }
        }

        existing.RecordLogin(session.UnionId, sessionKey, now);
        return existing;
    }
}
