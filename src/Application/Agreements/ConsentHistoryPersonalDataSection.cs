using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;

namespace KnowledgePay.Application.Agreements;

/// <summary>The export's <c>consent-history.json</c>: personalisation and marketing consent changes and agreement acceptances.</summary>
internal sealed class ConsentHistoryPersonalDataSection(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "consent-history";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) =>
        new { changes = await db.ConsentHistoryAsync(userId, cancellationToken) };
}
