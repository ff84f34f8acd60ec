using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Application.Recommendations.Queries;

/// <summary>A course picked for someone, with the model's score and why it was picked.</summary>
public sealed record RecommendedCourseDto(Guid CourseId, double Score, RecommendationReasonDto Reason);

/// <summary>
/// Why a course was picked, as a sentence for the learner and as the thing it points at: the owned or viewed course
/// (<see cref="RelatedCourseId"/>), the tag or category, or the creator.
/// </summary>
public sealed record RecommendationReasonDto(
    RecommendationReasonKind Kind, string Text, Guid? RelatedCourseId, Guid? TagId, Guid? CategoryId, Guid? CreatorId);
