namespace KnowledgePay.Domain.Agreements;

/// <summary>Which version of an agreement is in effect, and whether a user still has to accept it.</summary>
public static class AgreementTerms
{
    /// <summary>The latest version of one kind whose effective time has come; null before the first takes effect.</summary>
    public static AgreementVersion? Current(IEnumerable<AgreementVersion> versionsOfKind, DateTimeOffset now) =>
        versionsOfKind.Where(v => v.EffectiveAt <= now).MaxBy(v => v.Order);

    /// <summary>
    /// The version of one kind the user must accept now, or null. A user who accepted nothing of the kind accepts the
    /// current version; one who did is asked again only when a version requiring re-acceptance took effect after the newest
    /// they accepted (a minor wording fix that does not require it asks no one).
    /// </summary>
    public static AgreementVersion? ToAccept(
        IReadOnlyCollection<AgreementVersion> versionsOfKind, IReadOnlySet<Guid> acceptedVersionIds, DateTimeOffset now)
    {
        var current = Current(versionsOfKind, now);
        if (current is null)
        {
            return null;
        }

        var effective = versionsOfKind.Where(v => v.EffectiveAt <= now).ToList();
        var lastRequired = effective.Where(v => v.RequiresReacceptance).MaxBy(v => v.Order);
        var satisfied = effective.Any(v =>
            acceptedVersionIds.Contains(v.Id) && (lastRequired is null || v.Order.CompareTo(lastRequired.Order) >= 0));
        return satisfied ? null : current;
    }
}
