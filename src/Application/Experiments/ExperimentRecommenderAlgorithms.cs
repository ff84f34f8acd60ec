using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Experiments.Assignment;
using KnowledgePay.Application.Recommendations;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Recommender.Training;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments;

/// <summary>The algorithms the variants of the running recommender experiments name (docs/recommender/experiment-arms.md).</summary>
internal sealed class ExperimentRecommenderAlgorithms(IApplicationDbContext db) : IRecommenderAlgorithmsUnderTest
{
    public async Task<IReadOnlySet<RecommenderAlgorithm>> AlgorithmsAsync(CancellationToken cancellationToken) =>
        (await db.Experiments.AsNoTracking()
            .Where(e => e.Status == ExperimentStatus.Running && e.Surface == ExperimentSurface.Recommender)
            .ToListAsync(cancellationToken))
        .SelectMany(e => e.Variants)
        .Select(v => RecommenderVariantPayload.Parse(v.Key, v.Payload).Algorithm)
        .OfType<RecommenderAlgorithm>()
        .ToHashSet();
}
