using KnowledgePay.Application.Agreements.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements;

/// <summary>
/// A user's consent history in one shape: personalisation changes, marketing changes (kept by the campaigns' consent) and
/// agreement acceptances, oldest first.
/// </summary>
internal static class ConsentHistory
{
    public static async Task<IReadOnlyList<ConsentChangeDto>> ConsentHistoryAsync(
        this IApplicationDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var personalisation = await db.PersonalisationConsentChanges.AsNoTracking()
            .Where(c => c.UserId == userId)
            .Select(c => new ConsentChangeDto(ConsentKind.Personalisation, c.Granted, c.Source, c.At, null))
            .ToListAsync(cancellationToken);
        var marketing = await db.MarketingConsents.AsNoTracking()
            .Where(c => c.UserId == userId)
            .SelectMany(c => c.History)
            .Select(c => new ConsentChangeDto(ConsentKind.Marketing, c.Granted, c.Source, c.At, null))
            .ToListAsync(cancellationToken);
        var acceptances = await db.AgreementAcceptances.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Join(db.AgreementVersions, a => a.AgreementVersionId, v => v.Id, (a, v) => new { a.AcceptedAt, a.Platform, v.Kind, v.VersionLabel })
            .ToListAsync(cancellationToken);
        return
        [
            .. personalisation.Concat(marketing)
                .Concat(acceptances.Select(a => new ConsentChangeDto(
                    a.Kind == AgreementKind.UserAgreement ? ConsentKind.UserAgreement : ConsentKind.PrivacyPolicy,
                    true,
                    a.Platform.ToString().ToLowerInvariant(),
                    a.AcceptedAt,
                    a.VersionLabel)))
                .OrderBy(c => c.At),
        ];
    }
}
