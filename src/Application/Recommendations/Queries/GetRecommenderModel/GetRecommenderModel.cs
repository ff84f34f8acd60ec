using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Recommender.Serving;
using Mediator;

namespace KnowledgePay.Application.Recommendations.Queries.GetRecommenderModel;

/// <summary>The model being served; null before the first training.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetRecommenderModelQuery : IQuery<RecommenderModelDto?>;

internal sealed class GetRecommenderModelQueryHandler(RecommenderModelHolder holder, RecommenderTraining training)
    : IQueryHandler<GetRecommenderModelQuery, RecommenderModelDto?>
{
    public ValueTask<RecommenderModelDto?> Handle(GetRecommenderModelQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(holder.Current is { } model ? RecommenderModelDto.Of(model, training) : null);
}
