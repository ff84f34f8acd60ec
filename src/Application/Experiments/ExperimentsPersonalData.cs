using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments;

/// <summary>The experiment variants the user was shown.</summary>
[PersonalDataOf(typeof(ExperimentExposure))]
internal sealed class ExperimentsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "experiments";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        exposures = await db.ExperimentExposures.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken),
    };
}
