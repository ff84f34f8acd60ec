using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Recommender.Serving;
using Mediator;

namespace KnowledgePay.Application.Recommendations.Queries.GetPredictedRatingsByCourseIds;

/// <summary>
/// The stars the served model's explicit-rating predictor expects the caller to give each course; courses without a
/// prediction (no predictor, or no ratings by the caller or of the course) and anonymous callers get none. Reads only
/// the model in memory.
/// </summary>
public sealed record GetPredictedRatingsByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, float?>>, IAllowAnonymous;

internal sealed class GetPredictedRatingsByCourseIdsQueryHandler(ICurrentUser user, RecommenderModelHolder holder)
    : IQueryHandler<GetPredictedRatingsByCourseIdsQuery, IReadOnlyDictionary<Guid, float?>>
{
    public ValueTask<IReadOnlyDictionary<Guid, float?>> Handle(GetPredictedRatingsByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        var predictions = new Dictionary<Guid, float?>();
        if (user.Id is { } userId && holder.Current?.Ratings is { } ratings)
        {
            foreach (var courseId in query.CourseIds)
            {
                if (ratings.Predict(ProfileFeatures.Key(userId), ProfileFeatures.Key(courseId)) is { } stars)
                {
                    predictions[courseId] = stars;
                }
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<Guid, float?>>(predictions);
    }
}
