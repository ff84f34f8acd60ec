namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>
/// RP3beta (Paudel, Christoffel, Newell and Bernstein 2017, "Updatable, accurate, diverse, and scalable recommendations
/// for interactive applications") as item–item weights served like EASE's, scores x_u·W: the three-step random walk
/// course i → learner → course j over the learner–course graph, each step's probability raised to α, divided by j's
/// popularity to the power β. With d_i the learners of course i and n_u the courses of learner u,
/// W_ij = d_i^−α · d_j^−β · Σ over the learners u who took both of n_u^−α, with a zero diagonal; each row keeps its
/// k largest weights. Only the modelled courses (as <see cref="EaseWeights.Fit"/> selects them) take part.
/// </summary>
public static class RandomWalkWeights
{
    /// <param name="coursesByUser">Each learner's distinct courses.</param>
    /// <param name="exponent">α: every step's transition probability is raised to it (1 is the plain walk).</param>
    /// <param name="popularityExponent">β: course j's weight is divided by its learners to this power.</param>
    /// <param name="neighbours">k: each course keeps this many largest weights to other courses.</param>
    public static EaseWeights Fit(
        IReadOnlyList<int[]> coursesByUser, int courseCount, int minimumLearners, int maximumCourses, float exponent,
        float popularityExponent, int neighbours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        ArgumentOutOfRangeException.ThrowIfNegative(popularityExponent);
        ArgumentOutOfRangeException.ThrowIfLessThan(neighbours, 1);
        var (modelIndex, modelledByUser) = EaseWeights.Modelled(coursesByUser, courseCount, minimumLearners, maximumCourses);
        var size = modelIndex.Count(index => index >= 0);
        var learners = new int[size];
        var walks = new double[size * size];
        for (var user = 0; user < modelledByUser.Length; user++)
        {
            var courses = modelledByUser[user];
            var step = Math.Pow(coursesByUser[user].Length, -exponent);
            foreach (var row in courses)
            {
                learners[row]++;
                foreach (var column in courses)
                {
                    walks[row * size + column] += step;
                }
            }
        }

        var weights = new float[size * size];
        var walked = new double[size];
        for (var from = 0; from < size; from++)
        {
            var start = Math.Pow(learners[from], -exponent);
            for (var to = 0; to < size; to++)
            {
                walked[to] = to == from ? 0.0 : start * walks[from * size + to] * Math.Pow(learners[to], -popularityExponent);
            }

            KeepLargest(walked, neighbours, weights.AsSpan(from * size, size));
        }

        return new EaseWeights(modelIndex, size, weights, modelledByUser);
    }

    /// <summary>Copies the <paramref name="count"/> largest positive entries (equal ones by lower index) and leaves the rest 0.</summary>
    private static void KeepLargest(double[] row, int count, Span<float> target)
    {
        var ranked = Enumerable.Range(0, row.Length)
            .Where(index => row[index] > 0)
            .OrderByDescending(index => row[index])
            .ThenBy(index => index)
            .Take(count);
        foreach (var index in ranked)
        {
            target[index] = (float)row[index];
        }
    }
}
