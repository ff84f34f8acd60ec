using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Recommendations.Serving;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Recommendations.Commands.TrainRecommender;

/// <summary>Trains and serves a new recommender model now instead of at the next scheduled run.</summary>
[RequiresRole(Role.Admin)]
public sealed record TrainRecommenderCommand : ICommand<TrainRecommenderResult>;

public sealed record TrainRecommenderResult(long Version, DateTimeOffset TrainedAt, RecommenderMetrics Metrics);

internal sealed class TrainRecommenderCommandHandler(RecommenderTraining training)
    : ICommandHandler<TrainRecommenderCommand, TrainRecommenderResult>
{
    public async ValueTask<TrainRecommenderResult> Handle(TrainRecommenderCommand command, CancellationToken cancellationToken)
    {
        var model = await training.RunAsync(cancellationToken);
        return new TrainRecommenderResult(model.Version, model.TrainedAt, model.Metrics);
    }
}
