using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// What learners on one platform or in one daypart take more (or less) than everyone does: per context token and
/// course, the log of a smoothed rate ratio <c>ln((n + a) / (E + a))</c>, n the course's events in that context,
/// E = the context's events × the course's share of all events of that kind (platform or daypart), a =
/// <see cref="PseudoEvents"/>. A course is pulled towards "as popular here as everywhere" (0) until its own events in
/// the context outweigh a pseudo-events, as Gamma–Poisson shrinkage does, so a handful of events never swings it.
/// Computed at training time from the behaviour log and stored with the model; rows are per token, columns per course.
/// </summary>
public sealed class ContextPopularity
{
    /// <summary>a: events at "no difference" each course starts with in every context.</summary>
    public const float PseudoEvents = 10f;

    private readonly float[] _lifts;
    private readonly Dictionary<string, int> _tokenIndex;

    public ContextPopularity(IReadOnlyList<string> tokens, float[] lifts, int courseCount)
    {
        if (lifts.Length != tokens.Count * courseCount)
        {
            throw new ArgumentException($"Expected {tokens.Count} rows of {courseCount} lifts, got {lifts.Length} values.", nameof(lifts));
        }

        Tokens = tokens;
        CourseCount = courseCount;
        _lifts = lifts;
        _tokenIndex = tokens.Select((token, index) => (token, index)).ToDictionary(pair => pair.token, pair => pair.index, StringComparer.Ordinal);
    }

    /// <summary>The context tokens (<c>platform:ios</c>, <c>daypart:evening</c>…) in row order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    public int CourseCount { get; }

    /// <summary>Every row, token after token, for storing the model.</summary>
    public ReadOnlySpan<float> Lifts => _lifts;

    /// <summary>One lift per course (catalogue order) for <paramref name="token"/>; empty for a context never seen in training.</summary>
    public ReadOnlySpan<float> LiftsOf(string token) =>
        _tokenIndex.TryGetValue(token, out var row) ? _lifts.AsSpan(row * CourseCount, CourseCount) : [];

    public static ContextPopularity From(IReadOnlyList<ContextCount> counts, IReadOnlyList<CourseFeatures> courses)
    {
        var courseIndex = courses.Select((course, index) => (course.CourseKey, index))
            .ToDictionary(pair => pair.CourseKey, pair => pair.index, StringComparer.Ordinal);
        var perToken = new SortedDictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var count in counts)
        {
            if (count.Count > 0f && courseIndex.TryGetValue(count.CourseKey, out var course))
            {
                (perToken.TryGetValue(count.Context, out var row) ? row : perToken[count.Context] = new float[courses.Count])[course] += count.Count;
            }
        }

        var byKind = perToken.GroupBy(pair => FeatureToken.Parse(pair.Key).Kind, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => AllOfKind(group.Select(pair => pair.Value), courses.Count), StringComparer.Ordinal);
        var tokens = perToken.Keys.ToArray();
        var lifts = new float[tokens.Length * courses.Count];
        for (var row = 0; row < tokens.Length; row++)
        {
            var inContext = perToken[tokens[row]];
            var kind = byKind[FeatureToken.Parse(tokens[row]).Kind];
            var contextTotal = inContext.Sum();
            var kindTotal = kind.Sum();
            for (var course = 0; course < courses.Count; course++)
            {
                // A course's events in a context are among those of its kind, so a course without any has a lift of 0.
                var expected = contextTotal * kind[course] / kindTotal;
                lifts[row * courses.Count + course] = MathF.Log((inContext[course] + PseudoEvents) / (expected + PseudoEvents));
            }
        }

        return new ContextPopularity(tokens, lifts, courses.Count);
    }

    private static float[] AllOfKind(IEnumerable<float[]> rows, int courseCount)
    {
        var total = new float[courseCount];
        foreach (var row in rows)
        {
            TensorPrimitives.Add(total, row, total);
        }

        return total;
    }
}
