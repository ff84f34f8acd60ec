using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Segments.Propensity;

/// <summary>
/// One training of the purchase-propensity model (ADR 0032), whoever asks (the schedule or an admin). The latest cut-off
/// whose 7-day label is fully observed (now − 7 days) is held out for the AUC; the weekly cut-offs before it are
/// trained on, so the AUC measures prediction of a later week from earlier ones. With enough buyers to learn from, every
/// user's score as of now replaces the previous model's; either way the run is recorded. Runs never overlap.
/// </summary>
public sealed class PropensityTraining(
    IServiceScopeFactory scopes,
    IPropensityTrainer trainer,
    IOptions<PropensityOptions> options,
    TimeProvider clock,
    ILogger<PropensityTraining> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<PropensityModel> RunAsync(string reason, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            var settings = options.Value;
            var now = clock.GetUtcNow();
            var evaluationCutoff = now.AddDays(-PropensityFeatures.LabelDays);
            var training = new List<PropensityExample>();
            for (var week = settings.TrainingCutoffs; week >= 1; week--)
            {
                training.AddRange(await db.AtAsync(evaluationCutoff.AddDays(-7 * week), withLabel: true, cancellationToken));
            }

            var evaluation = await db.AtAsync(evaluationCutoff, withLabel: true, cancellationToken);
            var positives = training.Count(e => e.Bought);
            var version = (await db.PropensityModels.MaxAsync(m => (int?)m.Version, cancellationToken) ?? 0) + 1;
            PropensityModel model;
            if (positives < settings.MinTrainingPositives || positives == training.Count)
            {
                model = Record(version, now, training, evaluation, null, 0, false,
                    $"{SegmentErrors.TooFewPositivesCode}: {positives} buyers in {training.Count} training rows; at least {settings.MinTrainingPositives} (and some non-buyers) are needed. {reason}");
            }
            else
            {
                var scoring = await db.AtAsync(now, withLabel: false, cancellationToken);
                var fit = await Task.Run(() => trainer.Train(training, evaluation, scoring, settings.Seed, cancellationToken), cancellationToken);
                // Replaced in the one save that records the model, so the table never mixes two models' scores.
                db.PurchasePropensities.RemoveRange(await db.PurchasePropensities.ToListAsync(cancellationToken));
                db.PurchasePropensities.AddRange(fit.Scores.Select(s => PurchasePropensity.Of(s.Key, s.Value, version, now)));
                model = Record(version, now, training, evaluation, fit.Auc, fit.Scores.Count, true, reason);
            }

            db.PropensityModels.Add(model);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation(
                "Propensity model {Version}: {Rows} training rows, {Positives} buyers, AUC {Auc} on the later cut-off, published {Published}.",
                model.Version, model.TrainingRows, model.TrainingPositives, model.Auc, model.Published);
            return model;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private static PropensityModel Record(
        int version, DateTimeOffset now, List<PropensityExample> training, List<PropensityExample> evaluation, double? auc,
        int scored, bool published, string note) =>
        PropensityModel.Record(version, now, training.Count, training.Count(e => e.Bought), evaluation.Count,
            evaluation.Count(e => e.Bought), auc, scored, published, note);
}
