using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk;

/// <summary>How rules raise flags and features read the restrictions they hold.</summary>
internal static class RiskFlagging
{
    /// <summary>
    /// Raises a flag for <paramref name="rule"/> over <paramref name="subject"/>, or counts the sighting on the one already
    /// open (the filtered unique index turns two raising at once into a conflict). The caller saves.
    /// </summary>
    public static async Task<RiskFlag> FlagAsync(
        this IApplicationDbContext db,
        RiskRule rule,
        Guid? userId,
        string subject,
        string evidence,
        RiskRestriction restriction,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var open = await db.RiskFlags.SingleOrDefaultAsync(
            f => f.Rule == rule && f.Subject == subject && f.Status == RiskFlagStatus.Open, cancellationToken);
        if (open is null)
        {
            open = RiskFlag.Raise(rule, userId, subject, evidence, restriction, now);
            db.RiskFlags.Add(open);
        }
        else
        {
            open.SeenAgain(evidence, now);
        }

        return open;
    }

    /// <summary>True while an open or confirmed flag holds <paramref name="restriction"/> on the user.</summary>
    public static Task<bool> IsRestrictedAsync(
        this IApplicationDbContext db, Guid userId, RiskRestriction restriction, CancellationToken cancellationToken) =>
        db.RiskFlags.AnyAsync(
            f => f.UserId == userId && f.Restriction == restriction && f.Status != RiskFlagStatus.Cleared, cancellationToken);
}
