using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Recommendations.Queries;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Recommendations.Commands.TrainRecommender;

/// <summary>Trains and serves a new recommender model now instead of at the next scheduled run.</summary>
[RequiresRole(Role.Admin)]
public sealed record TrainRecommenderCommand : ICommand<RecommenderModelDto>;

internal sealed class TrainRecommenderCommandHandler(RecommenderTraining training)
    : ICommandHandler<TrainRecommenderCommand, RecommenderModelDto>
{
    private const string RequestedByAnAdmin = "An admin asked for it.";

    public async ValueTask<RecommenderModelDto> Handle(TrainRecommenderCommand command, CancellationToken cancellationToken) =>
        RecommenderModelDto.Of(await training.RunAsync(RequestedByAnAdmin, cancellationToken), training);
}
