using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// The explicit-rating predictor (μ + b_u + b_i + p_u·q_i, SVD++'s implicit term folded into p_u) as one dot product
/// per course: a user's row <c>[p_u, 1]</c> and a course's row <c>[q_i, b_i]</c> score b_i + p_u·q_i, the predicted
/// stars less μ + b_u, which do not change a user's ranking. Users and courses the predictor does not know get zero
/// rows (no personal rating part), so they rank as the model without it ranks them.
/// </summary>
internal static class PersonalRatingFactors
{
    /// <summary>The rows of <paramref name="space"/>'s users and courses, indexed as there.</summary>
    public static (LatentFactors Users, LatentFactors Courses) Of(RatingPredictor predictor, FeatureSpace space) =>
        Of(predictor, space.Users.Select(user => user.UserKey).ToArray(), space.Courses.Select(course => course.CourseKey).ToArray());

    /// <summary>The rows of <paramref name="userKeys"/> and <paramref name="courseKeys"/>, in their order.</summary>
    public static (LatentFactors Users, LatentFactors Courses) Of(
        RatingPredictor predictor, IReadOnlyList<string> userKeys, IReadOnlyList<string> courseKeys)
    {
        var parameters = predictor.Model.Parameters;
        var factors = parameters.Factors;
        var users = new LatentFactors(userKeys.Count, factors + 1);
        var predictorUsers = Index(predictor.UserKeys);
        for (var user = 0; user < userKeys.Count; user++)
        {
            if (predictorUsers.TryGetValue(userKeys[user], out var known))
            {
                var row = users.Row(user);
                parameters.UserFactors.AsSpan(known * factors, factors).CopyTo(row);
                row[factors] = 1f;
            }
        }

        var courses = new LatentFactors(courseKeys.Count, factors + 1);
        var predictorCourses = Index(predictor.CourseKeys);
        for (var course = 0; course < courseKeys.Count; course++)
        {
            if (predictorCourses.TryGetValue(courseKeys[course], out var known))
            {
                var row = courses.Row(course);
                parameters.ItemFactors.AsSpan(known * factors, factors).CopyTo(row);
                row[factors] = parameters.ItemBias[known];
            }
        }

        return (users, courses);
    }

    private static Dictionary<string, int> Index(IReadOnlyList<string> keys) =>
        keys.Select((key, index) => (key, index)).ToDictionary(pair => pair.key, pair => pair.index, StringComparer.Ordinal);
}
