using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements;

/// <summary>The export's <c>agreements.json</c>: every agreement version the user accepted, when and where.</summary>
[PersonalDataOf(typeof(AgreementAcceptance))]
internal sealed class AgreementsPersonalDataSection(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "agreements";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken)
    {
        var acceptances = await db.AgreementAcceptances.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Join(db.AgreementVersions, a => a.AgreementVersionId, v => v.Id, (a, v) => new
            {
                a.Id,
                Kind = v.Kind.ToString(),
                v.VersionLabel,
                v.Title,
                a.AcceptedAt,
                Platform = a.Platform.ToString(),
                a.ClientVersion,
            })
            .ToListAsync(cancellationToken);
        return new { acceptances = acceptances.OrderBy(a => a.AcceptedAt).ToList() };
    }
}
