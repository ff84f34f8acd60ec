using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments;

internal static class ExperimentReads
{
    /// <summary>The tracked experiment a command names; <see cref="NotFoundException"/> when there is none.</summary>
    public static async Task<Experiment> ExperimentAsync(this IApplicationDbContext db, Guid experimentId, CancellationToken cancellationToken) =>
        await db.Experiments.SingleOrDefaultAsync(e => e.Id == experimentId, cancellationToken)
        ?? throw new NotFoundException(nameof(Experiment), experimentId);
}
