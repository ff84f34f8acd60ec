using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.Access;

/// <summary>
/// Rule 1: one account signing in or starting streams from many devices or addresses within the window raises an
/// AccountSharing flag that asks for a step-up login (thresholds: <see cref="AccountSharingOptions"/>).
/// </summary>
internal static class AccountSharingRule
{
    /// <summary>Counts the account's devices and addresses in the window with <paramref name="origin"/> (not yet saved) among them.</summary>
    public static async Task CheckAccountSharingAsync(
        this IApplicationDbContext db, Guid userId, ClientOrigin origin, AccountSharingOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        var since = await db.StartAsync(RiskRule.AccountSharing, subject, now - options.Window, cancellationToken);
        var seen = await db.AccessSignals
            .Where(s => s.UserId == userId
                && (s.Kind == AccessSignalKind.SignedIn || s.Kind == AccessSignalKind.StreamStarted)
                && s.OccurredAt > since)
            .Select(s => new { Device = s.DeviceId ?? s.Address, s.Address })
            .Distinct()
            .ToListAsync(cancellationToken);
        var devices = seen.Select(s => s.Device).Append(origin.DeviceKey).Distinct().Count();
        var addresses = seen.Select(s => s.Address).Append(origin.Address).Distinct().Count();
        if (options.IsSharing(devices, addresses))
        {
            await db.FlagAsync(
                RiskRule.AccountSharing,
                userId,
                subject,
                AccessRuleWindows.Evidence(new { devices, addresses, windowHours = options.Window.TotalHours }),
                RiskRestriction.StepUpLogin,
                now,
                cancellationToken);
        }
    }
}
