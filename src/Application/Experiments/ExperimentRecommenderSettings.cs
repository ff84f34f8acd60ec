using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Experiments.Assignment;
using KnowledgePay.Application.Recommendations;
using KnowledgePay.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments;

/// <summary>
/// The recommender's knobs for a learner from the running recommender experiments (ADR 0028): the first one, by start,
/// that the learner is in decides, and serving their list exposes them to it. Outside every one: the defaults.
/// </summary>
internal sealed class ExperimentRecommenderSettings(IApplicationDbContext db, ExperimentAssigner assigner) : IRecommenderSettingsSource
{
    public async Task<RecommenderSettings> SettingsForAsync(Guid userId, CancellationToken cancellationToken)
    {
        var running = await db.Experiments.AsNoTracking()
            .Where(e => e.Status == ExperimentStatus.Running && e.Surface == ExperimentSurface.Recommender)
            .OrderBy(e => e.StartedAt)
            .ToListAsync(cancellationToken);
        foreach (var experiment in running)
        {
            var assignment = await assigner.AssignAsync(experiment, userId, cancellationToken);
            if (assignment.Exposed)
            {
                return RecommenderVariantPayload.Parse(assignment.Variant.Key, assignment.Variant.Payload);
            }
        }

        return RecommenderSettings.Default;
    }
}
