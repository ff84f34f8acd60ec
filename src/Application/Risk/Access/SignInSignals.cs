using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Risk.Access;

/// <summary>
/// Records logins as <see cref="AccessSignal"/>s and runs the login rules over them: many accounts from one address
/// (rule 3), failed logins from one address or for one openid (rule 4), and account sharing (rule 1) on success.
/// </summary>
internal sealed class SignInSignals(
    IServiceScopeFactory scopes, IClientOrigin client, IOptions<AccessRiskOptions> options, TimeProvider clock)
{
    private LoginAbuseOptions LoginAbuse => options.Value.LoginAbuse;

    /// <summary>A login that is issuing tokens, in the sign-in's own DbContext (saved with it).</summary>
    public async Task RecordSuccessAsync(IApplicationDbContext db, Guid userId, string openId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var origin = client.Current;
        var openIdHash = AccessRuleWindows.HashOpenId(openId);
        if (origin.HasKnownAddress)
        {
            await CheckManyAccountsAsync(db, origin.Address, openIdHash, now, cancellationToken);
        }

        await db.CheckAccountSharingAsync(userId, origin, options.Value.AccountSharing, now, cancellationToken);
        db.AccessSignals.Add(AccessSignal.Record(AccessSignalKind.SignedIn, userId, openIdHash, origin, now));
    }

    /// <summary>
    /// A refused login, saved at once in a scope of its own because the login itself fails; <paramref name="openId"/> is
    /// null when WeChat did not name one (an invalid code).
    /// </summary>
    public Task RecordFailureAsync(string? openId, CancellationToken cancellationToken) =>
        scopes.RunAsync(
            async services =>
            {
                var db = services.GetRequiredService<IApplicationDbContext>();
                var now = clock.GetUtcNow();
                var origin = client.Current;
                var openIdHash = openId is null ? null : AccessRuleWindows.HashOpenId(openId);
                var userId = openId is null
                    ? null
                    : await db.Users.Where(u => u.OpenId == openId).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
                if (origin.HasKnownAddress)
                {
                    await CheckFailuresFromAddressAsync(db, origin.Address, now, cancellationToken);
                }

                if (openIdHash is not null)
                {
                    await CheckFailuresForOpenIdAsync(db, userId, openIdHash, now, cancellationToken);
                }

                db.AccessSignals.Add(AccessSignal.Record(AccessSignalKind.SignInFailed, userId, openIdHash, origin, now));
                await db.SaveChangesAsync(cancellationToken);
                return true;
            },
            cancellationToken);

    private async Task CheckManyAccountsAsync(
        IApplicationDbContext db, string address, string openIdHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = await db.StartAsync(RiskRule.ManyAccountsFromOneAddress, address, now - LoginAbuse.AccountsWindow, cancellationToken);
        var openIds = 1 + await db.AccessSignals
            .Where(s => s.Kind == AccessSignalKind.SignedIn && s.Address == address && s.OccurredAt > since && s.OpenIdHash != openIdHash)
            .Select(s => s.OpenIdHash)
            .Distinct()
            .CountAsync(cancellationToken);
        if (LoginAbuse.IsManyAccounts(openIds))
        {
            await db.FlagAsync(
                RiskRule.ManyAccountsFromOneAddress,
                null,
                address,
                AccessRuleWindows.Evidence(new { openIds, windowMinutes = LoginAbuse.AccountsWindow.TotalMinutes }),
                RiskRestriction.None,
                now,
                cancellationToken);
        }
    }

    private async Task CheckFailuresFromAddressAsync(IApplicationDbContext db, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = await db.StartAsync(RiskRule.FailedLogins, address, now - LoginAbuse.FailuresWindow, cancellationToken);
        var failures = 1 + await db.AccessSignals.CountAsync(
            s => s.Kind == AccessSignalKind.SignInFailed && s.Address == address && s.OccurredAt > since, cancellationToken);
        if (LoginAbuse.IsManyFailuresFromAddress(failures))
        {
            await FlagFailuresAsync(db, null, address, failures, now, cancellationToken);
        }
    }

    private async Task CheckFailuresForOpenIdAsync(
        IApplicationDbContext db, Guid? userId, string openIdHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = AccessRuleWindows.OpenIdSubject(openIdHash);
        var since = await db.StartAsync(RiskRule.FailedLogins, subject, now - LoginAbuse.FailuresWindow, cancellationToken);
        var failures = 1 + await db.AccessSignals.CountAsync(
            s => s.Kind == AccessSignalKind.SignInFailed && s.OpenIdHash == openIdHash && s.OccurredAt > since, cancellationToken);
        if (LoginAbuse.IsManyFailuresForOpenId(failures))
        {
            await FlagFailuresAsync(db, userId, subject, failures, now, cancellationToken);
        }
    }

    private Task FlagFailuresAsync(
        IApplicationDbContext db, Guid? userId, string subject, int failures, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.FlagAsync(
            RiskRule.FailedLogins,
            userId,
            subject,
            AccessRuleWindows.Evidence(new { failures, windowMinutes = LoginAbuse.FailuresWindow.TotalMinutes }),
            RiskRestriction.None,
            now,
            cancellationToken);
}
