using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Segments.Propensity;
using KnowledgePay.Application.Segments.Queries;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Segments.Commands.TrainPropensityModel;

/// <summary>Admins: trains the propensity model now instead of on the recommender's next scheduled run.</summary>
[RequiresRole(Role.Admin)]
public sealed record TrainPropensityModelCommand : ICommand<PropensityModelDto>;

internal sealed class TrainPropensityModelCommandHandler(PropensityTraining training)
    : ICommandHandler<TrainPropensityModelCommand, PropensityModelDto>
{
    private const string RequestedByAnAdmin = "An admin asked for it.";

    public async ValueTask<PropensityModelDto> Handle(TrainPropensityModelCommand command, CancellationToken cancellationToken) =>
        (await training.RunAsync(RequestedByAnAdmin, cancellationToken)).Adapt<PropensityModelDto>();
}
