using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.Access;

/// <summary>What the access rules share: where their counting window starts, how they name openids and write evidence.</summary>
internal static class AccessRuleWindows
{
    /// <summary>
    /// The later of <paramref name="windowStart"/> and the moment an admin last cleared this rule's flag on
    /// <paramref name="subject"/>: signals the admin already judged harmless do not raise the flag again at once.
    /// </summary>
    public static async Task<DateTimeOffset> StartAsync(
        this IApplicationDbContext db, RiskRule rule, string subject, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var cleared = await db.RiskFlags
            .Where(f => f.Rule == rule && f.Subject == subject && f.Status == RiskFlagStatus.Cleared && f.ReviewedAt != null)
            .OrderByDescending(f => f.ReviewedAt)
            .Select(f => f.ReviewedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return cleared > windowStart ? cleared.Value : windowStart;
    }

    /// <summary>Lower-case hex SHA-256: the signals keep an openid only as this digest.</summary>
    public static string HashOpenId(string openId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(openId)));

    /// <summary>The flag subject for an openid: a prefix of its digest, enough to tell accounts apart in the queue.</summary>
    public static string OpenIdSubject(string openIdHash) => $"openid:{openIdHash[..32]}";

    public static string Evidence(object figures) => JsonSerializer.Serialize(figures);
}
