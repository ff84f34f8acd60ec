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
        var users = Rows(userKeys, predictor.TryGetUser, parameters.UserFactors, parameters.Factors, _ => 1f);
        var courses = Rows(courseKeys, predictor.TryGetCourse, parameters.ItemFactors, parameters.Factors, known => parameters.ItemBias[known]);
        return (users, courses);
    }

    private delegate bool KnownRow(string key, out int row);

    /// <summary>Per key: the predictor's factor row and then <paramref name="last"/> of its index, or zeros when it does not know the key.</summary>
    private static LatentFactors Rows(IReadOnlyList<string> keys, KnownRow known, float[] predictorFactors, int factors, Func<int, float> last)
    {
        var rows = new LatentFactors(keys.Count, factors + 1);
        for (var row = 0; row < keys.Count; row++)
        {
            if (known(keys[row], out var index))
            {
                var target = rows.Row(row);
                predictorFactors.AsSpan(index * factors, factors).CopyTo(target);
                target[factors] = last(index);
            }
        }

        return rows;
    }
}
