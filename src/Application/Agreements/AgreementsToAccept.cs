using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements;

/// <summary>Reads the versions in effect and what a user has accepted, and lets <see cref="AgreementTerms"/> decide.</summary>
internal static class AgreementsToAccept
{
    /// <summary>The versions the user still has to accept, one per kind at most, user agreement first.</summary>
    public static async Task<IReadOnlyList<AgreementVersion>> AgreementsToAcceptAsync(
        this IApplicationDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var versions = await db.AgreementVersions.AsNoTracking().Where(v => v.EffectiveAt <= now).ToListAsync(cancellationToken);
        var accepted = (await db.AgreementAcceptances.Where(a => a.UserId == userId).Select(a => a.AgreementVersionId)
            .ToListAsync(cancellationToken)).ToHashSet();
        return
        [
            .. Enum.GetValues<AgreementKind>()
                .Select(kind => AgreementTerms.ToAccept([.. versions.Where(v => v.Kind == kind)], accepted, now))
                .OfType<AgreementVersion>(),
        ];
    }

    /// <summary>The version of each kind in effect now, user agreement first.</summary>
    public static async Task<IReadOnlyList<AgreementVersion>> CurrentAgreementsAsync(
        this IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var versions = await db.AgreementVersions.AsNoTracking().Where(v => v.EffectiveAt <= now).ToListAsync(cancellationToken);
        return
        [
            .. Enum.GetValues<AgreementKind>()
                .Select(kind => AgreementTerms.Current(versions.Where(v => v.Kind == kind), now))
                .OfType<AgreementVersion>(),
        ];
    }
}
