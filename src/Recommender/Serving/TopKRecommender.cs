using System.Buffers;
using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Exact top-k lists from one model snapshot: every course in the catalogue is scored with one dot product over its
/// int8 row while <see cref="BestCandidates"/> keeps the best (rescored exactly), then <see cref="DiverseTopK"/> picks
/// the list and each pick gets its reason.
/// </summary>
public static class TopKRecommender
{
    /// <summary>
    /// The courses the model ranks highest for the user (a new user is scored from their features alone), blended with
    /// the popularity prior when the request gives the learner's interaction count (<see cref="NewLearnerBlend"/>).
    /// </summary>
    public static IReadOnlyList<Recommendation> Recommend(RecommenderModel model, RecommendationRequest request)
    {
        var blend = FreshBehaviourBlend.For(model, request);
        var picks = request.InteractionCount is { } interactions
            ? BlendedPicks(model, request, blend.UserVector, interactions)
            : DiverseTopK.Picks(
                request.Count,
                request.MaxPerCategory,
                BestCandidates.Ranked(model, blend.UserVector, request.Count, request.MaxPerCategory, new AdmittedCourses(model, request)),
                course => model.Courses[course].Category);
        var explainer = new ReasonExplainer(model, request.User, request.OwnedCourses, blend);
        return picks.Select(pick => new Recommendation(
            model.Courses[pick.Course].CourseKey, pick.Score, explainer.Explain(pick.Course))).ToList();
    }

    /// <summary>The most taken courses, for callers the model cannot personalise (anonymous, consent withdrawn).</summary>
    public static IReadOnlyList<Recommendation> Popular(RecommenderModel model, RecommendationRequest request)
    {
        return Select(model, request, (size, admitted) => BestCandidates.Of(model.Popularity, size, admitted))
            .Select(pick => new Recommendation(
                model.Courses[pick.Course].CourseKey, pick.Score, ReasonExplainer.PopularIn(model.Courses[pick.Course])))
            .ToList();
    }

    /// <summary>
    /// Courses whose vectors point the same way as <paramref name="courseKey"/>'s (cosine similarity); empty when the
    /// model does not know the course.
    /// </summary>
    public static IReadOnlyList<Recommendation> Similar(RecommenderModel model, string courseKey, RecommendationRequest request)
    {
        if (model.CourseIndexOf(courseKey) is not { } target)
        {
            return [];
        }

        var similarities = CosineToAll(model, target);
        var excludingTarget = request with { ExcludedCourses = new HashSet<string>(request.ExcludedCourses) { courseKey } };
        var reason = new RecommendationReason(RecommendationReasonKind.SimilarTo, courseKey);
        return Select(model, excludingTarget, (size, admitted) => BestCandidates.Of(similarities, size, admitted))
            .Select(pick => new Recommendation(model.Courses[pick.Course].CourseKey, pick.Score, reason))
            .ToList();
    }

    /// <summary>One dot product per course row: <c>scores[i] = user · course_i</c> (<see cref="CourseRowScorer"/>).</summary>
    public static void ScoreAll(RecommenderModel model, ReadOnlySpan<float> userVector, Span<float> scores) =>
        CourseRowScorer.ScoreRows(model, userVector, firstCourse: 0, scores);

    /// <summary>The new-learner blend standardises scores over the whole catalogue, so every exact score is written first.</summary>
    private static List<ScoredCourse> BlendedPicks(RecommenderModel model, RecommendationRequest request, float[] userVector, int interactions)
    {
        var count = model.Courses.Count;
        var scores = ArrayPool<float>.Shared.Rent(count);
        try
        {
            ScoreAll(model, userVector, scores.AsSpan(0, count));
            request.NewLearnerBlend.Apply(model, request.User, request.Context, interactions, scores.AsSpan(0, count));
            return Select(model, request, (size, admitted) => BestCandidates.Of(scores.AsSpan(0, count), size, admitted));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    internal static float[] CosineToAll(RecommenderModel model, int target)
    {
        var targetVector = model.LatentPart(target);
        var scale = model.InverseNorm(target);
        var similarities = new float[model.Courses.Count];
        for (var course = 0; course < similarities.Length; course++)
        {
            similarities[course] = TensorPrimitives.Dot(targetVector, model.LatentPart(course)) * scale * model.InverseNorm(course);
        }

        return similarities;
    }

    private static List<ScoredCourse> Select(
        RecommenderModel model,
        RecommendationRequest request,
        Func<int, AdmittedCourses, ScoredCourse[]> bestCandidates)
    {
        var admitted = new AdmittedCourses(model, request);
        return DiverseTopK.Select(
            request.Count,
            request.MaxPerCategory,
            size => bestCandidates(size, admitted),
            course => model.Courses[course].Category);
    }
}
