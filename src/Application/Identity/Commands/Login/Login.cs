using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Risk.Access;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Identity.Commands.Login;

/// <summary>
/// Signs in with a <c>wx.login</c> code: creates the user on first login, then opens a new session.
/// <paramref name="PhoneCode"/>, the phone button's code, is the step-up proof an account under a StepUpLogin flag needs.
/// </summary>
public sealed record LoginCommand(string Code, string? PhoneCode = null) : ICommand<AuthTokens>, IAllowAnonymous;

internal sealed class LoginCommandHandler(
    IServiceScopeFactory scopes,
    IWeChatAuth weChat,
    ILoginThrottle throttle,
    ISecretProtector protector,
    IPhoneNumberProtector phones,
    IAccessTokenIssuer accessTokens,
    IRefreshTokenSecrets refreshTokens,
    IOptions<AdminBootstrapOptions> admins,
    SignInSignals signIns,
    StepUpLogins stepUps,
    TimeProvider clock) : ICommandHandler<LoginCommand, AuthTokens>
{
    /// <summary>Refusals the failed-login rule counts; WeChat being unreachable is not the caller's failure.</summary>
    private static readonly HashSet<string> FailureCodes =
    [
        IdentityErrors.LoginCodeInvalid().Code, IdentityErrors.LoginRateLimited().Code, IdentityErrors.LoginBlocked().Code,
        AccessRiskErrors.LoginStepUpFailedCode,
    ];

    public async ValueTask<AuthTokens> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        string? openId = null;
        try
        {
            var session = (await weChat.Code2SessionAsync(command.Code, cancellationToken))
                .ValueOrThrow(WeChatFailures.ToLoginError);
            openId = session.OpenId;
            if (!await throttle.TryAcquireForOpenIdAsync(session.OpenId, cancellationToken))
            {
                throw IdentityErrors.LoginRateLimited();
            }

            var now = clock.GetUtcNow();
            var sessionKey = EncryptedSessionKey.Of(protector.Protect(session.SessionKey), now);

            // The wx.login code is spent, so only the sign-in is tried again (in a fresh scope) when its save loses a race.
            return await scopes.RunAsync(
                services => SignInAsync(
                    services.GetRequiredService<IApplicationDbContext>(), session, sessionKey, command.PhoneCode, now, cancellationToken),
                cancellationToken);
        }
        catch (DomainException refused) when (FailureCodes.Contains(refused.Code))
        {
            await signIns.RecordFailureAsync(openId, cancellationToken);
            throw;
        }
    }

    /// <summary>
    /// The unique openid index decides between two concurrent first logins: the loser's insert conflicts, and its retry
    /// signs in to the user the winner created.
    /// </summary>
    private async Task<AuthTokens> SignInAsync(
        IApplicationDbContext db,
        WeChatSession session,
        EncryptedSessionKey sessionKey,
        string? phoneCode,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.OpenId == session.OpenId, cancellationToken);
        if (user is null)
        {
            user = User.SignUp(session.OpenId, session.UnionId, sessionKey, now);
            db.Users.Add(user);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await stepUps.VerifyAsync(db, user, phoneCode, cancellationToken);
            user.RecordLogin(session.UnionId, sessionKey, now);
        }

        if (admins.Value.BootstrapAdminOpenIds.Contains(user.OpenId, StringComparer.Ordinal))
        {
            user.Grant(Role.Admin);
        }

        var secret = refreshTokens.Create();
        var refreshToken = RefreshToken.Issue(user.Id, secret.Hash, now);
        db.RefreshTokens.Add(refreshToken);
        await signIns.RecordSuccessAsync(db, user.Id, user.OpenId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AuthTokens.For(user, phones, accessTokens, secret, refreshToken);
    }
}
