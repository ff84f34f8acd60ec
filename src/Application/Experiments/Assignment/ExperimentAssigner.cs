using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Coupons;
using KnowledgePay.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.Assignment;

/// <summary>
/// Decides a user's variant and logs their exposure the first time (ADR 0028). A user already exposed keeps the variant
/// they were exposed to for as long as the experiment runs, whatever their targeting says since; anyone else is assigned
/// when the targeting admits them (segment, platform, new or returning) and the experiment's share of its layer holds
/// them, and sees the control without being exposed otherwise. Anonymous viewers have no stable id, so they always see
/// the control and are never exposed.
/// </summary>
internal sealed class ExperimentAssigner(IApplicationDbContext db, IClientPlatform client, ExposureLog exposures)
{
    public async Task<ExperimentAssignment> AssignAsync(Experiment experiment, Guid? userId, CancellationToken cancellationToken)
    {
        if (experiment.Status != ExperimentStatus.Running || userId is not { } user)
        {
            return ExperimentAssignment.NotIn(experiment);
        }

        if (await exposures.RecordedVariantAsync(db, experiment.Id, user, cancellationToken) is { } recorded)
        {
            return new ExperimentAssignment(experiment, experiment.Variant(recorded) ?? experiment.Control, true);
        }

        if (experiment.Assign(user) is not { } variant || !await AdmitsAsync(experiment, user, cancellationToken))
        {
            return ExperimentAssignment.NotIn(experiment);
        }

        var stored = await exposures.RecordAsync(experiment.Id, user, variant.Key, cancellationToken);
        return new ExperimentAssignment(experiment, experiment.Variant(stored) ?? variant, true);
    }

    private async Task<bool> AdmitsAsync(Experiment experiment, Guid userId, CancellationToken cancellationToken)
    {
        if (experiment.Platforms.Length > 0 && !experiment.Platforms.Contains(client.Platform.ToString()))
        {
            return false;
        }

        if (experiment.SegmentId is { } segmentId
            && !await db.SegmentMembers.AnyAsync(m => m.SegmentId == segmentId && m.UserId == userId, cancellationToken))
        {
            return false;
        }

        return experiment.Audience switch
        {
            ExperimentAudience.NewLearners => !await db.HasPaidBeforeAsync(userId, cancellationToken),
            ExperimentAudience.ReturningLearners => await db.HasPaidBeforeAsync(userId, cancellationToken),
            _ => true,
        };
    }
}
